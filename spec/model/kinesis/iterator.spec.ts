import { describe, expect, it } from 'vitest';
import { amzUtc, decodeIterator, encodeIterator, expiredIteratorMessage } from '../../../src/model/kinesis/iterator';

describe('shard iterators', () => {
  it('encode to AWS-looking base64 (starting AAAAAAAAAAE) and decode back', () => {
    const state = { arn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', serial: 3, shardIndex: 2, position: 10n ** 40n, issuedAt: 1_767_225_600_000 };
    const text = encodeIterator(state);
    expect(text.startsWith('AAAAAAAAAAE')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(512);
    expect(decodeIterator(text)).toStrictEqual(state);
  });

  it('refuses strings it did not make', () => {
    for (const bad of ['', 'AAAAAAAAAAE=', 'not base64!', Buffer.from('hello world').toString('base64'), encodeIterator({ arn: 'arn:x', serial: 0, shardIndex: 0, position: 0n, issuedAt: 0 }).slice(4)]) {
      expect(decodeIterator(bad)).toBeUndefined();
    }
  });

  it('prints times as AWS does in ExpiredIteratorException [REAL]', () => {
    expect(amzUtc(Date.UTC(2015, 0, 22, 1, 22, 2))).toBe('Thu Jan 22 01:22:02 UTC 2015');
    expect(amzUtc(0)).toBe('Thu Jan 01 00:00:00 UTC 1970');
    expect(expiredIteratorMessage(0, 300_001)).toBe(
      'Iterator expired. The iterator was created at time Thu Jan 01 00:00:00 UTC 1970 while right now it is Thu Jan 01 00:05:00 UTC 1970 which is further in the future than the tolerated delay of 300000 milliseconds.',
    );
  });
});
