import { createGrant, FIREHOSE_GRANT_OPERATIONS, FIREHOSE_PRINCIPAL, grantUsable } from '../kms/grants';
import { ANY_KEY_ID, keyProblem, resolveKeyId } from '../kms/keys';
import type { KmsKey } from '../kms/state';
import type { ModelWorld } from '../world';
import { KMS_FAILURES } from './messages';
import type { FirehoseKmsProblem } from './options';
import type { DeliveryStream, FailureDescription, FirehoseKey } from './state';

/*
 * The key in effect and its grants: whether a customer-managed key can be used, what a KMS
 * problem ends in, the grant a stream holds, and whether records can be encrypted right now.
 */

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
export function checkCmk(world: ModelWorld, keyArn: string, _now: number, region: string): { readonly key: KmsKey } | { readonly problem: FirehoseKmsProblem } {
  const r = resolveKeyId(world, keyArn, region, ANY_KEY_ID);
  // An AWS managed key (created or not) is not a customer managed key; looking does not create it.
  if (r.found === 'aws-managed') return { problem: 'invalid' };
  if (r.found === 'none') return { problem: 'not-found' };
  const problem = keyProblem(r.key, 'firehose');
  if (problem !== undefined) {
    switch (problem) {
      case 'not-found':
      case 'disabled':
      case 'pending-deletion':
      case 'access-denied':
      case 'opt-in-required':
      case 'throttled':
        return { problem };
      case 'wrong-key-spec':
        return { problem: 'invalid' };
      case 'grant-revoked':
        // A revoked old grant does not stop Firehose from creating a new one.
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

/**
 * Creates the grant a delivery stream holds on its CMK (Firehose as grantee and retiring
 * principal) and returns its id.
 *
 * @example
 * ```ts
 * stream.grantId = grantFor(world, stream, kmsKey, at);
 * ```
 */
export function grantFor(world: ModelWorld, s: DeliveryStream, key: KmsKey, at: number): string {
  return createGrant(
    world,
    key,
    { holder: s.arn, granteePrincipal: FIREHOSE_PRINCIPAL, retiringPrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS },
    at,
  ).grantId;
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
  const problem = keyProblem(key, 'firehose');
  if (problem !== undefined && problem !== 'throttled' && problem !== 'wrong-key-spec' && problem !== 'grant-revoked') {
    return KMS_FAILURES[problem].code;
  }
  if (key.conditions.has('grant-revoked')) return KMS_FAILURES['access-denied'].code;
  if (s.grantId !== undefined && !grantUsable(world, s.grantId)) return KMS_FAILURES['access-denied'].code;
  return undefined;
}
