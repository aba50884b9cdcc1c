import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { beginEncryptionUpdate } from './encryption';
import { kinesisError } from './messages';
import { encryptionTarget, useDailyAllowance } from './rules';
import { STREAM_ENCRYPTION_INPUT, UNIT } from './shapes';
import { sameKey } from './keys';

/** The exceptions of StopStreamEncryption in the service model. [MODEL] */
const ERRORS = ['InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException', 'AccessDeniedException'] as const;

/**
 * StopStreamEncryption. In order: validation; `EncryptionType: 'NONE'` → InvalidArgumentException
 * `Encryption type cannot be NONE.` [REAL]; the stream (ResourceNotFoundException); not ACTIVE →
 * ResourceInUseException; an unencrypted stream → `behaviour.stopWhenUnencrypted`; another key
 * than the stream's → `behaviour.stopWithOtherKey`; beyond `limits.stopsPer24h` →
 * LimitExceededException. Never a KMS exception. Then `{}`: UPDATING, and ACTIVE again after
 * `durations.updating` with EncryptionType NONE and no KeyId.
 *
 * @example
 * ```ts
 * stopStreamEncryption(world, { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, ctx);
 * ```
 */
export const stopStreamEncryption = defineOperation({
  service: 'kinesis',
  name: 'StopStreamEncryption',
  input: STREAM_ENCRYPTION_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const target = encryptionTarget(world, input, ctx);
    if (!target.ok) return target;
    const { stream, keyId } = target.value;

    const behaviour = world.kinesisOptions.behaviour;
    const current = stream.encryption;
    if (current.type === 'NONE' && behaviour.stopWhenUnencrypted === 'reject') {
      return fail(kinesisError('InvalidArgumentException', `Stream ${stream.name} under account ${stream.account} is not encrypted with KMS.`));
    }
    if (current.type === 'KMS' && behaviour.stopWithOtherKey === 'reject' && !sameKey(world, current.keyId, keyId, stream.region)) {
      return fail(
        kinesisError(
          'InvalidArgumentException',
          `KeyId ${keyId} does not match the KMS key ${current.keyId} of stream ${stream.name} under account ${stream.account}.`,
        ),
      );
    }
    const refused = useDailyAllowance(world, 'stops', stream, ctx.now);
    if (refused !== undefined) return fail(refused);
    beginEncryptionUpdate(world, stream, { type: 'NONE' }, ctx.now);
    return ok({});
  },
});
