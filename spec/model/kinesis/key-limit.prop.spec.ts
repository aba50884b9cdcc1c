import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStep, scenarioWorld, STREAMS, stepArb, type Step } from '../../../fixtures/kinesis-steps';

const DAY = 86_400_000;

// Dense in Starts (alternating keys) and short waits, with some long ones, so the limit is reached
// and the window rolls; the general steps keep everything else in play.
const stream = fc.integer({ min: 0, max: 1 });
const denseSteps: fc.Arbitrary<Step[]> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.record({ t: fc.constant('start' as const), stream, key: fc.constantFrom(0, 3, 4, 1), byArn: fc.boolean() }) },
      { weight: 6, arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.constantFrom(1_000, 2_000, 30_000) }) },
      { weight: 2, arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.constantFrom(3_600_000, 8 * 3_600_000, 20 * 3_600_000) }) },
      { weight: 3, arbitrary: stepArb },
    ),
    { minLength: 10, maxLength: 60 },
  )
  .map((steps) => [{ t: 'create', stream: 0, shards: 1 } as Step, { t: 'create', stream: 1, shards: 1 } as Step, { t: 'advance', ms: 60_000 } as Step, ...steps]);

describe('property: no stream ever passes its new-key applications in any 24-hour window', () => {
  it('successful new-key Starts per stream within any rolling 24 h never exceed the limit, and LimitExceeded comes only at the limit', () => {
    const limit = 3;
    let limited = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), denseSteps, (seed, steps) => {
        const sw = scenarioWorld(seed, { kinesis: { limits: { keyApplicationsPer24h: limit }, durations: { updating: 1_000, encryptionLag: 0 } } });
        // the oracle: per stream incarnation, the times of successful Starts that applied a new KMS key
        const applied = new Map<string, number[]>();
        const incarnation = new Map<string, number>();
        const inWindow = (times: number[], now: number) => times.filter((t) => t > now - DAY).length;
        for (const step of steps) {
          const name = 'stream' in step ? STREAMS[step.stream]! : undefined;
          const before = name === undefined ? undefined : sw.world.kinesis.describe(name);
          const result = runStep(sw, step);
          const now = sw.world.now();
          if (step.t === 'create' && result?.ok) incarnation.set(name!, (incarnation.get(name!) ?? 0) + 1);
          if (step.t !== 'start' || result === undefined) continue;
          const id = `${name}#${incarnation.get(name!) ?? 0}`;
          const times = applied.get(id) ?? [];
          applied.set(id, times);
          const wanted = sw.identity.get(sw.keys[step.key]!);
          const current = before?.KeyId === undefined ? undefined : sw.identity.get(before.KeyId);
          const isNew = before?.EncryptionType !== 'KMS' || current !== wanted;
          if (result.ok && isNew) times.push(now);
          if (result.ok) expect(inWindow(times, now)).toBeLessThanOrEqual(limit);
          if (!result.ok && result.error.type === 'LimitExceededException') {
            limited++;
            expect(isNew).toBe(true);
            expect(inWindow(times, now)).toBe(limit);
          }
          if (!result.ok && result.error.type !== 'LimitExceededException' && before?.StreamStatus === 'ACTIVE' && isNew && wanted !== undefined && wanted !== 'OFF') {
            // an ACTIVE stream and a usable key: only the limit may refuse a new key
            const key = sw.world.kms.describe(sw.keys[step.key]!);
            if (key?.KeyState === 'Enabled' && result.error.type !== 'InvalidArgumentException') expect.unreachable(`${result.error.type}: ${result.error.message}`);
          }
          if (sw.world.kinesis.describe(name!) !== undefined) expect(sw.world.kinesis.limits(name!).keyApplications.used).toBe(inWindow(times, now));
        }
      }),
      { numRuns: 60 },
    );
    // the runs did reach the limit, so the property was exercised at its edge
    expect(limited).toBeGreaterThan(0);
  });
});
