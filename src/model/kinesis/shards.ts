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
 * The sequence index of a closed shard's EndingSequenceNumber (the largest 63-bit value, as
 * kinesalite writes it [PEER]).
 *
 * @example
 * ```ts
 * parseSequenceNumber(closed.endingSequenceNumber!)?.counter === ENDING_SEQUENCE_INDEX; // true
 * ```
 */
export const ENDING_SEQUENCE_INDEX = 0x7fffffffffffffffn;

function hex(value: bigint | number, digits: number): string {
  const text = value.toString(16);
  if (text.length === digits) return text;
  return text.length < digits ? '0'.repeat(digits - text.length) + text : text.slice(-digits);
}

/**
 * The whole epoch second of a time in ms, as sequence numbers encode it (0 before 1970).
 *
 * @example
 * ```ts
 * wholeSecond(1_999); // 1
 * ```
 */
export function wholeSecond(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/**
 * A sequence number in AWS's layout [REAL: aws-cli and placebo recordings, kinesalite's
 * REMOTE-validated tests]: 56 decimal digits whose 47 hex digits read
 * `2 <shard creation second:9> <shard index, last hex digit> <sequence index:16> 00 <write second:9> <shard index:8> 2`.
 * A shard's StartingSequenceNumber has sequence index 0 and its creation second as write second,
 * so consecutive shards of a stream start exactly 2^144 + 16 apart; a record carries the second
 * it was written, and the stream's record counter as sequence index (so numbers grow within a
 * shard). Deterministic; BigInt throughout.
 *
 * @example
 * ```ts
 * sequenceNumber(Date.UTC(2026, 0, 1), 0, 0n, Date.UTC(2026, 0, 1)).length; // 56
 * ```
 */
export function sequenceNumber(shardCreatedAt: number, shardIndex: number, sequenceIndex: bigint, writtenAt: number): string {
  const created = wholeSecond(shardCreatedAt);
  const text =
    '2' + hex(created, 9) + hex(shardIndex, 1) + hex(sequenceIndex, 16) + '00' + hex(wholeSecond(writtenAt), 9) + hex(shardIndex, 8) + '2';
  return BigInt(`0x${text}`).toString();
}

/**
 * The parts of a sequence number in AWS's layout ({@link sequenceNumber}), or `undefined` for a
 * string that is not one. `counter` is the sequence index; the seconds are epoch seconds.
 *
 * @example
 * ```ts
 * parseSequenceNumber(sequenceNumber(0, 1, 9n, 5_000)); // { shardCreatedSecond: 0, shardIndex: 1, counter: 9n, writtenSecond: 5 }
 * ```
 */
export function parseSequenceNumber(
  text: string,
): { readonly shardCreatedSecond: number; readonly shardIndex: number; readonly counter: bigint; readonly writtenSecond: number } | undefined {
  if (!/^[1-9]\d{0,128}$/.test(text)) return undefined;
  const h = BigInt(text).toString(16);
  if (h.length !== 47 || h[0] !== '2' || h[46] !== '2') return undefined;
  const shardIndex = parseInt(h.slice(38, 46), 16);
  if (h[10] !== hex(shardIndex, 1)) return undefined;
  return {
    shardCreatedSecond: parseInt(h.slice(1, 10), 16),
    shardIndex,
    counter: BigInt(`0x${h.slice(11, 27)}`),
    writtenSecond: parseInt(h.slice(29, 38), 16),
  };
}

/**
 * The hash-key range of shard `i` of `n` when the 128-bit space is split evenly, as AWS does
 * (shard i starts at floor(2^128 · i / n)).
 *
 * @example
 * ```ts
 * evenRange(1, 2).start; // 170141183460469231731687303715884105728n
 * ```
 */
export function evenRange(i: number, n: number): { readonly start: bigint; readonly end: bigint } {
  const count = BigInt(n);
  return { start: (HASH_SPACE * BigInt(i)) / count, end: (HASH_SPACE * BigInt(i + 1)) / count - 1n };
}

/**
 * A new open shard at `index`, opened at `now`.
 *
 * @example
 * ```ts
 * openShard(0, 0n, HASH_SPACE - 1n, now).startingSequenceNumber;
 * ```
 */
export function openShard(
  index: number,
  start: bigint,
  end: bigint,
  now: number,
  parents: { readonly parentShardId?: string; readonly adjacentParentShardId?: string } = {},
): KinesisShard {
  return {
    shardId: shardIdOf(index),
    index,
    createdAt: now,
    startingHashKey: start,
    endingHashKey: end,
    startingSequenceNumber: sequenceNumber(now, index, 0n, now),
    ...parents,
    records: [],
  };
}

/**
 * The shards of a new stream created at `now`: the 128-bit hash-key space split evenly.
 *
 * @example
 * ```ts
 * makeShards(2, 0)[1].startingHashKey; // 170141183460469231731687303715884105728n
 * ```
 */
export function makeShards(count: number, now: number): KinesisShard[] {
  return Array.from({ length: count }, (_, i) => {
    const r = evenRange(i, count);
    return openShard(i, r.start, r.end, now);
  });
}

/**
 * Whether a shard is open (resharding has not closed it).
 *
 * @example
 * ```ts
 * stream.shards.filter(isOpen).length; // OpenShardCount
 * ```
 */
export function isOpen(shard: KinesisShard): boolean {
  return shard.endingSequenceNumber === undefined;
}

/**
 * How many of a stream's shards are open.
 *
 * @example
 * ```ts
 * openShardCount(stream); // 1
 * ```
 */
export function openShardCount(stream: KinesisStream): number {
  let n = 0;
  for (const s of stream.shards) if (s.endingSequenceNumber === undefined) n++;
  return n;
}

/** How many partition keys {@link partitionHashKey} remembers (writers reuse keys). */
const HASH_KEY_CACHE = 4096;
/** Recent partition keys: the string first seen (kept records share it) and its hash key. */
const recentKeys = new Map<string, { readonly key: string; readonly hash: bigint }>();

/**
 * The 128-bit hash key of a partition key: MD5 of its UTF-8 bytes, read as an unsigned integer.
 *
 * @example
 * ```ts
 * partitionHashKey('a'); // 0x0cc175b9c0f1b6a831c399e269772661n
 * ```
 */
export function partitionHashKey(partitionKey: string): bigint {
  let known = recentKeys.get(partitionKey);
  if (known === undefined) {
    known = { key: partitionKey, hash: BigInt(`0x${md5Hex(utf8Bytes(partitionKey))}`) };
    // A pure function of the key, so a cache cannot change an answer; bounded, so it cannot grow
    // with the number of distinct keys a long run writes.
    if (recentKeys.size >= HASH_KEY_CACHE) recentKeys.clear();
    recentKeys.set(partitionKey, known);
  }
  return known.hash;
}

/**
 * The partition key as a record keeps it: an equal string {@link partitionHashKey} saw recently
 * (so records written with the same key share one string instead of each keeping the copy its
 * request parsed), else the key itself.
 *
 * @example
 * ```ts
 * keptPartitionKey(`user-${1}`) === 'user-1'; // true
 * ```
 */
export function keptPartitionKey(partitionKey: string): string {
  return recentKeys.get(partitionKey)?.key ?? partitionKey;
}

/**
 * The open shard whose hash-key range holds `hashKey`.
 *
 * @example
 * ```ts
 * shardFor(stream, partitionHashKey('user-1')).shardId;
 * ```
 */
export function shardFor(stream: KinesisStream, hashKey: bigint): KinesisShard {
  let last: KinesisShard | undefined;
  for (const shard of stream.shards) {
    if (shard.endingSequenceNumber !== undefined) continue;
    if (hashKey >= shard.startingHashKey && hashKey <= shard.endingHashKey) return shard;
    last = shard;
  }
  return last ?? stream.shards[stream.shards.length - 1]!;
}
