import { defineOperation } from '../operation';
import { structure } from '../shape';
import { ok } from '../result';
import { cancelKeyDeletion as cancel } from './lifecycle';
import { keyToChange } from './rules';
import { KEY_ONLY_INPUT } from './shapes';

/** The output of CancelKeyDeletion: the key ARN. */
const OUTPUT = structure({ KeyId: { type: 'string' } });

/**
 * CancelKeyDeletion: a key pending deletion becomes Disabled, as KMS leaves it [DOC], and its
 * deletion is cancelled; answers `{ KeyId: <key ARN> }` [DOC]. Any other key is
 * `KMSInvalidStateException: <key ARN> is not pending deletion.` [DOC: key-state table note 4].
 *
 * @example
 * ```ts
 * cancelKeyDeletion.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const cancelKeyDeletion = defineOperation({
  service: 'kms',
  name: 'CancelKeyDeletion',
  input: KEY_ONLY_INPUT,
  output: OUTPUT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'CancelKeyDeletion', 'cancel-deletion');
    if (!found.ok) return found;
    cancel(world, found.value, ctx.now, 'CancelKeyDeletion');
    return ok({ KeyId: found.value.arn });
  },
});
