import { fail, ok } from '../result';
import type { LegacyOperation } from '../operation';
import { pendingDeletion } from './errors';
import { managedKey } from './key-state-operation';
import { setKeyState } from './lifecycle';

/**
 * EnableKey: an Enabled or Disabled key becomes Enabled (`{}`); a key pending deletion is
 * `KMSInvalidStateException: <key ARN> is pending deletion.` [DOC: key-state table note 3].
 *
 * @example
 * ```ts
 * enableKey(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const enableKey: LegacyOperation = (world, rawInput, ctx) => {
  const found = managedKey(world, rawInput, ctx, 'EnableKey');
  if (!found.ok) return found;
  const key = found.value;
  if (key.state === 'PendingDeletion') return fail(pendingDeletion(key.arn));
  setKeyState(world, key, 'Enabled', ctx.now, 'EnableKey');
  return ok({});
};
