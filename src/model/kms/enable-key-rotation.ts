import { defineOperation } from '../operation';
import { ok } from '../result';
import { structure } from '../shape';
import { DEFAULT_ROTATION_PERIOD_IN_DAYS } from './rotation';
import { keyToChange } from './rules';
import { KEY_ID, KEY_ROTATION_ERRORS, UNIT } from './shapes';

/** The input of EnableKeyRotation: RotationPeriodInDays 90–2560 [MODEL]. */
const INPUT = structure({ KeyId: KEY_ID, RotationPeriodInDays: { type: 'integer', min: 90, max: 2560 } });

/**
 * EnableKeyRotation: turns on automatic rotation of a symmetric encryption key's material, every
 * `RotationPeriodInDays` (90–2560, default 365 [DOC]) from now; on a key that rotates already, it
 * sets the new period from now [DOC: "modify the rotation period"]. Key id or key ARN, own account
 * only [DOC]. A key that is not symmetric is `UnsupportedOperationException` (no message [REAL for
 * RotateKeyOnDemand]); a Disabled key `DisabledException: <ARN> is disabled.`; a key pending deletion
 * `KMSInvalidStateException` [DOC: key-state notes 7, 1, 3]; an AWS managed key, whose rotation
 * cannot be changed [DOC], `AccessDeniedException` [INF, as EnableKey]. Answers `{}`.
 *
 * @example
 * ```ts
 * enableKeyRotation.run(world, { KeyId: key.keyId, RotationPeriodInDays: 90 }, { now, region: 'us-east-1' });
 * ```
 */
export const enableKeyRotation = defineOperation({
  service: 'kms',
  name: 'EnableKeyRotation',
  input: INPUT,
  output: UNIT,
  errors: KEY_ROTATION_ERRORS,
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'EnableKeyRotation', 'rotation');
    if (!found.ok) return found;
    found.value.rotation = { periodInDays: input.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_IN_DAYS, since: ctx.now };
    return ok({});
  },
});
