import { defineOperation } from '../operation';
import { ok } from '../result';
import { keyToChange } from './rules';
import { KEY_ONLY_INPUT, KEY_ROTATION_ERRORS, UNIT } from './shapes';

/**
 * DisableKeyRotation: turns automatic rotation of a symmetric encryption key off (repeating it is a
 * no-op). The same rules as EnableKeyRotation: key id or key ARN of the own account, symmetric
 * only (`UnsupportedOperationException`), not Disabled (`DisabledException`), not pending deletion
 * (`KMSInvalidStateException`), not AWS managed (`AccessDeniedException` [INF]). Answers `{}`.
 *
 * @example
 * ```ts
 * disableKeyRotation.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const disableKeyRotation = defineOperation({
  service: 'kms',
  name: 'DisableKeyRotation',
  input: KEY_ONLY_INPUT,
  output: UNIT,
  errors: KEY_ROTATION_ERRORS,
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'DisableKeyRotation', 'rotation');
    if (!found.ok) return found;
    delete found.value.rotation;
    return ok({});
  },
});
