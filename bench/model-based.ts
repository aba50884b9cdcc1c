// Section: the cost of model-based testing: 1,000 runs of a 20-step property (fc.asyncModelRun over
// sseSteps: Kinesis, Firehose and KMS calls checked against the oracle, time, faults). Target ≤ 3 s.
import * as fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { sseModelRun, sseSteps, stepSequence, type Scenario } from '../src/fast-check/index';
import type { BenchOptions, Comparison } from './harness';

/** The property the section measures: the harness's own model-based spec, 20 steps per run. */
const CONFIG: Scenario = {
  world: { kinesis: { limits: { keyApplicationsPer24h: 3 } }, firehose: { limits: { startStopPer24h: 4 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0' }, { name: 's1' }],
  deliveryStreams: [{ name: 'd0' }],
};

/** Target wall time for the 1,000 runs. */
export const MODEL_BASED_TARGET_MS = 3_000;

/**
 * Runs `runs` runs of the 20-step model-based property and returns the wall time.
 *
 * @example
 * ```ts
 * const { wallMs, perRunMs } = await measureModelBased(1_000, 20);
 * ```
 */
export async function measureModelBased(runs: number, steps: number, seed = 42): Promise<{ readonly wallMs: number; readonly perRunMs: number; readonly perStepUs: number }> {
  // stepSequence: exactly `steps` steps, shrinking in length too (a fixed-length fc.array would not).
  const property = fc.asyncProperty(stepSequence(sseSteps(CONFIG), steps), (cmds) => sseModelRun(CONFIG, cmds));
  const t0 = performance.now();
  await fc.assert(property, { numRuns: runs, seed });
  const wallMs = performance.now() - t0;
  return { wallMs, perRunMs: wallMs / runs, perStepUs: (wallMs * 1000) / (runs * steps) };
}

/**
 * The bench section: a warm-up, then 1,000 runs × 20 steps, printed with wall time and per-run cost.
 *
 * @example
 * ```ts
 * await runModelBasedSection(options);
 * ```
 */
export async function runModelBasedSection(_options: BenchOptions): Promise<readonly Comparison[] | undefined> {
  await measureModelBased(100, 20, 1);
  const r = await measureModelBased(1_000, 20);
  const verdict = r.wallMs <= MODEL_BASED_TARGET_MS ? 'within' : 'ABOVE';
  console.log(
    `\nmodel-based: 1000 runs × 20 steps in ${r.wallMs.toFixed(0)} ms — ${r.perRunMs.toFixed(2)} ms per run, ${r.perStepUs.toFixed(0)} µs per step (${verdict} the ${MODEL_BASED_TARGET_MS} ms target)`,
  );
  return undefined;
}
