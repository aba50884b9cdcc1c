import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callOf, kinesisSnapshot, runStep, scenarioWorld, stepsArb } from '../../../fixtures/kinesis-steps';

describe('property: a rejected call changes no state', () => {
  it('for any sequence of calls, every call answered with an error leaves the Kinesis and KMS state as it was', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), stepsArb, (seed, steps) => {
        // small allowances, so LimitExceededException is among the rejections
        const sw = scenarioWorld(seed, { kinesis: { limits: { keyApplicationsPer24h: 1, stopsPer24h: 1 }, durations: { updating: { min: 1_000, max: 10_000 }, encryptionLag: { min: 0, max: 5_000 } } } });
        for (const step of steps) {
          if (callOf(sw, step) === undefined) {
            runStep(sw, step);
            continue;
          }
          const before = kinesisSnapshot(sw.world);
          const result = runStep(sw, step)!;
          if (!result.ok) {
            kinds.add(result.error.type);
            expect(kinesisSnapshot(sw.world), `${result.error.type}: ${result.error.message}`).toBe(before);
          }
        }
      }),
      { numRuns: 60 },
    );
    for (const type of ['ValidationException', 'InvalidArgumentException', 'ResourceNotFoundException', 'ResourceInUseException', 'KMSNotFoundException', 'KMSDisabledException', 'LimitExceededException']) {
      expect(kinds).toContain(type);
    }
  });
});
