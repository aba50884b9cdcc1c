import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawDuration } from '../../src/model/duration';
import { createRng } from '../../src/model/rng';
import { countWithin, createRollingWindow, nextFreeAt, record } from '../../src/model/rolling-window';

describe('durations and windows at any time resolution', () => {
  it('a range of whole milliseconds draws the whole numbers it always drew', () => {
    const a = createRng(5);
    const b = createRng(5);
    for (let i = 0; i < 50; i++) expect(drawDuration({ min: 2_000, max: 30_000 }, a)).toBe(b.int(2_000, 30_000));
  });

  it('a range with a fractional bound draws within it, one draw per duration', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.integer(), (min, width, seed) => {
        const lo = min + 0.5;
        const d = { min: lo, max: lo + width };
        const rng = createRng(seed);
        const v = drawDuration(d, rng);
        expect(v).toBeGreaterThanOrEqual(d.min);
        expect(v).toBeLessThanOrEqual(d.max);
        const other = createRng(seed);
        other.next();
        expect(rng.next()).toBe(other.next());
      }),
    );
  });

  it('a rolling window counts events at fractional times until exactly windowMs later', () => {
    const w = createRollingWindow(1_000);
    record(w, 'k', 10.25);
    record(w, 'k', 10.75);
    expect(countWithin(w, 'k', 1_010.125)).toBe(2);
    expect(countWithin(w, 'k', 1_010.25)).toBe(1);
    expect(nextFreeAt(w, 'k', 1_010.25)).toBe(1_010.75);
    expect(countWithin(w, 'k', 1_010.75)).toBe(0);
  });
});
