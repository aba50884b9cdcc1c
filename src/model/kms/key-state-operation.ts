import type { ServiceError } from '../errors';
import type { CallContext } from '../context';
import { fail, ok, type Result } from '../result';
import { validateInput, type Members } from '../validate';
import type { ModelWorld } from '../world';
import { awsManagedKeyDenied } from './errors';
import { locateKey } from './keys';
import { KEY_ID } from './shapes';
import type { KmsKey } from './state';

const KEY_ONLY: Members = { KeyId: KEY_ID };

/**
 * The first steps every key-management operation shares (EnableKey, DisableKey,
 * ScheduleKeyDeletion, CancelKeyDeletion): validate, then find the key by key id or key ARN in the
 * caller's account and region ("Cross-account use: No" [DOC]); an AWS managed key cannot be
 * managed by its account [DOC], which the world answers as an `AccessDeniedException` [INF].
 *
 * @example
 * ```ts
 * const r = managedKey(world, input, ctx, 'EnableKey');
 * ```
 */
export function managedKey(
  world: ModelWorld,
  rawInput: unknown,
  ctx: CallContext,
  operation: string,
  members: Members = KEY_ONLY,
): Result<KmsKey, ServiceError> {
  const invalid = validateInput('kms', rawInput, members);
  if (invalid !== undefined) return fail(invalid);
  return checkKey(world, (rawInput as { readonly KeyId: string }).KeyId, ctx, operation);
}

/**
 * Finds a key for a key-management operation after validation (see {@link managedKey}).
 *
 * @example
 * ```ts
 * const r = checkKey(world, 'arn:aws:kms:…:key/…', ctx, 'ScheduleKeyDeletion');
 * ```
 */
export function checkKey(world: ModelWorld, keyId: string, ctx: CallContext, operation: string): Result<KmsKey, ServiceError> {
  const found = locateKey(world, keyId, ctx.now, ctx.region, { aliases: false, crossAccount: false });
  if (!found.ok) return found;
  if (found.value.manager === 'AWS') return fail(awsManagedKeyDenied(world.accountId, operation, found.value.arn));
  return ok(found.value);
}
