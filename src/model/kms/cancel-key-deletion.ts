import { fail, ok } from '../result';
import type { LegacyOperation } from '../operation';
import { notPendingDeletion } from './errors';
import { managedKey } from './key-state-operation';
import { cancelKeyDeletion as cancel } from './lifecycle';

/**
 * CancelKeyDeletion: a key pending deletion becomes Disabled, as KMS leaves it [DOC], and its
 * deletion is cancelled; answers `{ KeyId: <key ARN> }` [DOC]. Any other key is
 * `KMSInvalidStateException: <key ARN> is not pending deletion.` [DOC: key-state table note 4].
 *
 * @example
 * ```ts
 * cancelKeyDeletion(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const cancelKeyDeletion: LegacyOperation = (world, rawInput, ctx) => {
  const found = managedKey(world, rawInput, ctx, 'CancelKeyDeletion');
  if (!found.ok) return found;
  const key = found.value;
  if (key.state !== 'PendingDeletion') return fail(notPendingDeletion(key.arn));
  cancel(world, key, ctx.now, 'CancelKeyDeletion');
  return ok({ KeyId: key.arn });
};
