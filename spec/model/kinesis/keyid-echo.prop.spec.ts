import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';

describe('property: KeyId is echoed verbatim', () => {
  it('whatever form names the key (id, key ARN, alias name, alias ARN, alias/aws/kinesis), both Describe forms show that exact text', () => {
    const aliasName = fc.stringMatching(/^[a-zA-Z0-9/_-]{1,30}$/).filter((s) => !s.startsWith('aws/'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), aliasName, fc.integer({ min: 0, max: 4 }), fc.constantFrom('new', 'old', 'key-first'), (seed, alias, form, mode) => {
        const clock = virtualClock(0);
        const world = createWorld({ seed, clock, kinesis: { behaviour: { describeWhileUpdating: mode as 'new' } } });
        const key = world.kms.createKey({ alias: `alias/${alias}` });
        const keyId = [key.KeyId, key.Arn, `alias/${alias}`, `arn:aws:kms:us-east-1:${world.accountId}:alias/${alias}`, 'alias/aws/kinesis'][form]!;
        world.kinesis.createStream('s');
        const r = world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: keyId });
        expect(r.ok).toBe(true);
        clock.advance(60_000);
        const summary = world.call('kinesis', 'DescribeStreamSummary', { StreamName: 's' });
        const full = world.call('kinesis', 'DescribeStream', { StreamName: 's' });
        expect((summary.value as { StreamDescriptionSummary: { KeyId?: string } }).StreamDescriptionSummary.KeyId).toBe(keyId);
        expect((full.value as { StreamDescription: { KeyId?: string } }).StreamDescription.KeyId).toBe(keyId);
        expect(world.kinesis.records('s')).toStrictEqual([]);
        world.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([1]) });
        expect(world.kinesis.records('s')[0]?.KeyId).toBe(keyId);
      }),
      { numRuns: 80 },
    );
  });
});
