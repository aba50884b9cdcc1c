import type { CallContext } from '../context';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import type { ModelWorld } from '../world';
import { formatArn } from '../arn';
import { ANY_KEY_ID, resolveKeyId, VALID_USAGES } from './keys';
import { policyAllowsAccount } from './policy';
import { awsManagedKeyDenied, invalidKeyId, keyDisabled, keyUsageNotValid, notPendingDeletion, pendingDeletion, rotationNotSupported } from './messages';
import type { KeySpec, KeyUsage, KmsKey } from './state';

// KMS's rules (preconditions, limits, state checks), each written once. The operations answer a
// broken rule with KMS's exception; the world's setup view (src/world/kms.ts) throws a TypeError
// naming it; a fault plan (faults.ts) leaves the key as it is and says why in the trace. All three
// ask the functions here, so a rule cannot differ between them.

/**
 * A change to a key that KMS allows only in some states: EnableKey, DisableKey,
 * ScheduleKeyDeletion, CancelKeyDeletion, naming the key as an alias's target (CreateAlias,
 * UpdateAlias), turning automatic rotation on or off (`rotation`), tagging or untagging (`tag`) and
 * putting its key policy (`policy`, allowed in every state [DOC: key-state table]).
 *
 * @example
 * ```ts
 * const c: KeyStateChange = 'schedule-deletion';
 * ```
 */
export type KeyStateChange = 'enable' | 'disable' | 'schedule-deletion' | 'cancel-deletion' | 'alias' | 'rotation' | 'tag' | 'policy';

/**
 * Why KMS refuses a {@link KeyStateChange}:
 *
 * - `aws-managed`: the key is AWS managed; its key policy lets no one in the account manage it
 *   [DOC], which KMS answers as AccessDeniedException [INF];
 * - `pending-deletion`: the key is pending deletion (key-state table note 3 [DOC]);
 * - `not-pending-deletion`: CancelKeyDeletion of a key that is not (note 4 [DOC]);
 * - `disabled`: a rotation change on a Disabled key (note 1 [DOC]; REAL for RotateKeyOnDemand);
 * - `not-symmetric`: a rotation change on a key that is not a symmetric encryption key (note 7 [DOC]).
 *
 * @example
 * ```ts
 * const v: KeyRuleViolation = 'pending-deletion';
 * ```
 */
export type KeyRuleViolation = 'aws-managed' | 'pending-deletion' | 'not-pending-deletion' | 'disabled' | 'not-symmetric';

/**
 * Who asks for a key change: `account` is the account's caller (the KMS operations, and fault
 * plans, which stand for someone in the account changing the key); `setup` is the test setting up
 * the world (`world.kms`), which is not bound by the AWS managed key's key policy.
 *
 * @example
 * ```ts
 * keyChangeViolation(key, 'disable', 'setup');
 * ```
 */
export type KeyChangeActor = 'account' | 'setup';

/**
 * The rule of KMS's key-state table for a change to `key`, in the order KMS checks it (permission
 * before state): the violation, or `undefined` when KMS allows it.
 *
 * @example
 * ```ts
 * keyChangeViolation(key, 'enable', 'account'); // 'pending-deletion' while the key is pending deletion
 * ```
 */
export function keyChangeViolation(key: KmsKey, change: KeyStateChange, actor: KeyChangeActor): KeyRuleViolation | undefined {
  if (actor === 'account' && key.manager === 'AWS') return 'aws-managed';
  if (change === 'policy') return undefined;
  if (change === 'cancel-deletion') return key.state === 'PendingDeletion' ? undefined : 'not-pending-deletion';
  if (change === 'rotation') {
    // Note 7 before notes 1 and 3: "[1] or [7]", "[3] or [7]" by the key's type [DOC].
    if (key.spec !== 'SYMMETRIC_DEFAULT') return 'not-symmetric';
    if (key.state === 'Disabled') return 'disabled';
  }
  return key.state === 'PendingDeletion' ? 'pending-deletion' : undefined;
}

/**
 * KMS's exception for a {@link KeyRuleViolation} of `operation` on `key`.
 *
 * @example
 * ```ts
 * violationError(world, 'pending-deletion', key, 'EnableKey').message; // '<key ARN> is pending deletion.'
 * ```
 */
export function violationError(world: ModelWorld, violation: KeyRuleViolation, key: KmsKey, operation: string): ServiceError {
  switch (violation) {
    case 'aws-managed':
      return awsManagedKeyDenied(world.accountId, operation, key.arn);
    case 'pending-deletion':
      return pendingDeletion(key.arn);
    case 'not-pending-deletion':
      return notPendingDeletion(key.arn);
    case 'disabled':
      return keyDisabled(key.arn);
    case 'not-symmetric':
      return rotationNotSupported();
  }
}

/**
 * The key a key-management operation (EnableKey, DisableKey, ScheduleKeyDeletion,
 * CancelKeyDeletion, CreateAlias's target) acts on: named by key id or key ARN in the caller's
 * account and region ("Cross-account use: No" [DOC]), and allowed to make `change` (see
 * {@link keyChangeViolation}); else KMS's exception.
 *
 * @example
 * ```ts
 * const r = keyToChange(world, input.KeyId, ctx, 'EnableKey', 'enable');
 * ```
 */
export function keyToChange(world: ModelWorld, keyId: string, ctx: CallContext, operation: string, change: KeyStateChange): Result<KmsKey, ServiceError> {
  const found = resolveKeyId(world, keyId, ctx.region, { aliases: false, crossAccount: false });
  // Without aliases accepted, no KeyId resolves to an AWS managed key not created yet.
  if (found.found === 'aws-managed') return fail(invalidKeyId(keyId));
  if (found.found === 'none') return fail(found.error);
  const violation = keyChangeViolation(found.key, change, 'account');
  return violation === undefined ? ok(found.key) : fail(violationError(world, violation, found.key, operation));
}

/**
 * The waiting period when ScheduleKeyDeletion gives none [DOC].
 *
 * @example
 * ```ts
 * DEFAULT_PENDING_WINDOW_IN_DAYS; // 30
 * ```
 */
export const DEFAULT_PENDING_WINDOW_IN_DAYS = 30;

/**
 * Whether KMS accepts a deletion waiting period: a whole number of days from 7 to 30 [DOC, REAL].
 *
 * @example
 * ```ts
 * pendingWindowAllowed(6); // false
 * ```
 */
export function pendingWindowAllowed(days: number): boolean {
  return Number.isInteger(days) && days >= 7 && days <= 30;
}

/**
 * Why KMS refuses a new alias's name, in the order CreateAlias checks it (after the model's
 * constraints): no `alias/` prefix [REAL], the reserved `alias/aws/` prefix [DOC], a `:` [PEER moto].
 *
 * @example
 * ```ts
 * aliasNameViolation('alias/aws/mine'); // 'reserved'
 * ```
 */
export function aliasNameViolation(aliasName: string): 'no-prefix' | 'reserved' | 'invalid-characters' | undefined {
  if (!aliasName.startsWith('alias/')) return 'no-prefix';
  if (aliasName.startsWith('alias/aws/')) return 'reserved';
  if (aliasName.includes(':')) return 'invalid-characters';
  return undefined;
}

/**
 * Whether an alias of that ARN exists (alias names are unique per account and region [DOC]).
 *
 * @example
 * ```ts
 * aliasTaken(world, 'arn:aws:kms:us-east-1:123456789012:alias/orders');
 * ```
 */
export function aliasTaken(world: ModelWorld, aliasArn: string): boolean {
  return world.kms.aliases.has(aliasArn);
}

/**
 * Whether KMS accepts `usage` for a key of `spec` [DOC: CreateKey API reference, KeyUsage].
 *
 * @example
 * ```ts
 * usageAllowed('HMAC_256', 'ENCRYPT_DECRYPT'); // false
 * ```
 */
export function usageAllowed(spec: KeySpec, usage: KeyUsage): boolean {
  return VALID_USAGES[spec].includes(usage);
}

/**
 * The key a cryptographic operation (GenerateDataKey, Encrypt, Decrypt) uses: named by any of the
 * five KeyId forms, of any account ("Cross-account use: Yes" [DOC]); else KMS's exception, checked
 * in this order: the key (NotFoundException); permission (`AccessDeniedException`: an AWS managed
 * key, usable only through its service [DOC: its key policy's kms:ViaService]; the `access-denied`
 * condition; a key policy that does not let the caller's account call `kms:<operation>`, which for
 * another account's key means one that names that account [DOC: cross-account use needs the key
 * policy]); the key's state (`DisabledException: <ARN> is disabled.` [DOC note 1; REAL],
 * `KMSInvalidStateException: <ARN> is pending deletion.` [REAL: LocalStack
 * `test_cant_use_disabled_or_deleted_keys`, AWS-validated]); its usage (`InvalidKeyUsageException`
 * [REAL text]).
 *
 * @example
 * ```ts
 * const r = keyForCrypto(world, 'alias/orders', ctx, 'GenerateDataKey');
 * ```
 */
export function keyForCrypto(world: ModelWorld, keyId: string, ctx: CallContext, operation: string): Result<KmsKey, ServiceError> {
  const found = resolveKeyId(world, keyId, ctx.region, ANY_KEY_ID);
  if (found.found === 'aws-managed') {
    const aliasArn = formatArn('kms', found.region, world.accountId, `alias/aws/${found.service}`);
    return fail(awsManagedKeyDenied(world.accountId, operation, aliasArn));
  }
  if (found.found === 'none') return fail(found.error);
  const key = found.key;
  const denied =
    key.manager === 'AWS' ||
    key.conditions.has('access-denied') ||
    ((key.policy !== undefined || key.account !== world.accountId) && !policyAllowsAccount(key, world.accountId, `kms:${operation}`));
  if (denied) return fail(awsManagedKeyDenied(world.accountId, operation, key.arn));
  if (key.state === 'Disabled') return fail(keyDisabled(key.arn));
  if (key.state === 'PendingDeletion') return fail(pendingDeletion(key.arn));
  if (key.usage !== 'ENCRYPT_DECRYPT') return fail(keyUsageNotValid(key.arn, key.usage, operation));
  return ok(key);
}
