/*
 * What a world keeps of its past: the trace, the records written, and (read by the SDK bindings)
 * the stubs' call history. The default keeps everything, as short tests want (every matcher and
 * timeline sees the whole run); long runs bound it (see docs/scale.md).
 */

/**
 * The `retain` option of a world: what it keeps of its past. Every member is optional; the
 * default ({@link RETAIN_ALL}) keeps everything.
 *
 * @example
 * ```ts
 * const world = createWorld({ retain: { traceEntries: 10_000, records: 'readable', stubCallHistory: 0 } });
 * ```
 */
export interface RetainOptions {
  /**
   * Keep at most this many of the latest trace entries (a whole number, or `Infinity`). Default
   * `Infinity`: the whole trace. Matchers and timelines say how many earlier entries were dropped.
   */
  readonly traceEntries?: number;
  /**
   * Which records written to streams the world keeps. Default `'all'`: every record, for the
   * records matchers and `world.kinesis.records` / `world.firehose.records`. `'readable'`: only
   * those a reader could still get: Kinesis records within their stream's retention period
   * (`RetentionPeriodHours`, 24 by default), Firehose records within the 24 hours Firehose keeps
   * data it has not delivered. What GetRecords returns is the same either way.
   */
  readonly records?: 'all' | 'readable';
  /**
   * How many calls the SDK stubs (`mockKinesis`, `mockFirehose`, `mockKms`) keep in their call
   * history (`stub.calls()`), the latest ones: a whole number, `0` for none, or `Infinity`.
   * Default `Infinity`: every call, as aws-sdk-client-mock keeps them. Read by the SDK bindings.
   */
  readonly stubCallHistory?: number;
}

/**
 * The `retain` option with every member given: what a world keeps (`world.retain`).
 *
 * @example
 * ```ts
 * const r: Retain = createWorld().retain; // { traceEntries: Infinity, records: 'all', stubCallHistory: Infinity }
 * ```
 */
export interface Retain {
  readonly traceEntries: number;
  readonly records: 'all' | 'readable';
  readonly stubCallHistory: number;
}

/**
 * The default: keep everything (the whole trace, every record, the stubs' whole call history).
 *
 * @example
 * ```ts
 * RETAIN_ALL.traceEntries; // Infinity
 * ```
 */
export const RETAIN_ALL: Retain = Object.freeze({ traceEntries: Number.POSITIVE_INFINITY, records: 'all', stubCallHistory: Number.POSITIVE_INFINITY });

/**
 * A bound for long runs: the latest 10,000 trace entries, readable records only, no stub call
 * history. Memory then grows with the world's resources, not with the number of calls.
 *
 * @example
 * ```ts
 * const world = createWorld({ retain: RETAIN_BOUNDED });
 * ```
 */
export const RETAIN_BOUNDED: Retain = Object.freeze({ traceEntries: 10_000, records: 'readable', stubCallHistory: 0 });

const NAMES = ['traceEntries', 'records', 'stubCallHistory'] as const;

function count(name: string, v: unknown): number {
  if (v === Number.POSITIVE_INFINITY || (typeof v === 'number' && Number.isInteger(v) && v >= 0)) return v;
  throw new TypeError(`[kinesis-sse-harness] retain.${name} must be a whole number >= 0 or Infinity; got ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
}

/**
 * The `retain` option checked and completed with the defaults. Throws a `TypeError` naming the
 * member when a member is invalid or unknown.
 *
 * @example
 * ```ts
 * checkRetain({ traceEntries: 1_000 }); // { traceEntries: 1000, records: 'all', stubCallHistory: Infinity }
 * ```
 */
export function checkRetain(given: unknown): Retain {
  if (given === undefined) return RETAIN_ALL;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError(`[kinesis-sse-harness] retain must be an object like { traceEntries: 10000, records: 'readable' }; got ${Array.isArray(given) ? 'an array' : String(given)}`);
  }
  for (const key of Object.keys(given)) {
    if (!(NAMES as readonly string[]).includes(key)) throw new TypeError(`[kinesis-sse-harness] unknown option retain.${key}; known: ${NAMES.join(', ')}`);
  }
  const g = given as RetainOptions;
  const records = g.records ?? 'all';
  if (records !== 'all' && records !== 'readable') {
    throw new TypeError(`[kinesis-sse-harness] retain.records must be 'all' or 'readable'; got ${JSON.stringify(records)}`);
  }
  return Object.freeze({
    traceEntries: count('traceEntries', g.traceEntries ?? RETAIN_ALL.traceEntries),
    records,
    stubCallHistory: count('stubCallHistory', g.stubCallHistory ?? RETAIN_ALL.stubCallHistory),
  });
}
