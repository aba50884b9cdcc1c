import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstArrivedFrom, readFrom, recordsOrdered } from '../../../src/model/kinesis/record-index';
import type { KinesisRecord } from '../../../src/model/kinesis/state';

function rec(counter: bigint, arrival: number): KinesisRecord {
  return { sequenceNumber: String(counter), counter: Number(counter), shardId: 'shardId-000000000000', partitionKey: 'p', chunk: new Uint8Array(), offset: 0, size: 0, arrival, encrypted: false };
}

/** Records as the model appends them: counters increasing (with gaps: other shards), arrivals never decreasing (fractions too). */
const ordered = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, 0, 0.5, 1, 250, 3_600_000)), { maxLength: 60 })
  .map((steps) => {
    let counter = 0n;
    let arrival = 1_000;
    return steps.map(([dc, dt]) => {
      counter += BigInt(dc);
      arrival += dt;
      return rec(counter, arrival);
    });
  });

/** Records in any order (written by hand): the index must fall back to the scan. */
const anyOrder = fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 40n }), fc.integer({ min: 0, max: 40 })), { maxLength: 40 }).map((xs) => xs.map(([c, a]) => rec(c, a)));

function scan(records: readonly KinesisRecord[], position: bigint, horizon: number, limit: number) {
  const pending = records.filter((r) => r.counter >= position && r.arrival > horizon);
  return { returned: pending.slice(0, limit), next: pending[limit] };
}

describe('the record index of a shard', () => {
  it('reads exactly what filtering every record reads, for ordered records and any others', () => {
    fc.assert(
      fc.property(
        fc.oneof(ordered, anyOrder),
        fc.bigInt({ min: 0n, max: 130n }),
        fc.oneof(fc.constant(-Infinity), fc.integer({ min: 0, max: 3_700_000 }).map((h) => h + 0.25 * (h % 4))),
        fc.integer({ min: 0, max: 70 }),
        (records, position, horizon, limit) => {
          expect(readFrom(records, position, horizon, limit)).toStrictEqual(scan(records, position, horizon, limit));
          expect(firstArrivedFrom(records, horizon)).toBe(records.find((r) => r.arrival >= horizon));
        },
      ),
    );
  });

  it('checks the order incrementally as records are appended, and notices a record out of order', () => {
    const records = [rec(1n, 10), rec(2n, 10.5)];
    expect(recordsOrdered(records)).toBe(true);
    records.push(rec(3n, 11));
    expect(recordsOrdered(records)).toBe(true);
    records.push(rec(4n, 9));
    expect(recordsOrdered(records)).toBe(false);
    expect(readFrom(records, 0n, 9.5, 10).returned.map((r) => r.counter)).toStrictEqual([1, 2, 3]);
    expect(firstArrivedFrom(records, 9)?.counter).toBe(1);
  });
});
