import { expect, it } from 'vitest';
import { measureModelBased } from '../../bench/model-based';

// Not a timed test: `npm run bench` reports the time. This keeps the section runnable (its property
// passes, its figures are derived from the wall time) so the benchmark cannot rot unnoticed.
it('the model-based bench section runs its 20-step property and derives its figures from the wall time', async () => {
  const r = await measureModelBased(10, 20, 7);
  expect(r.wallMs).toBeGreaterThan(0);
  expect(r.perRunMs).toBeCloseTo(r.wallMs / 10, 9);
  expect(r.perStepUs).toBeCloseTo((r.wallMs * 1000) / 200, 6);
});
