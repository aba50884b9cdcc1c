/**
 * A small deterministic pseudo-random generator (mulberry32). The world draws every random choice
 * from one of these, seeded from the world's seed, so the same seed and calls give the same trace.
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * const x = rng.int(0, 5000); // same value for the same seed and draw order
 * ```
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** The internal state, so a world can be copied. */
  state(): number;
}

/**
 * How an {@link Rng}'s state advances before each draw: `state = (state + RNG_STEP) >>> 0`.
 *
 * @example
 * ```ts
 * let state = 7;
 * state = (state + RNG_STEP) >>> 0; // the state createRng(7) draws its first word from
 * ```
 */
export const RNG_STEP = 0x6d2b79f5;

/**
 * The unsigned 32-bit word an {@link Rng} draws from its state just advanced by {@link RNG_STEP}
 * (its `next()` is this word / 2^32): for code that draws many words without making an Rng.
 *
 * @example
 * ```ts
 * let state = 7;
 * state = (state + RNG_STEP) >>> 0;
 * rngWord(state) / 2 ** 32 === createRng(7).next(); // true
 * ```
 */
export function rngWord(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** The digits of a lower-case hexadecimal number, by value. */
const HEX = '0123456789abcdef';

/**
 * Creates an {@link Rng} from a 32-bit seed.
 *
 * @example
 * ```ts
 * createRng(1).int(1, 6);
 * ```
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + RNG_STEP) >>> 0;
    return rngWord(s) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    state: () => s,
  };
}

/**
 * Mixes a seed with a label into a new 32-bit seed (FNV-1a over the label), so independent
 * streams of randomness (request ids, key ids) do not perturb each other.
 *
 * @example
 * ```ts
 * const idSeed = deriveSeed(42, 'request-ids');
 * ```
 */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A random RFC 4122 version-4 UUID drawn from `rng` (KMS key ids, request ids).
 *
 * @example
 * ```ts
 * uuid(createRng(7)); // e.g. '6f1c…-4…'
 * ```
 */
export function uuid(rng: Rng): string {
  // The variant digit is drawn first, then the 30 random digits in order, into one reused array of
  // character codes made into a flat string at once (no closure, no rope of 36 pieces: key ids are
  // kept for the world's life, request ids are made on every call).
  const codes = UUID_CODES;
  const variant = HEX_CODES[8 + Math.floor(rng.next() * 4)]!;
  for (let i = 0; i < 30; i++) codes[UUID_SLOTS[i]!] = HEX_CODES[Math.floor(rng.next() * 16)]!;
  codes[19] = variant;
  return String.fromCharCode.apply(null, codes);
}

/** The character codes of the hexadecimal digits. */
const HEX_CODES: readonly number[] = Array.from(HEX, (c) => c.charCodeAt(0));

/**
 * `count` lower-case hex digits: the words `createRng(seed)` draws, 8 digits each, most significant
 * first, made without an Rng's closures and into one flat string (a string built by `+=` is a rope
 * of every piece, kept alive with whatever holds it).
 *
 * @example
 * ```ts
 * hexDigitsFrom(deriveSeed(0, 'key-material:1234'), 64).length; // 64
 * ```
 */
export function hexDigitsFrom(seed: number, count: number): string {
  let state = seed >>> 0;
  const codes: number[] = [];
  while (codes.length < count) {
    state = (state + RNG_STEP) >>> 0;
    const word = rngWord(state);
    for (let shift = 28; shift >= 0 && codes.length < count; shift -= 4) codes.push(HEX_CODES[(word >>> shift) & 15]!);
  }
  return String.fromCharCode.apply(null, codes);
}
/** Where a uuid's 30 random digits go (`xxxxxxxx-xxxx-4xxx-vxxx-xxxxxxxxxxxx`). */
const UUID_SLOTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 15, 16, 17, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];
/** A uuid being made: the dashes and the version digit stay, the rest is written per uuid. */
const UUID_CODES: number[] = Array.from('00000000-0000-4000-0000-000000000000', (c) => c.charCodeAt(0));
