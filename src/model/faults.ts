/**
 * Fault plans: pure data describing what AWS does to a test's calls besides answering them by the
 * rules (throttling bursts, internal failures, transitions that fail or run slow, keys disabled or
 * revoked at a given virtual time). {@link installFaults} turns a plan into the world's
 * interceptors, transition hooks and pending transitions, so every fault shows up in the trace
 * (`CallEntry.fault`, transition labels, `KeyState` transitions) and in the SDK stubs' call history
 * like any other answer.
 *
 * Times in a plan are relative to the plan's start (the virtual time passed to `installFaults`).
 */
import { INTERNAL_FAILURE, KMS_THROTTLED, rateExceededForStream, shardRateExceeded } from './kinesis/messages';
import { KMS_USING_OPERATIONS, SHARD_DATA_OPERATIONS } from './kinesis/rules';
import { parseArn } from './arn';
import { serviceError, type Service, type ServiceError } from './errors';
import { faultFailure, serviceUnavailable } from './firehose/messages';
import { ANY_KEY_ID, awsManagedKey, homeRegion, resolveKeyId } from './kms/keys';
import { DEFAULT_PENDING_WINDOW_IN_DAYS, keyChangeViolation, pendingWindowAllowed } from './kms/rules';
import { scheduleKeyDeletion, setKeyCondition, setKeyState } from './kms/lifecycle';
import type { KmsKey } from './kms/state';
import { schedule, type Pending } from './pending';
import type { TransitionHook, TransitionPlan, TransitionRequest } from './transition-plan';
import { appendTrace, type InterceptedCall, type Interceptor, type ModelWorld } from './world';

/**
 * A window of virtual time, in milliseconds after the plan's start: `[fromMs, untilMs)`.
 *
 * @example
 * ```ts
 * const w: FaultWindow = { fromMs: 10_000, untilMs: 20_000 }; // only calls between +10 s and +20 s
 * ```
 */
export interface FaultWindow {
  /** Default 0. */
  readonly fromMs?: number;
  /** Default: no end. */
  readonly untilMs?: number;
}

/**
 * Which matching calls (or transitions) a fault hits: from the `nth` match on (1-based, default 1),
 * `times` in a row (default 1: a one-shot fault; `'always'`: every match from then on).
 *
 * @example
 * ```ts
 * const c: FaultCount = { nth: 3, times: 2 }; // the 3rd and 4th matching calls
 * ```
 */
export interface FaultCount {
  readonly nth?: number;
  readonly times?: number | 'always';
}

/**
 * Which calls a call fault applies to. Every given member must match.
 *
 * @example
 * ```ts
 * const m: CallMatch = { operation: ['PutRecord', 'PutRecords'], input: { StreamName: 'orders' } };
 * ```
 */
export interface CallMatch {
  /** An operation name (`StartStreamEncryption`) or several. Default: every operation of the service. */
  readonly operation?: string | readonly string[];
  /** Members the call's input must have, compared with `===` (e.g. `{ StreamName: 'orders' }`). */
  readonly input?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The errors a throttling burst can answer with.
 *
 * @example
 * ```ts
 * const e: ThrottleError = 'KMSThrottlingException';
 * ```
 */
export type ThrottleError = 'LimitExceededException' | 'KMSThrottlingException' | 'ThrottlingException' | 'ProvisionedThroughputExceededException';

/**
 * A burst of throttled calls: Kinesis `LimitExceededException` (`Rate exceeded for stream ...`),
 * `KMSThrottlingException` on the Kinesis operations that use the key,
 * `ProvisionedThroughputExceededException` on the ones that read or write a shard (PutRecord,
 * PutRecords, GetRecords), Firehose `ThrottlingException` or `LimitExceededException`, KMS
 * `ThrottlingException`. An error the service cannot answer on that operation is refused.
 *
 * @example
 * ```ts
 * const f: ThrottleFault = { kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', error: 'KMSThrottlingException', times: 3 };
 * ```
 */
export interface ThrottleFault extends CallMatch, FaultCount, FaultWindow {
  readonly kind: 'throttle';
  readonly service: Service;
  /** Default: Kinesis `LimitExceededException`, Firehose and KMS `ThrottlingException`. */
  readonly error?: ThrottleError;
}

/**
 * A server-side failure: Kinesis `InternalFailureException` (500), Firehose
 * `ServiceUnavailableException` (503), KMS `KMSInternalException` (500).
 *
 * @example
 * ```ts
 * const f: InternalFailureFault = { kind: 'internal-failure', service: 'kinesis', operation: 'PutRecord', nth: 3 };
 * ```
 */
export interface InternalFailureFault extends CallMatch, FaultCount, FaultWindow {
  readonly kind: 'internal-failure';
  readonly service: Service;
}

/**
 * What a {@link KeyFault} does to a KMS key.
 *
 * @example
 * ```ts
 * const change: KeyChange = 'revoke-access';
 * ```
 */
export type KeyChange = 'disable' | 'enable' | 'schedule-deletion' | 'revoke-access' | 'revoke-grant' | 'restore-access';

/**
 * A change to a KMS key at virtual time `atMs` (a pending transition, applied when the world is
 * next observed at or after that time): disabled, enabled, scheduled for deletion, its access
 * revoked (the `access-denied` condition), Firehose's grant revoked (`grant-revoked`), or access
 * restored (both conditions cleared). A key that does not exist then, or whose state does not allow
 * the change (disabling a key pending deletion), is left as it is and the trace says so.
 *
 * @example
 * ```ts
 * const f: KeyFault = { kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 3_000 };
 * ```
 */
export interface KeyFault {
  readonly kind: 'key';
  /** The key, in any of the five KeyId forms. */
  readonly keyId: string;
  readonly change: KeyChange;
  readonly atMs: number;
  /** For `schedule-deletion`: 7 to 30 days; default 30. */
  readonly pendingWindowInDays?: number;
}

/**
 * Which asynchronous transitions a transition fault applies to.
 *
 * @example
 * ```ts
 * const m: TransitionMatch = { service: 'firehose', transition: 'encryption-enabling', resource: 'clicks' };
 * ```
 */
export interface TransitionMatch {
  readonly service?: 'kinesis' | 'firehose';
  /**
   * A transition kind or several (`stream-updating`, `encryption-enabling`, `encryption-disabling`,
   * ...). Default: `stream-updating`, `encryption-enabling` and `encryption-disabling`.
   */
  readonly transition?: string | readonly string[];
  /** The resource, by name or ARN. Default: any. */
  readonly resource?: string;
}

/**
 * A transition that fails: a Firehose `ENABLING` ends `ENABLING_FAILED` (a `DISABLING` ends
 * `DISABLING_FAILED`) with this FailureDescription; a Kinesis `UPDATING` ends `ACTIVE` with the old
 * encryption.
 *
 * @example
 * ```ts
 * const f: TransitionFailureFault = { kind: 'transition-failure', transition: 'encryption-enabling', failureType: 'KMS_ACCESS_DENIED' };
 * ```
 */
export interface TransitionFailureFault extends TransitionMatch, FaultCount, FaultWindow {
  readonly kind: 'transition-failure';
  /** A DeliveryStreamFailureType. Default `KMS_ACCESS_DENIED` when enabling, `RETIRE_KMS_GRANT_FAILED` when disabling, else `UNKNOWN_ERROR`. */
  readonly failureType?: string;
  /** The FailureDescription's Details. Default: a sentence naming the failure type. */
  readonly details?: string;
}

/**
 * A transition that takes `extraDelayMs` longer than drawn.
 *
 * @example
 * ```ts
 * const f: SlowTransitionFault = { kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 120_000, times: 'always' };
 * ```
 */
export interface SlowTransitionFault extends TransitionMatch, FaultCount, FaultWindow {
  readonly kind: 'slow-transition';
  readonly extraDelayMs: number;
}

/**
 * One fault of a {@link FaultPlan}.
 *
 * @example
 * ```ts
 * const f: Fault = { kind: 'internal-failure', service: 'firehose', operation: 'PutRecordBatch', nth: 2 };
 * ```
 */
export type Fault = ThrottleFault | InternalFailureFault | KeyFault | TransitionFailureFault | SlowTransitionFault;

/**
 * What AWS does to a test besides answering by the rules: a list of faults, pure data (printable in
 * a counterexample, replayable).
 *
 * @example
 * ```ts
 * const plan: FaultPlan = [
 *   { kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 3_000 },
 *   { kind: 'throttle', service: 'kinesis', operation: 'DescribeStream', times: 2 },
 * ];
 * ```
 */
export type FaultPlan = readonly Fault[];

/**
 * A fault that hit, with when and what it hit.
 *
 * @example
 * ```ts
 * handle.fired[0]; // { index: 0, label: 'fault#0 throttle kinesis PutRecord with LimitExceededException', time, target: 'PutRecord' }
 * ```
 */
export interface FiredFault {
  /** The fault's index in the plan. */
  readonly index: number;
  readonly label: string;
  /** Virtual time (epoch ms). */
  readonly time: number;
  /** The operation, transition kind or key change it hit. */
  readonly target: string;
}

/**
 * An installed plan.
 *
 * @example
 * ```ts
 * const handle: FaultHandle = installFaults(world.model, plan, now);
 * handle.remove();
 * ```
 */
export interface FaultHandle {
  /** Every fault that hit so far, in order. */
  readonly fired: readonly FiredFault[];
  /** Detaches the plan from the world: its interceptors, hooks and key changes not yet due. */
  remove(): void;
}

/**
 * The transitions a transition fault matches when it names none.
 *
 * @example
 * ```ts
 * DEFAULT_FAULT_TRANSITIONS; // ['stream-updating', 'encryption-enabling', 'encryption-disabling']
 * ```
 */
export const DEFAULT_FAULT_TRANSITIONS: readonly string[] = ['stream-updating', 'encryption-enabling', 'encryption-disabling'];

/**
 * Operations on which Kinesis can answer `KMSThrottlingException` (they use the stream's key).
 *
 * @example
 * ```ts
 * KMS_USING_KINESIS_OPERATIONS.includes('PutRecord'); // true
 * ```
 */
export const KMS_USING_KINESIS_OPERATIONS: readonly string[] = KMS_USING_OPERATIONS;

/** The Kinesis operations that read or write a shard, the only ones answering ProvisionedThroughputExceededException. */
const KINESIS_DATA_OPERATIONS: readonly string[] = SHARD_DATA_OPERATIONS;

const SERVICES: readonly Service[] = ['kinesis', 'firehose', 'kms'];
const KEY_CHANGES: readonly KeyChange[] = ['disable', 'enable', 'schedule-deletion', 'revoke-access', 'revoke-grant', 'restore-access'];
const THROTTLE_ERRORS: readonly ThrottleError[] = ['LimitExceededException', 'KMSThrottlingException', 'ThrottlingException', 'ProvisionedThroughputExceededException'];

function bad(path: string, what: string, got: unknown): never {
  throw new TypeError(`[kinesis-sse-harness] ${path} ${what}; got ${JSON.stringify(got)}`);
}

function checkTime(path: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) bad(path, 'must be a number of milliseconds >= 0', value);
}

function checkCount(path: string, f: FaultCount): void {
  if (f.nth !== undefined && !(Number.isInteger(f.nth) && f.nth >= 1)) bad(`${path}.nth`, 'must be a whole number >= 1', f.nth);
  if (f.times !== undefined && f.times !== 'always' && !(Number.isInteger(f.times) && f.times >= 1)) {
    bad(`${path}.times`, "must be a whole number >= 1 or 'always'", f.times);
  }
}

function checkWindow(path: string, f: FaultWindow): void {
  checkTime(`${path}.fromMs`, f.fromMs);
  checkTime(`${path}.untilMs`, f.untilMs);
  if (f.fromMs !== undefined && f.untilMs !== undefined && f.untilMs < f.fromMs) bad(`${path}.untilMs`, `must not be before fromMs (${f.fromMs})`, f.untilMs);
}

function names(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}

function checkNames(path: string, value: unknown): void {
  if (value === undefined) return;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v.length > 0)) {
    bad(path, 'must be a non-empty string or a non-empty list of them', value);
  }
}

/**
 * Throws a `TypeError` naming the first thing wrong with `plan` (a misuse of this library, not an
 * AWS answer).
 *
 * @example
 * ```ts
 * checkFaultPlan([{ kind: 'key', keyId: 'alias/x', change: 'disable', atMs: -1 }]); // throws: faults[0].atMs ...
 * ```
 */
export function checkFaultPlan(plan: unknown): asserts plan is FaultPlan {
  if (!Array.isArray(plan)) bad('faults', 'must be an array of faults', plan);
  plan.forEach((raw: unknown, i) => {
    const path = `faults[${i}]`;
    if (raw === null || typeof raw !== 'object') bad(path, 'must be an object', raw);
    const f = raw as Fault;
    switch (f.kind) {
      case 'throttle':
      case 'internal-failure': {
        if (!SERVICES.includes(f.service)) bad(`${path}.service`, `must be one of ${SERVICES.join(', ')}`, f.service);
        checkNames(`${path}.operation`, f.operation);
        if (f.input !== undefined && (f.input === null || typeof f.input !== 'object' || Array.isArray(f.input))) bad(`${path}.input`, 'must be an object', f.input);
        checkCount(path, f);
        checkWindow(path, f);
        if (f.kind === 'throttle' && f.error !== undefined) {
          if (!THROTTLE_ERRORS.includes(f.error)) bad(`${path}.error`, `must be one of ${THROTTLE_ERRORS.join(', ')}`, f.error);
          if (f.error === 'KMSThrottlingException') {
            if (f.service !== 'kinesis') bad(`${path}.error`, 'KMSThrottlingException is a Kinesis error (use ThrottlingException for KMS)', f.error);
            const ops = names(f.operation);
            const wrong = ops?.find((o) => !KMS_USING_KINESIS_OPERATIONS.includes(o));
            if (wrong !== undefined) {
              bad(`${path}.operation`, `cannot answer KMSThrottlingException; only ${KMS_USING_KINESIS_OPERATIONS.join(', ')} use the key`, wrong);
            }
          }
          if ((f.error === 'LimitExceededException' || f.error === 'ProvisionedThroughputExceededException') && f.service === 'kms') {
            bad(`${path}.error`, 'is not a KMS error (use ThrottlingException)', f.error);
          }
          if (f.error === 'ProvisionedThroughputExceededException') {
            if (f.service !== 'kinesis') bad(`${path}.error`, 'is a Kinesis error', f.error);
            const wrong = names(f.operation)?.find((o) => !KINESIS_DATA_OPERATIONS.includes(o));
            if (wrong !== undefined) bad(`${path}.operation`, `cannot answer ProvisionedThroughputExceededException; only ${KINESIS_DATA_OPERATIONS.join(', ')} read or write shards`, wrong);
          }
          if (f.error === 'ThrottlingException' && f.service === 'kinesis') {
            bad(`${path}.error`, 'is not a Kinesis error (Kinesis throttles with LimitExceededException, ProvisionedThroughputExceededException or KMSThrottlingException)', f.error);
          }
        }
        return;
      }
      case 'key':
        if (typeof f.keyId !== 'string' || f.keyId.length === 0) bad(`${path}.keyId`, 'must be a non-empty KeyId', f.keyId);
        if (!KEY_CHANGES.includes(f.change)) bad(`${path}.change`, `must be one of ${KEY_CHANGES.join(', ')}`, f.change);
        if (typeof f.atMs !== 'number') bad(`${path}.atMs`, 'must be a number of milliseconds >= 0', f.atMs);
        checkTime(`${path}.atMs`, f.atMs);
        if (f.pendingWindowInDays !== undefined && !(typeof f.pendingWindowInDays === 'number' && pendingWindowAllowed(f.pendingWindowInDays))) {
          bad(`${path}.pendingWindowInDays`, 'must be a whole number from 7 to 30', f.pendingWindowInDays);
        }
        return;
      case 'transition-failure':
      case 'slow-transition':
        if (f.service !== undefined && f.service !== 'kinesis' && f.service !== 'firehose') bad(`${path}.service`, "must be 'kinesis' or 'firehose'", f.service);
        checkNames(`${path}.transition`, f.transition);
        if (f.resource !== undefined && (typeof f.resource !== 'string' || f.resource.length === 0)) bad(`${path}.resource`, 'must be a name or an ARN', f.resource);
        checkCount(path, f);
        checkWindow(path, f);
        if (f.kind === 'slow-transition') {
          if (typeof f.extraDelayMs !== 'number') bad(`${path}.extraDelayMs`, 'must be a number of milliseconds >= 0', f.extraDelayMs);
          checkTime(`${path}.extraDelayMs`, f.extraDelayMs);
        } else {
          if (f.failureType !== undefined && (typeof f.failureType !== 'string' || f.failureType.length === 0)) bad(`${path}.failureType`, 'must be a non-empty string', f.failureType);
          if (f.details !== undefined && (typeof f.details !== 'string' || f.details.trim().length === 0 || f.details.length > 1024)) {
            bad(`${path}.details`, 'must be 1 to 1024 characters, not only spaces (FailureDescription.Details)', f.details);
          }
        }
        return;
      default:
        bad(`${path}.kind`, "must be one of 'throttle', 'internal-failure', 'key', 'transition-failure', 'slow-transition'", (f as { kind?: unknown }).kind);
    }
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)}s`;
}

/**
 * A short human-readable description of a fault, as it appears in trace labels and reports.
 *
 * @example
 * ```ts
 * describeFault({ kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 3_000 }); // 'disable key alias/orders at +3.000s'
 * ```
 */
export function describeFault(fault: Fault): string {
  const count = (f: FaultCount): string => {
    const nth = f.nth === undefined || f.nth === 1 ? '' : ` from match #${f.nth}`;
    const times = f.times === undefined || f.times === 1 ? '' : f.times === 'always' ? ' every time' : ` ×${f.times}`;
    return `${nth}${times}`;
  };
  const window = (f: FaultWindow): string =>
    f.fromMs === undefined && f.untilMs === undefined ? '' : ` within [+${seconds(f.fromMs ?? 0)}, ${f.untilMs === undefined ? '∞' : `+${seconds(f.untilMs)}`})`;
  const match = (f: CallMatch & { service: Service }): string => {
    const ops = names(f.operation);
    const input = f.input === undefined ? '' : ` ${JSON.stringify(f.input)}`;
    return `${f.service} ${ops === undefined ? '*' : ops.join('|')}${input}`;
  };
  const transitions = (f: TransitionMatch): string =>
    `${f.service === undefined ? '' : `${f.service} `}${(names(f.transition) ?? DEFAULT_FAULT_TRANSITIONS).join('|')}${f.resource === undefined ? '' : ` of ${f.resource}`}`;
  switch (fault.kind) {
    case 'throttle':
      return `throttle ${match(fault)} with ${fault.error ?? defaultThrottleError(fault.service)}${count(fault)}${window(fault)}`;
    case 'internal-failure':
      return `internal failure on ${match(fault)} (${internalError(fault.service)})${count(fault)}${window(fault)}`;
    case 'key':
      return `${fault.change} key ${fault.keyId} at +${seconds(fault.atMs)}`;
    case 'transition-failure':
      return `fail ${transitions(fault)}${fault.failureType === undefined ? '' : ` (${fault.failureType})`}${count(fault)}${window(fault)}`;
    case 'slow-transition':
      return `slow ${transitions(fault)} by ${seconds(fault.extraDelayMs)}${count(fault)}${window(fault)}`;
  }
}

function defaultThrottleError(service: Service): ThrottleError {
  return service === 'kinesis' ? 'LimitExceededException' : 'ThrottlingException';
}

function internalError(service: Service): string {
  return service === 'kinesis' ? 'InternalFailureException' : service === 'firehose' ? 'ServiceUnavailableException' : 'KMSInternalException';
}

/** The stream or delivery stream a call names, for error messages. */
function resourceName(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const i = input as Record<string, unknown>;
  for (const k of ['StreamName', 'DeliveryStreamName']) if (typeof i[k] === 'string') return i[k];
  if (typeof i['StreamARN'] === 'string') {
    const arn = parseArn(i['StreamARN']);
    if (arn !== undefined) return arn.resource.replace(/^stream\//, '');
  }
  return undefined;
}

function throttleError(world: ModelWorld, service: Service, error: ThrottleError, call: InterceptedCall): ServiceError {
  const name = resourceName(call.input);
  switch (error) {
    case 'LimitExceededException':
      return serviceError(
        service,
        error,
        name === undefined
          ? `Rate exceeded for account ${world.accountId}.`
          : service === 'kinesis'
            ? rateExceededForStream(name, world.accountId)
            : `Rate exceeded for delivery stream ${name} under account ${world.accountId}.`,
      );
    case 'ProvisionedThroughputExceededException':
      return serviceError(service, error, shardRateExceeded('shardId-000000000000', name ?? '', world.accountId));
    case 'KMSThrottlingException':
      // The same text as a key whose `throttled` condition is on.
      return serviceError(service, error, KMS_THROTTLED);
    case 'ThrottlingException':
      return serviceError(service, error, 'Rate exceeded');
  }
}

function internalFailure(service: Service): ServiceError {
  switch (service) {
    case 'kinesis':
      return serviceError('kinesis', 'InternalFailureException', INTERNAL_FAILURE);
    case 'firehose':
      return serviceUnavailable();
    case 'kms':
      return serviceError('kms', 'KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.');
  }
}

/** Counts matches and says whether the current one is hit. */
function counter(f: FaultCount): () => boolean {
  const nth = f.nth ?? 1;
  const times = f.times ?? 1;
  let seen = 0;
  return () => {
    seen++;
    if (seen < nth) return false;
    return times === 'always' || seen < nth + times;
  };
}

function inWindow(f: FaultWindow, start: number, now: number): boolean {
  const t = now - start;
  return t >= (f.fromMs ?? 0) && (f.untilMs === undefined || t < f.untilMs);
}

function matchesCall(f: ThrottleFault | InternalFailureFault, call: InterceptedCall): boolean {
  if (call.service !== f.service) return false;
  const ops =
    names(f.operation) ??
    (f.kind === 'throttle' && f.error === 'KMSThrottlingException'
      ? KMS_USING_KINESIS_OPERATIONS
      : f.kind === 'throttle' && f.error === 'ProvisionedThroughputExceededException'
        ? KINESIS_DATA_OPERATIONS
        : undefined);
  if (ops !== undefined && !ops.includes(call.operation)) return false;
  if (f.input !== undefined) {
    const input = call.input !== null && typeof call.input === 'object' ? (call.input as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(f.input)) if (input[k] !== v) return false;
  }
  return true;
}

function matchesTransition(f: TransitionMatch, request: TransitionRequest): boolean {
  if (f.service !== undefined && f.service !== request.service) return false;
  if (!(names(f.transition) ?? DEFAULT_FAULT_TRANSITIONS).includes(request.kind)) return false;
  if (f.resource !== undefined && f.resource !== request.resource) {
    const arn = parseArn(request.resource);
    const name = arn === undefined ? request.resource : arn.resource.slice(arn.resource.indexOf('/') + 1);
    if (f.resource !== name) return false;
  }
  return true;
}

function defaultFailure(kind: string): { type: string; details: string } {
  return faultFailure(kind) ?? { type: 'UNKNOWN_ERROR', details: 'The operation failed because of an unknown error.' };
}

function keyTrace(world: ModelWorld, key: KmsKey, at: number, detail: string): void {
  appendTrace(world, { kind: 'transition', time: at, service: 'kms', resource: key.arn, property: 'KeyState', from: key.state, to: key.state, detail });
}

/** Applies a key change at `at` through the KMS model's own state changes; returns what happened, for the fired list. */
function applyKeyChange(world: ModelWorld, f: KeyFault, at: number, label: string): string {
  const found = resolveKeyId(world, f.keyId, homeRegion(world, f.keyId), ANY_KEY_ID);
  // A fault on an AWS managed alias acts on the key AWS creates for it: the fault creates it, as a first use would.
  const key = found.found === 'key' ? found.key : found.found === 'aws-managed' ? awsManagedKey(world, found.service, at, found.region) : undefined;
  if (key === undefined) {
    appendTrace(world, { kind: 'transition', time: at, service: 'kms', resource: f.keyId, property: 'KeyState', from: 'none', to: 'none', detail: `${label}: no such key, nothing changed` });
    return `${f.change} (no such key)`;
  }
  const unchanged = (why: string): string => {
    keyTrace(world, key, at, `${label}: ${why}, nothing changed`);
    return `${f.change} (${why})`;
  };
  switch (f.change) {
    case 'disable':
    case 'enable': {
      const violation = keyChangeViolation(key, f.change, 'account');
      if (violation === 'aws-managed') return unchanged('AWS managed keys cannot be enabled or disabled');
      if (violation !== undefined) return unchanged('key is pending deletion');
      setKeyState(world, key, f.change === 'disable' ? 'Disabled' : 'Enabled', at, label);
      return f.change;
    }
    case 'schedule-deletion': {
      const violation = keyChangeViolation(key, 'schedule-deletion', 'account');
      if (violation === 'aws-managed') return unchanged('AWS managed keys cannot be scheduled for deletion');
      if (violation !== undefined) return unchanged('key is already pending deletion');
      scheduleKeyDeletion(world, key, f.pendingWindowInDays ?? DEFAULT_PENDING_WINDOW_IN_DAYS, at, label);
      return f.change;
    }
    case 'revoke-access':
      setKeyCondition(world, key, 'access-denied', true, at, label);
      return f.change;
    case 'revoke-grant':
      setKeyCondition(world, key, 'grant-revoked', true, at, label);
      return f.change;
    case 'restore-access':
      setKeyCondition(world, key, 'access-denied', false, at, label);
      setKeyCondition(world, key, 'grant-revoked', false, at, label);
      return f.change;
  }
}

function removeItem<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
}

/**
 * Attaches a fault plan to a world from virtual time `start` (epoch ms): call faults become
 * interceptors, transition faults become transition hooks, key faults become pending transitions
 * due at `start + atMs`. Throws a `TypeError` when the plan is malformed. Pure: the plan's state
 * (how many matches each fault has seen) lives in the returned handle's closures.
 *
 * Labels in the trace read `fault#<index> <description>`: a call answered by a fault has
 * `CallEntry.fault` set to it; a failed or slowed transition carries it (the services put the
 * plan's label in the transition's detail); a key change appears as a `KeyState` (or
 * `KeyCondition`) transition of the key with the label as detail.
 *
 * @example
 * ```ts
 * const handle = installFaults(world.model, [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 2 }], now);
 * // ... calls ...
 * handle.fired; // [{ index: 0, label: 'fault#0 throttle ...', time, target: 'StartStreamEncryption' }, ...]
 * handle.remove();
 * ```
 */
export function installFaults(world: ModelWorld, plan: FaultPlan, start: number): FaultHandle {
  checkFaultPlan(plan);
  if (!Number.isFinite(start)) throw new TypeError(`[kinesis-sse-harness] the fault plan's start must be a finite time; got ${String(start)}`);
  const fired: FiredFault[] = [];
  const interceptors: Interceptor[] = [];
  const hooks: TransitionHook[] = [];
  const pendings: Pending[] = [];
  plan.forEach((fault, index) => {
    const label = `fault#${index} ${describeFault(fault)}`;
    switch (fault.kind) {
      case 'throttle':
      case 'internal-failure': {
        const hit = counter(fault);
        interceptors.push((w, call) => {
          if (!matchesCall(fault, call) || !inWindow(fault, start, call.now) || !hit()) return undefined;
          fired.push({ index, label, time: call.now, target: call.operation });
          const error = fault.kind === 'throttle' ? throttleError(w, fault.service, fault.error ?? defaultThrottleError(fault.service), call) : internalFailure(fault.service);
          return { error, label };
        });
        return;
      }
      case 'transition-failure':
      case 'slow-transition': {
        const hit = counter(fault);
        hooks.push((_w, request): TransitionPlan | undefined => {
          if (!matchesTransition(fault, request) || !inWindow(fault, start, request.now) || !hit()) return undefined;
          fired.push({ index, label, time: request.now, target: request.kind });
          if (fault.kind === 'slow-transition') return { extraDelayMs: fault.extraDelayMs, label };
          const fallback = defaultFailure(request.kind);
          return {
            failure: {
              type: fault.failureType ?? fallback.type,
              details: fault.details ?? (fault.failureType === undefined ? fallback.details : `The operation failed with ${fault.failureType}.`),
            },
            label,
          };
        });
        return;
      }
      case 'key':
        pendings.push(
          schedule(world.pending, start + fault.atMs, label, (at) => {
            const target = applyKeyChange(world, fault, at, label);
            fired.push({ index, label, time: at, target });
          }),
        );
        return;
    }
  });
  world.interceptors.push(...interceptors);
  world.transitionHooks.push(...hooks);
  let removed = false;
  return {
    fired,
    remove(): void {
      if (removed) return;
      removed = true;
      // By identity: another plan's hooks, or ones the test removed itself, are left alone
      // (splice(indexOf(...)) would drop the last hook of the list when this one is gone already).
      for (const i of interceptors) removeItem(world.interceptors, i);
      for (const h of hooks) removeItem(world.transitionHooks, h);
      for (const p of pendings) p.cancelled = true;
    },
  };
}
