import { noteKeys } from './stream-index';
import { retireGrant } from '../kms/grants';
import type { KmsKey } from '../kms/state';
import { schedule } from '../pending';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import { checkCmk, grantFor, kmsFailure } from './keys';
import type { DeliveryStream, FirehoseKey } from './state';
import { cancelLag, joinDetail, planFailure, setEncryption, setKeyInEffect, setRecordKey } from './transitions';

/*
 * Encryption start and stop: ENABLING and DISABLING are begun here (drawn through planTransition
 * so fault plans reach them) and completed when due. Whether an encryption change ends ENABLED or
 * ENABLING_FAILED is decided from the KMS key's state at the moment the transition completes.
 */

/** Records start (or stop) being encrypted after the ≤ 5 s lag drawn from the seed. */
function scheduleRecordKey(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, now: number): void {
  cancelLag(s);
  const plan = planTransition(world, { service: 'firehose', resource: s.arn, kind: 'firehose-encryption-lag', now }, world.firehoseOptions.durations.encryptionLag);
  s.lag = schedule(world.pending, now + plan.delay, `firehose ${s.name} RecordEncryption -> ${String(key !== undefined)}`, (at) => {
    delete s.lag;
    setRecordKey(world, s, key, at, plan.label);
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
  noteKeys(world.firehose.deliveryStreams, s);
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

