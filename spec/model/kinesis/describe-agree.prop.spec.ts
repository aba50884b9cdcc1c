import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStep, scenarioWorld, STREAMS, stepsArb } from '../../../fixtures/kinesis-steps';

const COMMON = ['StreamName', 'StreamARN', 'StreamStatus', 'StreamModeDetails', 'RetentionPeriodHours', 'StreamCreationTimestamp', 'EnhancedMonitoring', 'EncryptionType', 'KeyId'] as const;

describe('property: DescribeStream and DescribeStreamSummary always agree', () => {
  it('after every step, for every stream: both answer or both fail alike, and every common field is equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('new', 'old', 'key-first'), stepsArb, (seed, mode, steps) => {
        const sw = scenarioWorld(seed, { kinesis: { behaviour: { describeWhileUpdating: mode as 'new' }, durations: { updating: { min: 100, max: 20_000 } } } });
        for (const step of steps) {
          runStep(sw, step);
          for (const name of STREAMS) {
            const full = sw.world.call('kinesis', 'DescribeStream', { StreamName: name });
            const summary = sw.world.call('kinesis', 'DescribeStreamSummary', { StreamName: name });
            expect(full.ok).toBe(summary.ok);
            if (!full.ok || !summary.ok) {
              expect(full.error).toStrictEqual(summary.error);
              expect(sw.world.kinesis.describe(name)).toBeUndefined();
              continue;
            }
            const d = (full.value as { StreamDescription: Record<string, unknown> }).StreamDescription;
            const s = (summary.value as { StreamDescriptionSummary: Record<string, unknown> }).StreamDescriptionSummary;
            for (const k of COMMON) expect([k, s[k]]).toStrictEqual([k, d[k]]);
            expect(s['OpenShardCount']).toBe((d['Shards'] as unknown[]).length);
            expect(d['HasMoreShards']).toBe(false);
            expect('KeyId' in s).toBe(s['KeyId'] !== undefined);
            expect(sw.world.kinesis.describe(name)).toStrictEqual(s);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
