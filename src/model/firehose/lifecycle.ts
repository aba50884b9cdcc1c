import { retireGrant } from '../kms/grants';
import type { KmsKey } from '../kms/state';
import { schedule } from '../pending';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import { checkCmk, grantFor, kmsFailure } from './keys';
import type { DeliveryStream } from './state';
import { cancelLag, cancelTransition, failureText, joinDetail, planFailure, setEncryption, setKeyInEffect, setRecordKey, setStatus, traceTransition } from './transitions';

/*
 * The delivery stream's own life: CREATING → ACTIVE (or CREATING_FAILED) and DELETING → gone (or
 * DELETING_FAILED), begun here through planTransition so fault plans reach them.
 */

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
  traceTransition(world, s, 'DeliveryStreamStatus', 'none', 'CREATING', now);
  if (s.encryption !== undefined) traceTransition(world, s, 'EncryptionStatus', 'none', s.encryption.Status, now);
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
    traceTransition(world, s, 'DeliveryStreamStatus', 'DELETING', 'none', at, plan.label);
  });
}

