import { createGrant, FIREHOSE_GRANT_OPERATIONS, FIREHOSE_PRINCIPAL, grantUsable, retireGrant } from '../kms/grants';
import { keyProblem, resolveKeyForEncryption } from '../kms/keys';
import type { KmsKey } from '../kms/state';
import { schedule } from '../pending';
import { countWithin, record } from '../rolling-window';
import { planTransition } from '../transition-plan';
import { appendTrace, type ModelWorld } from '../world';
import type { FirehoseKmsProblem } from './options';
import type { DeliveryStream, DeliveryStreamEncryptionStatus, DeliveryStreamStatus, FailureDescription, FirehoseKey } from './state';
import type { TransitionProperty } from '../vocabulary';

/*
 * The delivery stream's asynchronous life: every transition is begun here (drawn through
 * planTransition so fault plans reach it) and completed here when it becomes due. Whether an
 * encryption change ends ENABLED or ENABLING_FAILED is decided from the KMS key's state at the
 * moment the transition completes.
 */

/**
 * What each KMS problem becomes: the FailureDescription.Type, the KMS exception, and the Details. [MODEL types; INFERRED mapping and texts]
 *
 * @example
 * ```ts
 * KMS_FAILURES.disabled.type; // 'DISABLED_KMS_KEY'
 * ```
 */
export const KMS_FAILURES: { readonly [P in FirehoseKmsProblem]: { readonly type: string; readonly code: string; details(keyArn: string): string } } = {
  'not-found': { type: 'KMS_KEY_NOT_FOUND', code: 'KMS.NotFoundException', details: (a) => `Key '${a}' does not exist` },
  disabled: { type: 'DISABLED_KMS_KEY', code: 'KMS.DisabledException', details: (a) => `${a} is disabled.` },
  'pending-deletion': { type: 'INVALID_KMS_KEY', code: 'KMS.KMSInvalidStateException', details: (a) => `${a} is pending deletion.` },
  'access-denied': {
    type: 'KMS_ACCESS_DENIED',
    code: 'KMS.AccessDeniedException',
    details: (a) => `Firehose is not authorized to perform kms:CreateGrant on KMS key ${a}.`,
  },
  'opt-in-required': { type: 'KMS_OPT_IN_REQUIRED', code: 'KMS.OptInRequired', details: (a) => `The AWS Access Key Id needs a subscription for the service (KMS key ${a}).` },
  throttled: { type: 'CREATE_KMS_GRANT_FAILED', code: 'KMS.ThrottlingException', details: (a) => `Rate exceeded while creating a grant on KMS key ${a}.` },
  invalid: {
    type: 'INVALID_KMS_KEY',
    code: 'KMS.InvalidKeyUsageException',
    details: (a) => `${a} is not a symmetric encryption customer managed key; Firehose supports only symmetric encryption customer managed keys.`,
  },
};

/**
 * Whether a customer-managed key can be used by Firehose right now, as KMS would answer from the
 * delivery stream's region: the key, or the problem.
 *
 * @example
 * ```ts
 * const c = checkCmk(world, keyArn, now, 'us-east-1');
 * if ('problem' in c) ...
 * ```
 */
export function checkCmk(world: ModelWorld, keyArn: string, now: number, region: string): { readonly key: KmsKey } | { readonly problem: FirehoseKmsProblem } {
  const r = resolveKeyForEncryption(world, keyArn, now, region);
  if ('problem' in r) {
    switch (r.problem) {
      case 'not-found':
      case 'disabled':
      case 'pending-deletion':
      case 'access-denied':
      case 'opt-in-required':
      case 'throttled':
        return { problem: r.problem };
      case 'wrong-key-spec':
        return { problem: 'invalid' };
      case 'grant-revoked':
        // A revoked old grant does not stop Firehose from creating a new one.
        if (r.key === undefined) return { problem: 'not-found' };
        return r.key.manager === 'AWS' ? { problem: 'invalid' } : { key: r.key };
    }
  }
  if (r.key.manager === 'AWS') return { problem: 'invalid' };
  return { key: r.key };
}

/**
 * The FailureDescription a KMS problem with `keyArn` ends in.
 *
 * @example
 * ```ts
 * kmsFailure('disabled', keyArn); // { Type: 'DISABLED_KMS_KEY', Details: '... is disabled.' }
 * ```
 */
export function kmsFailure(problem: FirehoseKmsProblem, keyArn: string): FailureDescription {
  const f = KMS_FAILURES[problem];
  return { Type: f.type, Details: f.details(keyArn) };
}

/**
 * The label of a key in the trace: `AWS_OWNED_CMK`, the CMK's ARN, or `none`.
 *
 * @example
 * ```ts
 * keyLabel({ KeyType: 'AWS_OWNED_CMK' }); // 'AWS_OWNED_CMK'
 * ```
 */
export function keyLabel(key: FirehoseKey | undefined): string {
  if (key === undefined) return 'none';
  return key.KeyARN ?? key.KeyType;
}

/**
 * Whether two keys are the same configuration.
 *
 * @example
 * ```ts
 * sameKey({ KeyType: 'AWS_OWNED_CMK' }, { KeyType: 'AWS_OWNED_CMK' }); // true
 * ```
 */
export function sameKey(a: FirehoseKey | undefined, b: FirehoseKey | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.KeyType === b.KeyType && a.KeyARN === b.KeyARN;
}

function trace(world: ModelWorld, s: DeliveryStream, property: TransitionProperty, from: string, to: string, at: number, detail?: string): void {
  appendTrace(world, {
    kind: 'transition',
    time: at,
    service: 'firehose',
    resource: s.arn,
    property,
    from,
    to,
    ...(detail === undefined ? {} : { detail }),
  });
}

/** The parts of a transition's `detail` that are there (a fault plan's label, a failure, grants), joined. */
function joinDetail(...parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined);
  return present.length === 0 ? undefined : present.join('; ');
}

function failureText(failure: FailureDescription): string {
  return `${failure.Type}: ${failure.Details}`;
}

function setStatus(world: ModelWorld, s: DeliveryStream, to: DeliveryStreamStatus, at: number, detail?: string): void {
  const from = s.status;
  s.status = to;
  if (from !== to) trace(world, s, 'DeliveryStreamStatus', from, to, at, detail);
}

function setEncryption(
  world: ModelWorld,
  s: DeliveryStream,
  to: DeliveryStreamEncryptionStatus,
  key: FirehoseKey | undefined,
  at: number,
  failure?: FailureDescription,
  label?: string,
): void {
  const from = s.encryption?.Status ?? 'none';
  s.encryption = {
    Status: to,
    ...(key === undefined ? {} : { KeyType: key.KeyType }),
    ...(key?.KeyARN === undefined ? {} : { KeyARN: key.KeyARN }),
    ...(failure === undefined ? {} : { FailureDescription: failure }),
  };
  if (from !== to) trace(world, s, 'EncryptionStatus', from, to, at, joinDetail(label, failure === undefined ? undefined : failureText(failure)));
}

function setKeyInEffect(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, at: number, detail?: string): void {
  const from = keyLabel(s.keyInEffect);
  if (key === undefined) delete s.keyInEffect;
  else s.keyInEffect = key;
  const to = keyLabel(key);
  if (from !== to) trace(world, s, 'KeyInEffect', from, to, at, detail);
}

/**
 * Sets the key records are encrypted with from now on (undefined: not encrypted), tracing
 * `RecordEncryption` when the `Encrypted` flag changes.
 *
 * @example
 * ```ts
 * setRecordKey(world, stream, { KeyType: 'AWS_OWNED_CMK' }, now);
 * ```
 */
export function setRecordKey(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, at: number, label?: string): void {
  const from = s.recordKey !== undefined;
  if (key === undefined) delete s.recordKey;
  else s.recordKey = key;
  const to = key !== undefined;
  if (from !== to) trace(world, s, 'RecordEncryption', String(from), String(to), at, joinDetail(keyLabel(key), label));
}

function cancelLag(s: DeliveryStream): void {
  if (s.lag !== undefined) {
    s.lag.cancelled = true;
    delete s.lag;
  }
}

function cancelTransition(s: DeliveryStream): void {
  if (s.transition !== undefined) {
    s.transition.cancelled = true;
    delete s.transition;
  }
}

/** Records start (or stop) being encrypted after the ≤ 5 s lag drawn from the seed. */
function scheduleRecordKey(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, now: number): void {
  cancelLag(s);
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'firehose-encryption-lag', now }, world.firehoseOptions.durations.encryptionLag);
  s.lag = schedule(world.pending, now + plan.delay, `firehose ${s.name} RecordEncryption -> ${String(key !== undefined)}`, (at) => {
    delete s.lag;
    setRecordKey(world, s, key, at, plan.label);
  });
}

function grantFor(world: ModelWorld, s: DeliveryStream, key: KmsKey, at: number): string {
  return createGrant(
    world,
    key,
    { holder: s.arn, granteePrincipal: FIREHOSE_PRINCIPAL, retiringPrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS },
    at,
  ).grantId;
}

function planFailure(failure: { readonly type: string; readonly details: string } | undefined): FailureDescription | undefined {
  return failure === undefined ? undefined : { Type: failure.type, Details: failure.details };
}

/**
 * Begins CREATING → ACTIVE for a stream just added to the world; `s.target` is the key it was
 * created with, if any.
 *
 * @example
 * ```ts
 * beginCreate(world, stream, now);
 * ```
 */
export function beginCreate(world: ModelWorld, s: DeliveryStream, now: number): void {
  trace(world, s, 'DeliveryStreamStatus', 'none', 'CREATING', now);
  if (s.encryption !== undefined) trace(world, s, 'EncryptionStatus', 'none', s.encryption.Status, now);
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'delivery-stream-creating', now }, world.firehoseOptions.durations.creating);
  s.transition = schedule(world.pending, now + plan.delay, `firehose ${s.name} CREATING -> ACTIVE`, (at) => {
    delete s.transition;
    let failure = planFailure(plan.failure);
    let key: KmsKey | undefined;
    const target = s.target;
    if (failure === undefined && target?.KeyARN !== undefined) {
      const c = checkCmk(world, target.KeyARN, at, s.region);
      if ('problem' in c) failure = kmsFailure(c.problem, target.KeyARN);
      else key = c.key;
    }
    delete s.target;
    if (failure !== undefined) {
      s.failure = failure;
      setStatus(world, s, 'CREATING_FAILED', at, joinDetail(plan.label, failureText(failure)));
      if (target !== undefined) setEncryption(world, s, 'ENABLING_FAILED', target, at, failure);
      return;
    }
    setStatus(world, s, 'ACTIVE', at, plan.label);
    if (target !== undefined) {
      if (key !== undefined) s.grantId = grantFor(world, s, key, at);
      setEncryption(world, s, 'ENABLED', target, at);
      setKeyInEffect(world, s, target, at, s.grantId === undefined ? undefined : `grant ${s.grantId} created`);
      setRecordKey(world, s, target, at);
    }
  });
}

/**
 * Begins ENABLING → ENABLED (or ENABLING_FAILED) towards `key`.
 *
 * @example
 * ```ts
 * beginEnable(world, stream, { KeyType: 'AWS_OWNED_CMK' }, now);
 * ```
 */
export function beginEnable(world: ModelWorld, s: DeliveryStream, key: FirehoseKey, now: number): void {
  s.target = key;
  setEncryption(world, s, 'ENABLING', key, now);
  if (world.firehoseOptions.behaviour.recordsWhileChangingKey === 'unencrypted' || s.keyInEffect === undefined) {
    cancelLag(s);
    setRecordKey(world, s, undefined, now);
  }
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'encryption-enabling', now }, world.firehoseOptions.durations.enabling);
  s.transition = schedule(world.pending, now + plan.delay, `firehose ${s.name} ENABLING -> ENABLED`, (at) => {
    delete s.transition;
    delete s.target;
    let failure = planFailure(plan.failure);
    let kmsKey: KmsKey | undefined;
    if (failure === undefined && key.KeyARN !== undefined) {
      const c = checkCmk(world, key.KeyARN, at, s.region);
      if ('problem' in c) failure = kmsFailure(c.problem, key.KeyARN);
      else kmsKey = c.key;
    }
    if (failure !== undefined) {
      const previous = s.keyInEffect;
      const reported = previous !== undefined && world.firehoseOptions.behaviour.reportAfterFailedKeyChange === 'previous' ? previous : key;
      setEncryption(world, s, 'ENABLING_FAILED', reported, at, failure, plan.label);
      // "encryption remains enabled with the old CMK" [MODEL]
      if (previous !== undefined) {
        cancelLag(s);
        setRecordKey(world, s, previous, at);
      }
      return;
    }
    const oldGrant = s.grantId;
    const grants: string[] = [];
    if (kmsKey !== undefined) {
      s.grantId = grantFor(world, s, kmsKey, at);
      grants.push(`grant ${s.grantId} created`);
    } else delete s.grantId;
    if (oldGrant !== undefined) {
      const r = retireGrant(world, oldGrant);
      grants.push(r.ok ? `grant ${oldGrant} retired` : `grant ${oldGrant} not retired: ${r.reason}`);
    }
    setEncryption(world, s, 'ENABLED', key, at, undefined, plan.label);
    setKeyInEffect(world, s, key, at, joinDetail(...grants));
    scheduleRecordKey(world, s, key, at);
  });
}

/**
 * Begins DISABLING → DISABLED (or DISABLING_FAILED).
 *
 * @example
 * ```ts
 * beginDisable(world, stream, now);
 * ```
 */
export function beginDisable(world: ModelWorld, s: DeliveryStream, now: number): void {
  const current = s.keyInEffect ?? (s.encryption?.KeyType === undefined ? undefined : { KeyType: s.encryption.KeyType, ...(s.encryption.KeyARN === undefined ? {} : { KeyARN: s.encryption.KeyARN }) });
  setEncryption(world, s, 'DISABLING', current, now);
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'encryption-disabling', now }, world.firehoseOptions.durations.disabling);
  s.transition = schedule(world.pending, now + plan.delay, `firehose ${s.name} DISABLING -> DISABLED`, (at) => {
    delete s.transition;
    let failure = planFailure(plan.failure);
    let detail: string | undefined;
    if (failure === undefined && s.grantId !== undefined) {
      const r = retireGrant(world, s.grantId);
      if (!r.ok) failure = { Type: 'RETIRE_KMS_GRANT_FAILED', Details: r.reason };
      else {
        detail = `grant ${s.grantId} retired`;
        delete s.grantId;
      }
    }
    if (failure !== undefined) {
      setEncryption(world, s, 'DISABLING_FAILED', current, at, failure, plan.label);
      return;
    }
    setEncryption(world, s, 'DISABLED', world.firehoseOptions.behaviour.keepKeyAfterStop ? current : undefined, at, undefined, plan.label);
    setKeyInEffect(world, s, undefined, at, detail);
    scheduleRecordKey(world, s, undefined, at);
  });
}

/**
 * Begins DELETING → gone (or DELETING_FAILED when the CMK grant cannot be retired and
 * `force` is false).
 *
 * @example
 * ```ts
 * beginDelete(world, stream, false, now);
 * ```
 */
export function beginDelete(world: ModelWorld, s: DeliveryStream, force: boolean, now: number): void {
  cancelTransition(s);
  delete s.target;
  delete s.failure;
  s.forceDelete = force;
  setStatus(world, s, 'DELETING', now);
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'delivery-stream-deleting', now }, world.firehoseOptions.durations.deleting);
  s.transition = schedule(world.pending, now + plan.delay, `firehose ${s.name} DELETING -> gone`, (at) => {
    delete s.transition;
    let failure = planFailure(plan.failure);
    if (failure !== undefined && s.forceDelete === true && failure.Type === 'RETIRE_KMS_GRANT_FAILED') failure = undefined;
    let detail: string | undefined;
    if (failure === undefined && s.grantId !== undefined) {
      const r = retireGrant(world, s.grantId);
      if (r.ok) detail = `grant ${s.grantId} retired`;
      else if (s.forceDelete === true) detail = `grant ${s.grantId} left in place (AllowForceDelete): ${r.reason}`;
      else failure = { Type: 'RETIRE_KMS_GRANT_FAILED', Details: r.reason };
    }
    if (failure !== undefined) {
      s.failure = failure;
      setStatus(world, s, 'DELETING_FAILED', at, joinDetail(plan.label, failureText(failure)));
      return;
    }
    cancelLag(s);
    delete s.grantId;
    world.firehose.deliveryStreams.delete(s.arn);
    world.firehose.startStop.events.delete(s.arn);
    setKeyInEffect(world, s, undefined, at, detail);
    trace(world, s, 'DeliveryStreamStatus', 'DELETING', 'none', at, plan.label);
  });
}

/**
 * Applies a stream's pending transition now instead of when it is due (test setup through the
 * world view).
 *
 * @example
 * ```ts
 * completeNow(stream, now);
 * ```
 */
export function completeNow(s: DeliveryStream, now: number): void {
  const pending = s.transition;
  if (pending === undefined) return;
  pending.cancelled = true;
  pending.apply(now);
}

/**
 * Whether a delivery stream counts as one of the (at most 500) streams a CMK encrypts: it is not
 * being deleted or stopped, and the key is in effect or being enabled.
 *
 * @example
 * ```ts
 * usesKey(stream, keyArn);
 * ```
 */
export function usesKey(s: DeliveryStream, keyArn: string): boolean {
  if (s.status === 'DELETING' || s.status === 'DELETING_FAILED') return false;
  const status = s.encryption?.Status;
  if (status === 'DISABLING' || status === 'DISABLED') return false;
  return s.target?.KeyARN === keyArn || s.keyInEffect?.KeyARN === keyArn;
}

/**
 * How many delivery streams other than `exceptArn` use the CMK `keyArn`.
 *
 * @example
 * ```ts
 * streamsUsingKey(world, keyArn, arn);
 * ```
 */
export function streamsUsingKey(world: ModelWorld, keyArn: string, exceptArn?: string): number {
  let n = 0;
  for (const s of world.firehose.deliveryStreams.values()) if (s.arn !== exceptArn && usesKey(s, keyArn)) n++;
  return n;
}

/**
 * Start+Stop calls of a stream in the rolling 24 hours ending at `now`.
 *
 * @example
 * ```ts
 * startStopUsed(world, arn, now);
 * ```
 */
export function startStopUsed(world: ModelWorld, arn: string, now: number): number {
  return countWithin(world.firehose.startStop, arn, now);
}

/**
 * Counts one Start or Stop call of a stream.
 *
 * @example
 * ```ts
 * countStartStop(world, arn, now);
 * ```
 */
export function countStartStop(world: ModelWorld, arn: string, now: number): void {
  record(world.firehose.startStop, arn, now);
}

/**
 * Why records written to the stream now cannot be encrypted with the key in effect, or
 * `undefined`: the CMK is gone, disabled, pending deletion, denied or not opted in, or the
 * stream's grant on it was revoked. KMS throttling does not fail a record. [AWS-REAL K-1]
 *
 * @example
 * ```ts
 * recordKeyProblem(world, stream); // e.g. 'KMS.DisabledException'
 * ```
 */
export function recordKeyProblem(world: ModelWorld, s: DeliveryStream): string | undefined {
  const keyArn = s.recordKey?.KeyARN;
  if (keyArn === undefined) return undefined;
  const key = world.kms.keys.get(keyArn);
  if (key === undefined) return KMS_FAILURES['not-found'].code;
  const problem = keyProblem(key);
  if (problem !== undefined && problem !== 'throttled' && problem !== 'wrong-key-spec' && problem !== 'grant-revoked') {
    return KMS_FAILURES[problem].code;
  }
  if (key.conditions.has('grant-revoked')) return KMS_FAILURES['access-denied'].code;
  if (s.grantId !== undefined && !grantUsable(world, s.grantId)) return KMS_FAILURES['access-denied'].code;
  return undefined;
}
