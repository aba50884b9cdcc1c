import { expect, it } from 'vitest';
import { parseArgs } from '../../bench/harness';
import { mixedCalls } from '../../bench/memory';

// Not a timed test: `npm run bench` reports the figures (with --expose-gc). This keeps the memory
// section runnable: its mixed calls are all answered (a refused call throws) in a bounded world.
it('the memory bench section answers its mixed calls and measures a first and last window', () => {
  const r = mixedCalls(2_000);
  expect(r.firstUs).toBeGreaterThan(0);
  expect(r.lastUs).toBeGreaterThan(0);
  // vitest runs without --expose-gc: no heap figure rather than a wrong one.
  expect(r.heapMb === undefined || r.heapMb > 0).toBe(true);
});

it('--quick and --only select smaller parameters and sections', () => {
  expect(parseArgs([])).toMatchObject({ quick: false, only: undefined, scale: true });
  expect(parseArgs(['--quick', '--only', 'scale,memory'])).toMatchObject({ quick: true, only: ['scale', 'memory'] });
});
