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

  it('sequence numbers are 56 digits in AWS\'s layout and parse back [REAL: kinesalite db.stringifySequence, aws-cli output]', () => {
    const created = Date.UTC(2026, 0, 1);
    const s = sequenceNumber(created, 7, 123456789n, created + 61_500);
    expect(s).toMatch(/^49\d{54}$/);
    expect(parseSequenceNumber(s)).toStrictEqual({ shardCreatedSecond: created / 1000, shardIndex: 7, counter: 123456789n, writtenSecond: created / 1000 + 61 });
    for (const bad of ['5', '0', '4900', `${s}0`, `50${s.slice(2)}`]) expect(parseSequenceNumber(bad)).toBeUndefined();
  });

  it('reads the starting sequence numbers aws-cli printed for a real stream [REAL]', () => {
    // aws-cli 2019 example output (describe-stream), shard 0 of a stream created at 0x5dbb6059 s.
    const real = '49600965817078608863948980125442188478720910276534730754';
    expect(parseSequenceNumber(real)).toStrictEqual({ shardCreatedSecond: 0x5dbb6059, shardIndex: 0, counter: 0n, writtenSecond: 0x5dbb6059 });
    expect(sequenceNumber(0x5dbb6059 * 1000, 0, 0n, 0x5dbb6059 * 1000)).toBe(real);
  });

  it('consecutive shards of a new stream start exactly 2^144 + 16 apart; a record carries its shard and write second, and grows within a shard', () => {
    const created = Date.UTC(2026, 0, 1, 12);
    const shards = makeShards(5, created);
    for (let i = 1; i < 5; i++) {
      expect(BigInt(shards[i]!.startingSequenceNumber) - BigInt(shards[i - 1]!.startingSequenceNumber)).toBe(22300745198530623141535718272648361505980432n);
    }
    expect(22300745198530623141535718272648361505980432n).toBe(2n ** 144n + 16n);
    const first = sequenceNumber(created, 2, 1n, created + 3_000);
    const later = sequenceNumber(created, 2, 2n, created + 2_000);
    expect(BigInt(later) > BigInt(first)).toBe(true);
    expect(BigInt(first) > BigInt(shards[2]!.startingSequenceNumber)).toBe(true);
    expect(parseSequenceNumber(first)).toMatchObject({ shardIndex: 2, writtenSecond: created / 1000 + 3 });
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
