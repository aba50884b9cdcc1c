import type { KinesisRecord } from './state';

/*
 * Positions in a shard's records without scanning them. Records are appended in order, so their
 * counters increase and their arrival times never decrease (the world's time never runs
 * backwards); a binary search then finds a position or a time in O(log n). Whether a shard's
 * records really are so ordered is checked once per record, incrementally, and a shard whose
 * records are not (records written by hand, or a model driven with `now` going backwards) is read
 * the slow way, so every answer stays what a scan would give.
 */

interface Checked {
  /** How many records (from the start) have been checked. */
  length: number;
  /** Whether those records are ordered. */
  ordered: boolean;
}

const checked = new WeakMap<readonly KinesisRecord[], Checked>();

/**
 * Whether a shard's records have increasing counters and non-decreasing arrival times, checked
 * incrementally (each record once over the life of the array).
 *
 * @example
 * ```ts
 * recordsOrdered(shard.records); // true for records written through the model
 * ```
 */
export function recordsOrdered(records: readonly KinesisRecord[]): boolean {
  let c = checked.get(records);
  if (c === undefined) checked.set(records, (c = { length: 0, ordered: true }));
  if (c.length > records.length) c = { length: 0, ordered: true }; // shrunk by hand: check again
  if (!c.ordered) return false;
  for (let i = Math.max(1, c.length); i < records.length; i++) {
    const before = records[i - 1]!;
    const r = records[i]!;
    if (!(r.counter > before.counter) || !(r.arrival >= before.arrival)) {
      c.ordered = false;
      break;
    }
  }
  c.length = records.length;
  checked.set(records, c);
  return c.ordered;
}

/** The first index in `[lo, records.length)` where `past(record)` holds, `past` being monotonic. */
function lowerBound(records: readonly KinesisRecord[], lo: number, past: (r: KinesisRecord) => boolean): number {
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(records[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The records GetRecords reads from `position` on, at most `limit` of them, skipping records that
 * arrived at or before `horizon` (past the stream's retention), and the record after them (for
 * MillisBehindLatest). Costs O(log n + what it returns) on ordered records; the same answer as
 * filtering every record otherwise.
 *
 * @example
 * ```ts
 * const { returned, next } = readFrom(shard.records, it.position, now - 24 * 3_600_000, 100);
 * ```
 */
export function readFrom(
  records: readonly KinesisRecord[],
  position: bigint,
  horizon: number,
  limit: number,
): { readonly returned: readonly KinesisRecord[]; readonly next: KinesisRecord | undefined } {
  // Counters are numbers below 2^53; a position beyond that (from a sequence number given by
  // hand) rounds to at least 2^53 and still lies past every record.
  const at = Number(position);
  if (!recordsOrdered(records)) {
    const pending = records.filter((r) => r.counter >= at && r.arrival > horizon);
    return { returned: pending.slice(0, limit), next: pending[limit] };
  }
  const atPosition = lowerBound(records, 0, (r) => r.counter >= at);
  const start = lowerBound(records, atPosition, (r) => r.arrival > horizon);
  const end = Math.min(records.length, start + limit);
  return { returned: records.slice(start, end), next: records[end] };
}

/**
 * The first record that arrived at or after `timestamp` (AT_TIMESTAMP iterators), or `undefined`.
 *
 * @example
 * ```ts
 * firstArrivedFrom(shard.records, Date.UTC(2026, 0, 1))?.counter;
 * ```
 */
export function firstArrivedFrom(records: readonly KinesisRecord[], timestamp: number): KinesisRecord | undefined {
  if (!recordsOrdered(records)) return records.find((r) => r.arrival >= timestamp);
  return records[lowerBound(records, 0, (r) => r.arrival >= timestamp)];
}

/**
 * The index of the first record that arrived at or after `timestamp` (`records.length` when none
 * did): O(log n) on ordered records.
 *
 * @example
 * ```ts
 * shard.records.slice(indexArrivedFrom(shard.records, since)); // the records written since
 * ```
 */
export function indexArrivedFrom(records: readonly KinesisRecord[], timestamp: number): number {
  if (!recordsOrdered(records)) {
    const i = records.findIndex((r) => r.arrival >= timestamp);
    return i < 0 ? records.length : i;
  }
  return lowerBound(records, 0, (r) => r.arrival >= timestamp);
}

/**
 * The index of the first record that arrived after `timestamp` (`records.length` when none did):
 * the records before it are past a retention horizon of `timestamp`. O(log n) on ordered records.
 *
 * @example
 * ```ts
 * indexArrivedAfter(shard.records, now - 24 * 3_600_000); // how many records are past retention
 * ```
 */
export function indexArrivedAfter(records: readonly KinesisRecord[], timestamp: number): number {
  if (!recordsOrdered(records)) {
    const i = records.findIndex((r) => r.arrival > timestamp);
    return i < 0 ? records.length : i;
  }
  return lowerBound(records, 0, (r) => r.arrival > timestamp);
}

/**
 * Removes the first `count` records of a shard, keeping what {@link recordsOrdered} has checked
 * (the rest of an ordered array is still ordered), so the next read does not check them again.
 *
 * @example
 * ```ts
 * dropFront(shard.records, indexArrivedFrom(shard.records, horizon + 1));
 * ```
 */
export function dropFront(records: KinesisRecord[], count: number): void {
  if (count <= 0) return;
  const c = checked.get(records);
  records.splice(0, count);
  if (c !== undefined) c.length = Math.max(0, c.length - count);
}
