import { fail, ok } from '../result';
import type { LegacyOperation } from '../operation';
import { pendingDeletion } from './errors';
import { managedKey } from './key-state-operation';
import { setKeyState } from './lifecycle';

/**
 * DisableKey: an Enabled or Disabled key becomes Disabled (`{}`); a key pending deletion is
 * `KMSInvalidStateException: <key ARN> is pending deletion.` [DOC: key-state table note 3].
 *
 * @example
 * ```ts
 * disableKey(world, { KeyId: key.arn }, { now, region: 'us-east-1' });
 * ```
 */
export const disableKey: LegacyOperation = (world, rawInput, ctx) => {
  const found = managedKey(world, rawInput, ctx, 'DisableKey');
  if (!found.ok) return found;
  const key = found.value;
  if (key.state === 'PendingDeletion') return fail(pendingDeletion(key.arn));
  setKeyState(world, key, 'Disabled', ctx.now, 'DisableKey');
  return ok({});
};
