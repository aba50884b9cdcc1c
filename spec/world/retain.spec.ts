import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';
import { RETAIN_ALL, RETAIN_BOUNDED } from '../../src/model/retain';

const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

function world(retain?: Parameters<typeof createWorld>[0] extends infer O ? (O extends { retain?: infer R } ? R : never) : never) {
  const clock = virtualClock(T0);
  const w = createWorld({ seed: 1, clock, ...(retain === undefined ? {} : { retain }), kinesis: { durations: { creating: 0, updating: 0, encryptionLag: 0 } } });
  w.kinesis.createStream('s', { shardCount: 1, active: true });
  w.firehose.createDeliveryStream('d');
  return { w, clock };
}
const put = (w: ReturnType<typeof createWorld>, i: number): void => {
  const r = w.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([i & 255]) });
  if (!r.ok) throw new Error(r.error.message);
  const f = w.call('firehose', 'PutRecord', { DeliveryStreamName: 'd', Record: { Data: new Uint8Array([1]) } });
  if (!f.ok) throw new Error(f.error.message);
};

describe('createWorld({ retain })', () => {
  it('keeps everything by default', () => {
    const { w } = world();
    expect(w.retain).toEqual(RETAIN_ALL);
    expect(RETAIN_ALL).toEqual({ traceEntries: Infinity, records: 'all', stubCallHistory: Infinity });
  });

  it('completes a partial option and refuses a bad one, naming it', () => {
    expect(world({ traceEntries: 5 }).w.retain).toEqual({ traceEntries: 5, records: 'all', stubCallHistory: Infinity });
    expect(world(RETAIN_BOUNDED).w.retain).toEqual({ traceEntries: 10_000, records: 'readable', stubCallHistory: 0 });
    expect(() => createWorld({ retain: { traceEntries: -1 } })).toThrow('[kinesis-sse-harness] retain.traceEntries must be a whole number >= 0 or Infinity; got -1');
    expect(() => createWorld({ retain: { stubCallHistory: 1.5 } })).toThrow(/retain.stubCallHistory must be a whole number/);
    expect(() => createWorld({ retain: { records: 'some' as 'all' } })).toThrow(`retain.records must be 'all' or 'readable'; got "some"`);
    expect(() => createWorld({ retain: { calls: 1 } as never })).toThrow('unknown option retain.calls; known: traceEntries, records, stubCallHistory');
    expect(() => createWorld({ retain: 3 as never })).toThrow(/retain must be an object/);
  });

  it('retain.traceEntries bounds world.trace, numbers stay, and the log says how many were dropped', () => {
    const { w } = world({ traceEntries: 10 });
    for (let i = 0; i < 100; i++) put(w, i);
    expect(w.trace).toHaveLength(10);
    expect(w.trace[9]!.seq).toBe(w.traceLog.total - 1);
    expect(w.traceLog.droppedNote()).toBe(`(${w.traceLog.total - 10} earlier trace entries dropped by retain.traceEntries = 10)`);
  });

  it("records: 'readable' drops Kinesis records past the stream's retention and Firehose records past 24 h; reads answer the same", () => {
    const kept = world({ records: 'readable' });
    const all = world();
    for (const { w, clock } of [kept, all]) {
      for (let i = 0; i < 200; i++) {
        put(w, i);
        clock.advance(HOUR / 4); // 50 hours in all
      }
    }
    const dropped = kept.w.kinesis.droppedRecords('s');
    expect(dropped.count).toBeGreaterThan(100);
    expect(dropped.through).toBeLessThanOrEqual(kept.w.now() - 24 * HOUR);
    expect(kept.w.kinesis.records('s').length).toBe(200 - dropped.count);
    expect(kept.w.kinesis.records('s').every((r) => r.time > kept.w.now() - 24 * HOUR)).toBe(true);
    expect(all.w.kinesis.records('s')).toHaveLength(200);
    expect(all.w.kinesis.droppedRecords('s')).toEqual({ count: 0, through: undefined });
    expect(kept.w.firehose.droppedRecords('d').count).toBe(dropped.count);
    expect(kept.w.firehose.records('d')).toHaveLength(200 - dropped.count);
    // GetRecords from TRIM_HORIZON answers the same records either way.
    const read = (w: ReturnType<typeof createWorld>): unknown => {
      const it = w.call('kinesis', 'GetShardIterator', { StreamName: 's', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' });
      const r = w.call('kinesis', 'GetRecords', { ShardIterator: (it as { value: { ShardIterator: string } }).value.ShardIterator, Limit: 10_000 });
      return (r as { value: { Records: { SequenceNumber: string }[] } }).value.Records.map((x) => x.SequenceNumber);
    };
    expect(read(kept.w)).toEqual(read(all.w));
  });

  it('records views take since, and refuse a since that is not a time', () => {
    const { w, clock } = world();
    put(w, 1);
    clock.advance(1_000);
    put(w, 2);
    expect(w.kinesis.records('s', { since: T0 + 1_000 }).map((r) => r.time)).toEqual([T0 + 1_000]);
    expect(w.firehose.records('d', { since: T0 + 1 }).map((r) => r.time)).toEqual([T0 + 1_000]);
    expect(w.kinesis.records('s', { since: T0 + 5_000 })).toEqual([]);
    expect(() => w.kinesis.records('s', { since: Number.NaN })).toThrow(/since must be a finite number/);
    expect(() => w.firehose.records('d', { since: 'x' as never })).toThrow(/since must be a finite number/);
  });
});
