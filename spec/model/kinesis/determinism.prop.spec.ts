import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStep, scenarioWorld, stepsArb } from '../../../fixtures/kinesis-steps';

const printable = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? [...x] : x));

describe('property: the same seed and calls give the same trace', () => {
  it('two worlds with one seed, driven by one sequence of calls, record identical traces (durations drawn from ranges)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), stepsArb, (seed, steps) => {
        const options = { kinesis: { durations: { creating: { min: 1_000, max: 30_000 }, updating: { min: 1_000, max: 60_000 }, deleting: { min: 1, max: 9_000 }, encryptionLag: { min: 0, max: 5_000 } } } };
        const run = (): string => {
          const sw = scenarioWorld(seed, options);
          const answers = steps.map((s) => printable(runStep(sw, s)));
          sw.clock.advance(86_400_000);
          return printable({ answers, trace: sw.world.trace });
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 40 },
    );
  });

  it('a different seed draws different durations', () => {
    const times = (seed: number): number[] => {
      const sw = scenarioWorld(seed, { kinesis: { durations: { creating: { min: 1_000, max: 30_000 } } } });
      sw.world.kinesis.createStream('s', { active: false });
      sw.clock.advance(60_000);
      return sw.world.trace.filter((e) => e.kind === 'transition' && e.property === 'StreamStatus').map((e) => e.time);
    };
    expect(new Set([1, 2, 3, 4, 5].map((s) => times(s)[1])).size).toBeGreaterThan(1);
  });
});
