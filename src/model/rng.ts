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
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
  // The variant digit is drawn first, then the 30 random digits in order (no closure: this runs
  // on every request id).
  const variant = HEX[8 + Math.floor(rng.next() * 4)]!;
  let out = '';
  for (let i = 0; i < 30; i++) {
    out += HEX[Math.floor(rng.next() * 16)]!;
    if (i === 7 || i === 11 || i === 17) out += '-';
    else if (i === 14) out += `-${variant}`;
    if (i === 11) out += '4';
  }
  return out;
}
