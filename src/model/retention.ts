import type { DeliveryStream } from './firehose/state';
import { dropFront, indexArrivedAfter } from './kinesis/record-index';
import type { KinesisStream } from './kinesis/state';
import type { ModelWorld } from './world';

/*
 * `retain.records = 'readable'`: records no reader could get any more are dropped. A Kinesis record
 * is readable while it is within its stream's retention period (GetRecords skips older ones, see
 * get-records.ts); Firehose keeps data it could not deliver for 24 hours [DOC: firehose-sse-facts
 * "the service waits up to 24 hours (the retention period)"]. Records are dropped when the stream
 * is written to or its records are looked at, in batches (moving the kept array costs amortized
 * O(1) per record written; finding the expired ones is a binary search per shard).
 */

/** Firehose's retention of undelivered data. */
const FIREHOSE_RETENTION_MS = 24 * 3_600_000;

/**
 * How many records of a stream were dropped (`retain.records = 'readable'`), and the arrival time
 * of the latest of them.
 *
 * @example
 * ```ts
 * const d: DroppedRecords = world.kinesis.droppedRecords('orders'); // { count: 0, through: undefined }
 * ```
 */
export interface DroppedRecords {
  readonly count: number;
  /** The arrival time of the latest dropped record; undefined when none was dropped. */
  readonly through: number | undefined;
}

const dropped = new WeakMap<object, { count: number; through: number }>();

/**
 * How many records of a Kinesis stream or delivery stream were dropped, and through when.
 *
 * @example
 * ```ts
 * droppedRecords(stream).count;
 * ```
 */
export function droppedRecords(stream: KinesisStream | DeliveryStream): DroppedRecords {
  const d = dropped.get(stream);
  return d === undefined ? { count: 0, through: undefined } : { count: d.count, through: d.through };
}

function note(stream: object, count: number, through: number): void {
  const d = dropped.get(stream);
  if (d === undefined) dropped.set(stream, { count, through });
  else {
    d.count += count;
    d.through = Math.max(d.through, through);
  }
}

/**
 * Whether `expired` leading records of `length` kept are worth dropping now (all of them when
 * `all`): once they are a sixteenth of what is kept, so each drop (an O(length) move of the array)
 * is paid for by as many writes, and expired records are under a sixteenth of those kept. Views
 * drop every expired record first (`all`), so what a test sees is exact.
 */
function worth(expired: number, length: number, all: boolean): boolean {
  return expired > 0 && (all || expired * 16 >= length);
}

/**
 * Drops a Kinesis stream's records past its retention period at `now` when the world keeps only
 * readable records; in batches unless `all` (then every expired record goes now).
 *
 * @example
 * ```ts
 * dropExpiredKinesisRecords(world, stream, now);
 * ```
 */
export function dropExpiredKinesisRecords(world: ModelWorld, stream: KinesisStream, now: number, all = false): void {
  if (world.retain.records !== 'readable') return;
  const horizon = now - stream.retentionHours * 3_600_000;
  for (const shard of stream.shards) {
    const records = shard.records;
    if (records.length === 0 || records[0]!.arrival > horizon) continue;
    const expired = indexArrivedAfter(records, horizon);
    if (!worth(expired, records.length, all)) continue;
    const through = records[expired - 1]!.arrival;
    dropFront(records, expired);
    if (records.length === 0) delete shard.dataChunk; // the next record starts a small chunk
    note(stream, expired, through);
  }
}

/**
 * Drops a delivery stream's records older than Firehose's 24-hour retention at `now` when the
 * world keeps only readable records (in batches unless `all`).
 *
 * @example
 * ```ts
 * dropExpiredFirehoseRecords(world, deliveryStream, now);
 * ```
 */
export function dropExpiredFirehoseRecords(world: ModelWorld, s: DeliveryStream, now: number, all = false): void {
  if (world.retain.records !== 'readable') return;
  const horizon = now - FIREHOSE_RETENTION_MS;
  const records = s.records;
  if (records.length === 0 || records[0]!.time > horizon) return;
  let expired = 0;
  let hi = records.length;
  while (expired < hi) {
    const mid = (expired + hi) >>> 1;
    if (records[mid]!.time > horizon) hi = mid;
    else expired = mid + 1;
  }
  if (!worth(expired, records.length, all)) return;
  const through = records[expired - 1]!.time;
  records.splice(0, expired);
  note(s, expired, through);
}
