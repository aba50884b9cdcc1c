import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASH_SPACE, makeShards, parseSequenceNumber, partitionHashKey, sequenceNumber, shardIdOf, shardIndexOf } from '../../../src/model/kinesis/shards';

describe('shards', () => {
  it('makeShards covers the whole hash-key space with no gap or overlap', () => {
    for (const n of [1, 2, 3, 7, 100]) {
      const shards = makeShards(n, 0);
      expect(shards[0]!.startingHashKey).toBe(0n);
      expect(shards[n - 1]!.endingHashKey).toBe(HASH_SPACE - 1n);
      for (let i = 1; i < n; i++) expect(shards[i]!.startingHashKey).toBe(shards[i - 1]!.endingHashKey + 1n);
      expect(shards.map((s) => s.shardId)).toStrictEqual(Array.from({ length: n }, (_, i) => shardIdOf(i)));
    }
  });

  it('sequence numbers are 56 digits and parse back', () => {
    const s = sequenceNumber(42, 7, 123456789n);
    expect(s).toMatch(/^49\d{54}$/);
    expect(parseSequenceNumber(s)).toStrictEqual({ serial: 42, shardIndex: 7, counter: 123456789n });
    for (const bad of ['5', '0', '4900', `${s}0`, `50${s.slice(2)}`]) expect(parseSequenceNumber(bad)).toBeUndefined();
  });

  it('shardIndexOf reads a ShardId as Kinesis does [REAL]', () => {
    expect(shardIndexOf('shardId-000000000001')).toBe(1);
    expect(shardIndexOf('shardId-1')).toBe(1);
    expect(shardIndexOf('whatever-12')).toBe(12);
    expect(shardIndexOf('7')).toBe(7);
    expect(shardIndexOf('-00002147483647')).toBe(2147483647);
    expect(shardIndexOf('2147483648')).toBeUndefined();
    expect(shardIndexOf('ABKLFD8')).toBeUndefined();
    expect(shardIndexOf('2.14E4')).toBeUndefined();
  });

  it('partitionHashKey is the MD5 of the UTF-8 partition key as a 128-bit integer', () => {
    expect(partitionHashKey('a')).toBe(0x0cc175b9c0f1b6a831c399e269772661n);
    for (const key of ['é', '🙂', 'user-1']) expect(partitionHashKey(key)).toBe(BigInt(`0x${createHash('md5').update(key, 'utf8').digest('hex')}`));
  });
});
