import type { Rng } from './rng';

/**
 * A duration in milliseconds of virtual time: a fixed number, or a range from which the world draws
 * one value per transition with its seeded generator.
 *
 * @example
 * ```ts
 * const fixed: Duration = 5_000;
 * const drawn: Duration = { min: 2_000, max: 30_000 };
 * ```
 */
export type Duration = number | { readonly min: number; readonly max: number };

/**
 * Resolves a {@link Duration} to milliseconds, drawing from `rng` when it is a range.
 *
 * @example
 * ```ts
 * drawDuration({ min: 1, max: 3 }, createRng(1)); // 1, 2 or 3
 * ```
 */
export function drawDuration(d: Duration, rng: Rng): number {
  if (typeof d === 'number') return d;
  // Whole-millisecond ranges draw a whole number, as they always did; a range with a fractional
  // bound draws any time in it (one draw either way, so later draws are unchanged).
  if (Number.isInteger(d.min) && Number.isInteger(d.max)) return rng.int(d.min, d.max);
  return d.min + rng.next() * (d.max - d.min);
}

/**
 * Throws a clear error (library misuse, not an AWS error) when `d` is not a valid duration.
 *
 * @example
 * ```ts
 * checkDuration('durations.streamUpdating', -1); // throws
 * ```
 */
export function checkDuration(name: string, d: unknown): asserts d is Duration {
  const okNumber = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (okNumber(d)) return;
  if (typeof d === 'object' && d !== null && okNumber((d as { min?: unknown }).min) && okNumber((d as { max?: unknown }).max)) {
    const r = d as { min: number; max: number };
    if (r.min <= r.max) return;
  }
  throw new TypeError(
    `[kinesis-sse-harness] ${name} must be a number of milliseconds >= 0 or { min, max } with 0 <= min <= max; got ${JSON.stringify(d)}`,
  );
}
