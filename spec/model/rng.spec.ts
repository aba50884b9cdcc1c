import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, hexDigitsFrom, RNG_STEP, rngWord, uuid } from '../../src/model/rng';

/*
 * The closure-free draws (rngWord, hexDigitsFrom, uuid) must give what an Rng gives: key ids,
 * key-material ids and request ids of a seed may not change with how they are made.
 */
describe('rng: the closure-free draws are the Rng draws', () => {
  it('rngWord of the advanced state is next() × 2^32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rng = createRng(seed);
        let state = seed >>> 0;
        for (let i = 0; i < 5; i++) {
          state = (state + RNG_STEP) >>> 0;
          expect(rngWord(state)).toBe(rng.next() * 2 ** 32);
        }
      }),
    );
  });

  it("hexDigitsFrom is the Rng's words as 8 hex digits each, cut to the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 70 }), (seed, count) => {
        const rng = createRng(seed);
        let expected = '';
        while (expected.length < count) expected += (rng.next() * 2 ** 32).toString(16).padStart(8, '0');
        expect(hexDigitsFrom(seed, count)).toBe(expected.slice(0, count));
      }),
    );
  });

  it('uuid draws the variant first, then 30 digits, in the version-4 layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rng = createRng(seed);
        const digit = (): string => '0123456789abcdef'[Math.floor(rng.next() * 16)]!;
        const variant = '0123456789abcdef'[8 + Math.floor(rng.next() * 4)]!;
        const part = (n: number): string => Array.from({ length: n }, digit).join('');
        const expected = `${part(8)}-${part(4)}-4${part(3)}-${variant}${part(3)}-${part(12)}`;
        expect(uuid(createRng(seed))).toBe(expected);
        expect(expected).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });
});
