import { checkDuration } from './duration';
import type { Service, ServiceError } from './errors';
import { checkFirehoseOptions, FIREHOSE_DEFAULTS, type FirehoseOptions } from './firehose/options';
import { createFirehoseState, type FirehoseState } from './firehose/state';
import { checkKinesisOptions, KINESIS_DEFAULTS, type KinesisOptions } from './kinesis/options';
import { createKinesisState, type KinesisState } from './kinesis/state';
import { KMS_DEFAULTS, type KmsOptions } from './kms/options';
import { createKmsState, type KmsState } from './kms/state';
import { createPendingQueue, settle, type PendingQueue } from './pending';
import { createRng, deriveSeed, type Rng } from './rng';
import { checkRetain, type Retain, type RetainOptions } from './retain';
import type { NewTraceEntry, TraceEntry } from './trace';
import { TraceLog } from './trace-log';
import type { TransitionHook } from './transition-plan';
import { WORLD_OPTION_NAMES } from './vocabulary';

/**
 * Makes every member of a two-level options object optional.
 *
 * @example
 * ```ts
 * const o: DeepPartial<KinesisOptions> = { durations: { updating: 1_000 } };
 * ```
 */
export type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? { readonly [L in keyof T[K]]?: T[K][L] } : T[K] };

/**
 * The options of a model world. All optional; defaults: account `123456789012`, region
 * `us-east-1`, seed 0, and the per-service defaults ({@link KINESIS_DEFAULTS}, {@link FIREHOSE_DEFAULTS}).
 *
 * @example
 * ```ts
 * const options: ModelWorldOptions = { accountId: '123456789012', region: 'eu-west-1', seed: 7,
 *   kinesis: { durations: { updating: 2_000 }, behaviour: { stopWhenUnencrypted: 'reject' } } };
 * ```
 */
export interface ModelWorldOptions {
  readonly accountId?: string;
  readonly region?: string;
  readonly seed?: number;
  readonly kinesis?: DeepPartial<KinesisOptions>;
  readonly firehose?: DeepPartial<FirehoseOptions>;
  readonly kms?: DeepPartial<KmsOptions>;
  /** What the world keeps of its past (trace, records, stub call history); default: everything. See {@link RetainOptions}. */
  readonly retain?: RetainOptions;
}

/**
 * A call as an interceptor sees it, before the model's rules run.
 *
 * @example
 * ```ts
 * world.interceptors.push((w, call: InterceptedCall) => (call.index === 3 ? { error: serviceError('kinesis', 'InternalFailureException', 'Internal Service Failure'), label: 'fault' } : undefined));
 * ```
 */
export interface InterceptedCall {
  readonly service: Service;
  readonly operation: string;
  readonly input: unknown;
  readonly now: number;
  readonly region: string;
  /** 0-based index of this call among all calls the world has answered. */
  readonly index: number;
  /** The attempt number within one SDK invocation, when the call came through the transport. */
  readonly attempt?: number;
  /** The SDK invocation id, when the call came through the transport (the same for every attempt). */
  readonly invocation?: string;
}

/**
 * A hook that may answer a call with an error instead of the model (fault injection). Return
 * `undefined` to let the model answer. The label names the fault in the trace.
 *
 * @example
 * ```ts
 * const throttleFirst: Interceptor = (w, call) => (call.index === 0 ? { error: serviceError('kinesis', 'LimitExceededException', 'Rate exceeded'), label: 'throttle' } : undefined);
 * ```
 */
export type Interceptor = (world: ModelWorld, call: InterceptedCall) => { readonly error: ServiceError; readonly label: string } | undefined;

/**
 * The whole modelled state: KMS keys, Kinesis streams, Firehose delivery streams, pending
 * transitions and the trace. Mutated only by the model's operations.
 *
 * @example
 * ```ts
 * const model: ModelWorld = createModelWorld({ seed: 1 });
 * invoke(model, 'kinesis', 'ListStreams', {}, { now: 0 });
 * ```
 */
export interface ModelWorld {
  readonly accountId: string;
  readonly region: string;
  readonly seed: number;
  /** Randomness of the model's own choices (durations drawn from ranges, the encryption lag). */
  readonly rng: Rng;
  /** Randomness for identifiers (key ids, request ids), apart so ids do not shift model draws. */
  readonly ids: Rng;
  readonly kinesisOptions: KinesisOptions;
  readonly firehoseOptions: FirehoseOptions;
  readonly kmsOptions: KmsOptions;
  readonly kms: KmsState;
  readonly kinesis: KinesisState;
  readonly firehose: FirehoseState;
  readonly pending: PendingQueue;
  /** What the world keeps of its past (the `retain` option, completed). */
  readonly retain: Retain;
  /** The trace, kept as `retain.traceEntries` says and indexed by resource. */
  readonly log: TraceLog;
  /** The kept trace entries, in order (`log.entries`). Append through {@link appendTrace}. */
  readonly trace: readonly TraceEntry[];
  readonly interceptors: Interceptor[];
  /** Hooks consulted whenever an asynchronous transition is scheduled (slow or failing transitions). */
  readonly transitionHooks: TransitionHook[];
  /** The latest virtual time the world has been observed at; time never runs backwards in a world. */
  lastNow: number;
  /** How many calls the world has answered. */
  calls: number;
}

const ACCOUNT = /^\d{12}$/;
/** Seeds are 32 bits: the model's generators keep 32 bits of state, so larger seeds would collide. */
const MIN_SEED = -(2 ** 31);
const MAX_SEED = 2 ** 32 - 1;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Whether `region` looks like an AWS region name (`us-east-1`, `ap-southeast-2`, `us-gov-west-1`).
 *
 * @example
 * ```ts
 * isRegionName('eu-west-1'); // true
 * ```
 */
export function isRegionName(region: unknown): region is string {
  return typeof region === 'string' && REGION.test(region);
}

function mergeSection<T extends object>(name: string, defaults: T, given: unknown): T {
  if (given === undefined) return defaults;
  if (typeof given !== 'object' || given === null) {
    throw new TypeError(`[kinesis-sse-harness] ${name} must be an object; got ${JSON.stringify(given)}`);
  }
  for (const key of Object.keys(given)) {
    if (!(key in defaults)) {
      throw new TypeError(`[kinesis-sse-harness] unknown option ${name}.${key}; known: ${Object.keys(defaults).join(', ')}`);
    }
  }
  return { ...defaults, ...(given as Partial<T>) };
}

function mergeService<T extends { durations: object; limits: object; behaviour: object }>(name: string, defaults: T, given: unknown): T {
  if (given === undefined) return defaults;
  const top = mergeSection(name, defaults as unknown as Record<string, unknown>, given) as unknown as T;
  const g = given as Partial<Record<keyof T, unknown>>;
  const merged = {
    ...top,
    durations: mergeSection(`${name}.durations`, defaults.durations, g.durations),
    limits: mergeSection(`${name}.limits`, defaults.limits, g.limits),
    behaviour: mergeSection(`${name}.behaviour`, defaults.behaviour, g.behaviour),
  };
  for (const [k, v] of Object.entries(merged.durations)) checkDuration(`${name}.durations.${k}`, v);
  for (const [k, v] of Object.entries(merged.limits)) {
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 0)) {
      throw new TypeError(`[kinesis-sse-harness] ${name}.limits.${k} must be a whole number >= 0; got ${JSON.stringify(v)}`);
    }
  }
  return merged;
}

/**
 * Creates an empty model world. Throws a `TypeError` naming the option when an option is invalid.
 * Pure: reads no clock; the world's time is whatever the first call passes in.
 *
 * @example
 * ```ts
 * const world = createModelWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1 });
 * ```
 */
export function createModelWorld(options: ModelWorldOptions = {}): ModelWorld {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`[kinesis-sse-harness] world options must be an object; got ${Array.isArray(options) ? 'an array' : String(options)}`);
  }
  const known: readonly string[] = WORLD_OPTION_NAMES;
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new TypeError(`[kinesis-sse-harness] unknown world option '${key}'; known: ${known.join(', ')}`);
  }
  const accountId = options.accountId ?? '123456789012';
  if (typeof accountId !== 'string' || !ACCOUNT.test(accountId)) {
    throw new TypeError(
      typeof accountId === 'string'
        ? `[kinesis-sse-harness] accountId must be 12 digits; got ${JSON.stringify(accountId)}`
        : `[kinesis-sse-harness] accountId must be a string of 12 digits; got ${typeof accountId} ${String(accountId)}`,
    );
  }
  const region = options.region ?? 'us-east-1';
  if (!isRegionName(region)) {
    throw new TypeError(`[kinesis-sse-harness] region must look like 'us-east-1'; got ${JSON.stringify(region)}`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed) || seed < MIN_SEED || seed > MAX_SEED) {
    throw new TypeError(`[kinesis-sse-harness] seed must be an integer of 32 bits (${MIN_SEED} to ${MAX_SEED}, as fast-check's seeds are); got ${String(seed)}`);
  }
  const retain = checkRetain(options.retain);
  const log = new TraceLog(accountId, retain.traceEntries);
  return {
    accountId,
    region,
    seed,
    rng: createRng(deriveSeed(seed, 'model')),
    ids: createRng(deriveSeed(seed, 'ids')),
    kinesisOptions: checkKinesisOptions(mergeService('kinesis', KINESIS_DEFAULTS, options.kinesis)),
    firehoseOptions: checkFirehoseOptions(mergeService('firehose', FIREHOSE_DEFAULTS, options.firehose)),
    kmsOptions: mergeService('kms', KMS_DEFAULTS, options.kms),
    kms: createKmsState(),
    kinesis: createKinesisState(),
    firehose: createFirehoseState(),
    pending: createPendingQueue(),
    retain,
    log,
    get trace() {
      return log.entries;
    },
    interceptors: [],
    transitionHooks: [],
    lastNow: Number.NEGATIVE_INFINITY,
    calls: 0,
  };
}

/**
 * Appends an entry to the world's trace and returns it numbered.
 *
 * @example
 * ```ts
 * appendTrace(world, { kind: 'transition', time: now, service: 'kinesis', resource: arn, property: 'StreamStatus', from: 'ACTIVE', to: 'UPDATING' });
 * ```
 */
export function appendTrace(world: ModelWorld, entry: NewTraceEntry): TraceEntry {
  return world.log.append({ ...entry });
}

/**
 * Brings the world to virtual time `now`: applies every pending transition due by then (each
 * stamped in the trace with its own due time) and returns the effective time. Time never runs
 * backwards: an earlier `now` than the world has seen is treated as the latest one seen (the world
 * layer refuses a clock set back by more than a second, see createWorld).
 *
 * @example
 * ```ts
 * const t = advanceTo(world, Date.UTC(2026, 0, 1));
 * ```
 */
export function advanceTo(world: ModelWorld, now: number): number {
  if (!Number.isFinite(now)) throw new TypeError(`[kinesis-sse-harness] now must be a finite number; got ${String(now)}`);
  const t = now > world.lastNow ? now : world.lastNow;
  settle(world.pending, t);
  world.lastNow = t;
  return t;
}
