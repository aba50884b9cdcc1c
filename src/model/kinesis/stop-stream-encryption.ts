import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { beginEncryptionUpdate, encryptionTarget, useDailyAllowance } from './encryption';
import { kinesisError } from './messages';
import { STREAM_ENCRYPTION_INPUT, UNIT } from './shapes';
import { sameKey } from './keys';

/**
 * The LimitExceededException of the 26th stop in a rolling 24 hours. [UNKNOWN text; it starts
 * with `Rate exceeded for stream`]
 *
 * @example
 * ```ts
 * stopLimitMessage('orders', '123456789012', 25);
 * ```
 */
export function stopLimitMessage(name: string, account: string, limit: number): string {
  return `Rate exceeded for stream ${name} under account ${account}. You can successfully disable server-side encryption ${limit} times in a rolling 24-hour period.`;
}

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
    const limit = world.kinesisOptions.limits.stopsPer24h;
    const refused = useDailyAllowance(world, world.kinesis.stops, stream, ctx.now, limit, stopLimitMessage);
    if (refused !== undefined) return fail(refused);
    beginEncryptionUpdate(world, stream, { type: 'NONE' }, ctx.now);
    return ok({});
  },
});
