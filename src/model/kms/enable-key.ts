import { defineOperation } from '../operation';
import { ok } from '../result';
import { setKeyState } from './lifecycle';
import { keyToChange } from './rules';
import { KEY_ONLY_INPUT, UNIT } from './shapes';

/**
 * EnableKey: an Enabled or Disabled key becomes Enabled (`{}`); a key pending deletion is
 * `KMSInvalidStateException: <key ARN> is pending deletion.` [DOC: key-state table note 3]; an
 * AWS managed key is `AccessDeniedException` [INF].
 *
 * @example
 * ```ts
 * enableKey.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const enableKey = defineOperation({
  service: 'kms',
  name: 'EnableKey',
  input: KEY_ONLY_INPUT,
  output: UNIT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'LimitExceededException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'EnableKey', 'enable');
    if (!found.ok) return found;
    setKeyState(world, found.value, 'Enabled', ctx.now, 'EnableKey');
    return ok({});
  },
});
