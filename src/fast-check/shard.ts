// Spreading one long property over CI machines: its runs are cut into parts whose seeds and sizes
// depend only on the total, and each machine (shard) checks the parts that fall to it.
import { deriveSeed } from '../model/rng';

/**
 * The environment variable that says which shard this machine is: `<index>/<count>`, 1-based, like
 * vitest's `--shard`. Unset: one shard, every part.
 *
 * @example
 * ```ts
 * // KINESIS_SSE_HARNESS_SHARD=2/4 npx vitest run spec/properties
 * process.env[SHARD_ENV]; // '2/4'
 * ```
 */
export const SHARD_ENV = 'KINESIS_SSE_HARNESS_SHARD';

/**
 * Options of {@link propertyParts}.
 *
 * @example
 * ```ts
 * const options: PropertyPartsOptions = { numRuns: 10_000, seed: 42, parts: 20 };
 * ```
 */
export interface PropertyPartsOptions {
  /** The property's runs over all shards. */
  readonly numRuns: number;
  /** The seed the parts' seeds are derived from. */
  readonly seed: number;
  /** How many parts the runs are cut into, whatever the number of shards (at most `numRuns`). Default 16. */
  readonly parts?: number;
  /** This machine's shard, `<index>/<count>` (1-based). Default: {@link SHARD_ENV}, else `1/1`. */
  readonly shard?: string;
}

/**
 * One part of a sharded property: pass `params` to `assertProperty` / `fc.assert`.
 *
 * @example
 * ```ts
 * const part: PropertyPart = propertyParts({ numRuns: 100, seed: 1 })[0]!;
 * part.params; // { seed: …, numRuns: 7 }
 * ```
 */
export interface PropertyPart {
  /** 1-based, over all parts. */
  readonly index: number;
  /** How many parts there are in all. */
  readonly parts: number;
  /** The part's fast-check seed. */
  readonly seed: number;
  /** The part's runs. */
  readonly numRuns: number;
  /** A stable test name: `part 3 of 16 (seed 123, 625 runs)`. */
  readonly label: string;
  /** fast-check parameters for the part. */
  readonly params: { readonly seed: number; readonly numRuns: number };
}

function parseShard(text: string): { readonly index: number; readonly count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m === null ? Number.NaN : Number(m[1]);
  const count = m === null ? Number.NaN : Number(m[2]);
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new TypeError(`[kinesis-sse-harness] a shard is '<index>/<count>' with 1 <= index <= count (as vitest's --shard); got '${text}'`);
  }
  return { index, count };
}

/**
 * This shard's parts of a long property. The runs are cut into `parts` parts whose seeds and run
 * counts depend only on `numRuns`, `seed` and `parts`; part `k` falls to shard `((k - 1) mod count) + 1`.
 * So whatever the number of shards, all shards together check the same runs with the same seeds,
 * and a failing part fails with the same counterexample and replay line on whichever shard runs it.
 * Give each part its own test, so a merged report lists every part of every shard:
 *
 * ```ts
 * for (const part of propertyParts({ numRuns: 10_000, seed: 42 })) {
 *   it(`orders stay encrypted, ${part.label}`, () => assertProperty(property, part.params));
 * }
 * ```
 *
 * The shard comes from {@link SHARD_ENV} (`KINESIS_SSE_HARNESS_SHARD=2/4`): vitest's own `--shard`
 * splits test *files* among machines, so a file holding a sharded property must run on every
 * machine (see docs/timeline.md, "Spreading a simulation over CI machines").
 *
 * @example
 * ```ts
 * propertyParts({ numRuns: 1_000, seed: 42, parts: 4, shard: '2/2' }).map((p) => p.index); // [2, 4]
 * ```
 */
export function propertyParts(options: PropertyPartsOptions): readonly PropertyPart[] {
  if (options === null || typeof options !== 'object') throw new TypeError(`[kinesis-sse-harness] propertyParts needs { numRuns, seed }; got ${String(options)}`);
  const { numRuns, seed } = options;
  const parts = options.parts ?? Math.min(16, numRuns);
  if (!Number.isSafeInteger(numRuns) || numRuns < 1) throw new TypeError(`[kinesis-sse-harness] propertyParts numRuns must be a whole number >= 1; got ${String(numRuns)}`);
  if (!Number.isSafeInteger(seed)) throw new TypeError(`[kinesis-sse-harness] propertyParts seed must be a whole number; got ${String(seed)}`);
  if (!Number.isSafeInteger(parts) || parts < 1 || parts > numRuns) {
    throw new TypeError(`[kinesis-sse-harness] propertyParts parts must be a whole number from 1 to numRuns (${numRuns}); got ${String(parts)}`);
  }
  const shardText = options.shard ?? (typeof process === 'undefined' ? undefined : process.env[SHARD_ENV]);
  const { index, count } = shardText === undefined || shardText === '' ? { index: 1, count: 1 } : parseShard(shardText);
  if (count > parts) {
    throw new RangeError(`[kinesis-sse-harness] propertyParts: shard ${index}/${count} would get no part of ${parts}; use at least as many parts as shards (parts: ${count} or more)`);
  }
  const out: PropertyPart[] = [];
  for (let k = index; k <= parts; k += count) {
    const runs = Math.floor(numRuns / parts) + (k <= numRuns % parts ? 1 : 0);
    const partSeed = deriveSeed(seed, `part ${k} of ${parts}`) | 0;
    out.push({ index: k, parts, seed: partSeed, numRuns: runs, label: `part ${k} of ${parts} (seed ${partSeed}, ${runs} runs)`, params: { seed: partSeed, numRuns: runs } });
  }
  return out;
}
