import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';

/*
 * Records keep their data in chunks their shard shares (records.ts `storeData`): whatever the sizes
 * and their order, GetRecords answers each record's own bytes, and nothing a caller does to the
 * bytes it gave or got changes what the world keeps.
 */

function must<T>(r: { ok: true; value: T } | { ok: false; error: { type: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.type}: ${r.error.message}`);
  return r.value;
}

/** Data of sizes around every boundary: empty, small, the chunk's first sizes, the shared maximum (4 KiB) and past it. */
const sizes = fc.oneof(
  fc.constantFrom(0, 1, 255, 256, 257, 4095, 4096, 4097, 40_000),
  fc.integer({ min: 0, max: 600 }),
);

describe("property: a record's data is its own, whichever chunk keeps it", () => {
  it('GetRecords answers every record the bytes its PutRecord or PutRecords sent, in order; the callers mutating their buffers (Uint8Array or Buffer) changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sizes, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 3 }), (writes, shardCount) => {
        const clock = virtualClock(Date.UTC(2026, 0, 1));
        const world = createWorld({ seed: 1, clock, kinesis: { durations: { creating: 0 } } });
        world.kinesis.createStream('s', { shardCount, active: true });
        const sent: { data: Uint8Array; copy: Uint8Array; shardId: string }[] = [];
        let n = 0;
        for (const [size, batch, nodeBuffer] of writes) {
          // A Node Buffer too: its slice() is a view of the same memory, so the world must copy otherwise.
          const data = nodeBuffer ? Buffer.alloc(size) : new Uint8Array(size);
          for (let i = 0; i < size; i++) data[i] = (n * 31 + i * 7) & 255;
          const copy = new Uint8Array(data); // not data.slice(): a view, for a Buffer
          const pk = `pk${n++}`;
          if (batch) {
            const out = must(world.call('kinesis', 'PutRecords', { StreamName: 's', Records: [{ PartitionKey: pk, Data: data }] })) as { Records: { ShardId: string }[] };
            sent.push({ data, copy, shardId: out.Records[0]!.ShardId });
          } else {
            const out = must(world.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: pk, Data: data })) as { ShardId: string };
            sent.push({ data, copy, shardId: out.ShardId });
          }
          data.fill(0xee); // the caller reuses its buffer
        }
        const read = new Map<string, Uint8Array[]>();
        for (let s = 0; s < shardCount; s++) {
          const shardId = `shardId-${String(s).padStart(12, '0')}`;
          const it = must(world.call('kinesis', 'GetShardIterator', { StreamName: 's', ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' })) as { ShardIterator: string };
          const out = must(world.call('kinesis', 'GetRecords', { ShardIterator: it.ShardIterator, Limit: 10_000 })) as { Records: { Data: Uint8Array }[] };
          const got = out.Records.map((r) => r.Data);
          for (const d of got) d.fill(0xdd); // the reader mutates what it got
          const again = must(world.call('kinesis', 'GetRecords', { ShardIterator: it.ShardIterator, Limit: 10_000 })) as { Records: { Data: Uint8Array }[] };
          read.set(shardId, again.Records.map((r) => r.Data));
        }
        for (const [shardId, got] of read) {
          const expected = sent.filter((w) => w.shardId === shardId).map((w) => w.copy);
          expect(got).toStrictEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
