import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/properties';
import { assertProperty, PropertyFailure } from '../../src/fast-check/index';

// The examples' properties (the ones `npm run demo` prints) find every bug of each naive version
// and hold for each correct version.
describe.each(EXAMPLES.map((e) => [e.name, e] as const))('example %s', (_name, example) => {
  it.each(example.bugs.map((b) => [b.name, b] as const))('finds the naive version %s, with a replayable counterexample', async (_bug, bug) => {
    const failure = await assertProperty(example.property('naive', bug), { numRuns: example.numRuns, seed: bug.seed }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PropertyFailure);
    const f = failure as PropertyFailure;
    expect(f.message.split('\n').find((l) => l.startsWith('Failure:'))).toMatch(bug.signature);
    expect(f.runs).toHaveLength(1);
    expect(f.runs[0]!.source).toBe('runScenario');
    expect(f.runs[0]!.timeline.length).toBeGreaterThan(0);
  });

  it('holds for the correct version over every bug scenario', async () => {
    const details = await assertProperty(example.property('correct'), { numRuns: example.numRuns, seed: 1 });
    expect(details.numRuns).toBe(example.numRuns);
  });
});
