import { defineOperation } from '../operation';
import { ok } from '../result';
import { setKeyState } from './lifecycle';
import { keyToChange } from './rules';
import { KEY_ONLY_INPUT, UNIT } from './shapes';

/**
 * DisableKey: an Enabled or Disabled key becomes Disabled (`{}`); a key pending deletion is
 * `KMSInvalidStateException: <key ARN> is pending deletion.` [DOC: key-state table note 3]; an
 * AWS managed key is `AccessDeniedException` [INF].
 *
 * @example
 * ```ts
 * disableKey.run(world, { KeyId: key.arn }, { now, region: 'us-east-1' });
 * ```
 */
export const disableKey = defineOperation({
  service: 'kms',
  name: 'DisableKey',
  input: KEY_ONLY_INPUT,
  output: UNIT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'DisableKey', 'disable');
    if (!found.ok) return found;
    setKeyState(world, found.value, 'Disabled', ctx.now, 'DisableKey');
    return ok({});
  },
});
