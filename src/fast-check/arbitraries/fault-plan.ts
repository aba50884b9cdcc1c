import * as fc from 'fast-check';
import type { Service } from '../../model/errors';
import {
  DEFAULT_FAULT_TRANSITIONS,
  KMS_USING_KINESIS_OPERATIONS,
  type Fault,
  type FaultPlan,
  type KeyChange,
  type ThrottleError,
} from '../../model/faults';
import { SERVICES } from '../../model/vocabulary';
import { choice } from './choice';

/**
 * The kinds of fault a plan can hold.
 *
 * @example
 * ```ts
 * faultPlan({ kinds: ['key', 'slow-transition'] satisfies FaultKind[], keyIds: ['alias/orders'] });
 * ```
 */
export type FaultKind = Fault['kind'];

/**
 * Every {@link FaultKind}.
 *
 * @example
 * ```ts
 * faultPlan({ kinds: FAULT_KINDS.filter((k) => k !== 'internal-failure') });
 * ```
 */
export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'internal-failure', 'key', 'transition-failure', 'slow-transition'];

/**
 * The operations faults hit by default, per service (the ones SSE code calls).
 *
 * @example
 * ```ts
 * faultPlan({ operations: { ...DEFAULT_FAULT_OPERATIONS, kinesis: ['PutRecord'] } });
 * ```
 */
export const DEFAULT_FAULT_OPERATIONS: Readonly<Record<Service, readonly string[]>> = {
  kinesis: ['StartStreamEncryption', 'StopStreamEncryption', 'DescribeStream', 'DescribeStreamSummary', 'PutRecord', 'PutRecords'],
  firehose: ['StartDeliveryStreamEncryption', 'StopDeliveryStreamEncryption', 'DescribeDeliveryStream', 'PutRecord', 'PutRecordBatch'],
  kms: ['DescribeKey', 'CreateKey', 'EnableKey', 'DisableKey'],
};

/**
 * The DeliveryStreamFailureType values a failing transition draws from by default.
 *
 * @example
 * ```ts
 * faultPlan({ failureTypes: DEFAULT_FAILURE_TYPES.filter((t) => t.startsWith('KMS_')) });
 * ```
 */
export const DEFAULT_FAILURE_TYPES: readonly string[] = [
  'KMS_ACCESS_DENIED',
  'DISABLED_KMS_KEY',
  'KMS_KEY_NOT_FOUND',
  'INVALID_KMS_KEY',
  'KMS_OPT_IN_REQUIRED',
  'CREATE_KMS_GRANT_FAILED',
  'RETIRE_KMS_GRANT_FAILED',
  'UNKNOWN_ERROR',
];

/**
 * Constraints of {@link faultPlan}.
 *
 * @example
 * ```ts
 * const c: FaultPlanConstraints = { kinds: ['key', 'slow-transition'], keyIds: ['alias/orders'], horizonMs: 60_000 };
 * ```
 */
export interface FaultPlanConstraints {
  /** The kinds of fault to draw. Default all five (`key` only when `keyIds` is given). */
  readonly kinds?: readonly FaultKind[];
  /** Default 0. */
  readonly minFaults?: number;
  /** Default 3. */
  readonly maxFaults?: number;
  /** Faults happen within this many milliseconds after the start. Default 10 minutes. */
  readonly horizonMs?: number;
  /** The keys key faults may hit (any KeyId form). Default none (no key faults). */
  readonly keyIds?: readonly string[];
  /** The key changes to draw. Default `disable`, `schedule-deletion`, `revoke-access`. */
  readonly keyChanges?: readonly KeyChange[];
  /** The services call faults may hit. Default all three. */
  readonly services?: readonly Service[];
  /** The operations call faults may hit, per service. Default {@link DEFAULT_FAULT_OPERATIONS}. */
  readonly operations?: Partial<Readonly<Record<Service, readonly string[]>>>;
  /** The transition kinds transition faults may hit. Default `stream-updating`, `encryption-enabling`, `encryption-disabling`. */
  readonly transitions?: readonly string[];
  /** The most a slow transition is slowed by. Default 5 minutes. */
  readonly maxExtraDelayMs?: number;
  /** The failure types of failing transitions. Default {@link DEFAULT_FAILURE_TYPES}. */
  readonly failureTypes?: readonly string[];
}

function nonEmpty<T>(name: string, list: readonly T[]): readonly T[] {
  if (list.length === 0) throw new RangeError(`[kinesis-sse-harness] faultPlan ${name} must not be empty`);
  return list;
}

/** The Kinesis operations that read or write a shard (ProvisionedThroughputExceededException). */
const KINESIS_SHARD_OPERATIONS: readonly string[] = ['PutRecord', 'PutRecords', 'GetRecords'];

function throttleErrors(service: Service, operation: string): ThrottleError[] {
  if (service === 'kms') return ['ThrottlingException'];
  if (service === 'firehose') return ['ThrottlingException', 'LimitExceededException'];
  return [
    'LimitExceededException',
    ...(KMS_USING_KINESIS_OPERATIONS.includes(operation) ? (['KMSThrottlingException'] as const) : []),
    ...(KINESIS_SHARD_OPERATIONS.includes(operation) ? (['ProvisionedThroughputExceededException'] as const) : []),
  ];
}

/**
 * Fault plans ({@link FaultPlan}): up to `maxFaults` faults drawn from throttling bursts, internal
 * failures on the Nth call, key changes at a virtual time, failing transitions and slow
 * transitions, with realistic values (bursts of 1 to 5, delays up to `maxExtraDelayMs`,
 * DeliveryStreamFailureTypes). Every error matches what AWS can answer on that operation
 * (`KMSThrottlingException` only on the Kinesis operations that use the key,
 * `ProvisionedThroughputExceededException` only on the ones that read or write a shard). Shrinks towards
 * fewer, earlier, one-shot faults. Records have an ordinary prototype.
 *
 * @example
 * ```ts
 * fc.sample(faultPlan({ keyIds: ['alias/orders'] }), 1);
 * // e.g. [[{ kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 4210 }]]
 * ```
 */
export function faultPlan(constraints: FaultPlanConstraints = {}): fc.Arbitrary<FaultPlan> {
  const keyIds = constraints.keyIds ?? [];
  const kinds = nonEmpty('kinds', (constraints.kinds ?? FAULT_KINDS).filter((k) => k !== 'key' || keyIds.length > 0));
  if (kinds.some((k) => !FAULT_KINDS.includes(k))) throw new RangeError(`[kinesis-sse-harness] faultPlan kinds must be among ${FAULT_KINDS.join(', ')}; got ${JSON.stringify(kinds)}`);
  const minFaults = constraints.minFaults ?? 0;
  const maxFaults = constraints.maxFaults ?? 3;
  if (!Number.isInteger(minFaults) || !Number.isInteger(maxFaults) || minFaults < 0 || maxFaults < minFaults) {
    throw new RangeError(`[kinesis-sse-harness] faultPlan needs 0 <= minFaults <= maxFaults; got ${minFaults}..${maxFaults}`);
  }
  const horizonMs = constraints.horizonMs ?? 10 * 60_000;
  const maxExtraDelayMs = constraints.maxExtraDelayMs ?? 5 * 60_000;
  for (const [n, v] of [['horizonMs', horizonMs], ['maxExtraDelayMs', maxExtraDelayMs]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`[kinesis-sse-harness] faultPlan ${n} must be a whole number >= 1; got ${String(v)}`);
  }
  const services = nonEmpty<Service>('services', constraints.services ?? SERVICES);
  const operationsOf = (s: Service): readonly string[] => nonEmpty(`operations.${s}`, constraints.operations?.[s] ?? DEFAULT_FAULT_OPERATIONS[s]);
  const transitions = nonEmpty('transitions', constraints.transitions ?? DEFAULT_FAULT_TRANSITIONS);
  const failureTypes = nonEmpty('failureTypes', constraints.failureTypes ?? DEFAULT_FAILURE_TYPES);
  const keyChanges = nonEmpty<KeyChange>('keyChanges', constraints.keyChanges ?? ['disable', 'schedule-deletion', 'revoke-access']);

  const at = fc.integer({ min: 0, max: horizonMs });
  const callTarget = fc.constantFrom(...services).chain((service) => fc.constantFrom(...operationsOf(service)).map((operation) => ({ service, operation })));
  const window = fc.option(
    fc.tuple(at, fc.integer({ min: 1, max: horizonMs })).map(([fromMs, length]) => ({ fromMs, untilMs: fromMs + length })),
    { nil: undefined, freq: 3 },
  );

  const byKind: Record<FaultKind, fc.Arbitrary<Fault>> = {
    throttle: fc
      .tuple(
        callTarget.chain((t) => fc.constantFrom(...throttleErrors(t.service, t.operation)).map((error) => ({ ...t, error }))),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        window,
      )
      .map(([t, nth, times, w]): Fault => ({ kind: 'throttle', service: t.service, operation: t.operation, error: t.error, ...(nth === 1 ? {} : { nth }), ...(times === 1 ? {} : { times }), ...(w ?? {}) })),
    'internal-failure': fc
      .tuple(callTarget, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 }))
      .map(([t, nth, times]): Fault => ({ kind: 'internal-failure', service: t.service, operation: t.operation, ...(nth === 1 ? {} : { nth }), ...(times === 1 ? {} : { times }) })),
    key: fc
      .tuple(fc.constantFrom(...(keyIds.length > 0 ? keyIds : ['alias/aws/kinesis'])), fc.constantFrom(...keyChanges), at, fc.integer({ min: 7, max: 30 }))
      .map(([keyId, change, atMs, days]): Fault => ({ kind: 'key', keyId, change, atMs, ...(change === 'schedule-deletion' && days !== 30 ? { pendingWindowInDays: days } : {}) })),
    'transition-failure': fc
      .tuple(fc.constantFrom(...transitions), fc.constantFrom(...failureTypes), fc.integer({ min: 1, max: 2 }), fc.boolean(), window)
      .map(([transition, failureType, nth, always, w]): Fault => ({
        kind: 'transition-failure',
        transition,
        failureType,
        ...(nth === 1 ? {} : { nth }),
        ...(always ? { times: 'always' as const } : {}),
        ...(w ?? {}),
      })),
    'slow-transition': fc
      .tuple(fc.constantFrom(...transitions), fc.integer({ min: 1_000, max: Math.max(1_000, maxExtraDelayMs) }), choice<number | 'always'>(fc.integer({ min: 1, max: 3 }), fc.constant('always' as const)))
      .map(([transition, extraDelayMs, times]): Fault => ({ kind: 'slow-transition', transition, extraDelayMs, ...(times === 1 ? {} : { times }) })),
  };
  return fc.array(choice(...kinds.map((k) => byKind[k])), { minLength: minFaults, maxLength: maxFaults });
}
