import { utf8Bytes } from '../bytes';
import { md5Hex } from './md5';
import type { KinesisShard, KinesisStream } from './state';

/**
 * 2^128: the size of the hash-key space.
 *
 * @example
 * ```ts
 * makeShards(1, 0)[0].endingHashKey === HASH_SPACE - 1n; // true
 * ```
 */
export const HASH_SPACE = 1n << 128n;

/**
 * A shard's id: `shardId-` and its index in 12 digits.
 *
 * @example
 * ```ts
 * shardIdOf(1); // 'shardId-000000000001'
 * ```
 */
export function shardIdOf(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/**
 * The shard index a ShardId names, as Kinesis reads it: the digits after the first `-` (or the
 * whole id when it has none), at most 2147483647; `undefined` when it names no index
 * (`Could not find shard ...`). So `shardId-000000000001`, `shardId-1`, `shard-1` and `1` all name
 * shard 1. [REAL]
 *
 * @example
 * ```ts
 * shardIndexOf('shard-3'); // 3
 * shardIndexOf('ABKLFD8'); // undefined
 * ```
 */
export function shardIndexOf(shardId: string): number | undefined {
  const digits = shardId.split('-')[1] || shardId;
  if (!/^\d+$/.test(digits)) return undefined;
  const n = Number(digits);
  return n <= 2147483647 ? n : undefined;
}

/**
 * A sequence number: 56 digits, `49`, the stream's serial (6 digits), the shard index (6 digits)
 * and the stream's record counter (42 digits). Deterministic and increasing with every record.
 *
 * @example
 * ```ts
 * sequenceNumber(0, 0, 1n).length; // 56
 * ```
 */
export function sequenceNumber(serial: number, shardIndex: number, counter: bigint): string {
  return `49${String(serial % 1_000_000).padStart(6, '0')}${String(shardIndex % 1_000_000).padStart(6, '0')}${counter.toString().padStart(42, '0')}`;
}

/**
 * The parts of a sequence number this world issued, or `undefined` for any other string.
 *
 * @example
 * ```ts
 * parseSequenceNumber(sequenceNumber(3, 1, 9n)); // { serial: 3, shardIndex: 1, counter: 9n }
 * ```
 */
export function parseSequenceNumber(text: string): { readonly serial: number; readonly shardIndex: number; readonly counter: bigint } | undefined {
  const m = /^49(\d{6})(\d{6})(\d{42})$/.exec(text);
  if (m === null) return undefined;
  return { serial: Number(m[1]), shardIndex: Number(m[2]), counter: BigInt(m[3]!) };
}

/**
 * The shards of a new stream: the 128-bit hash-key space split evenly, as AWS does (shard i starts
 * at floor(2^128 · i / n)).
 *
 * @example
 * ```ts
 * makeShards(2, 0)[1].startingHashKey; // 170141183460469231731687303715884105728n
 * ```
 */
export function makeShards(count: number, serial: number): KinesisShard[] {
  const n = BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    shardId: shardIdOf(i),
    index: i,
    startingHashKey: (HASH_SPACE * BigInt(i)) / n,
    endingHashKey: (HASH_SPACE * BigInt(i + 1)) / n - 1n,
    startingSequenceNumber: sequenceNumber(serial, i, 0n),
    records: [],
  }));
}

/**
 * The 128-bit hash key of a partition key: MD5 of its UTF-8 bytes, read as an unsigned integer.
 *
 * @example
 * ```ts
 * partitionHashKey('a'); // 0x0cc175b9c0f1b6a831c399e269772661n
 * ```
 */
export function partitionHashKey(partitionKey: string): bigint {
  return BigInt(`0x${md5Hex(utf8Bytes(partitionKey))}`);
}

/**
 * The shard whose hash-key range holds `hashKey`.
 *
 * @example
 * ```ts
 * shardFor(stream, partitionHashKey('user-1')).shardId;
 * ```
 */
export function shardFor(stream: KinesisStream, hashKey: bigint): KinesisShard {
  for (const shard of stream.shards) {
    if (hashKey >= shard.startingHashKey && hashKey <= shard.endingHashKey) return shard;
  }
  return stream.shards[stream.shards.length - 1]!;
}
