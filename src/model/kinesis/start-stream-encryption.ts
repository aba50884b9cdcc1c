import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { beginEncryptionUpdate } from './encryption';
import { kinesisError } from './messages';
import { encryptionTarget, useDailyAllowance } from './rules';
import { STREAM_ENCRYPTION_INPUT, UNIT } from './shapes';
import { checkKey, kmsProblemError, materializeKey, sameKey } from './keys';

/** The exceptions of StartStreamEncryption in the service model. [MODEL] */
const ERRORS = [
  'InvalidArgumentException',
  'LimitExceededException',
  'ResourceInUseException',
  'ResourceNotFoundException',
  'KMSDisabledException',
  'KMSInvalidStateException',
  'KMSAccessDeniedException',
  'KMSNotFoundException',
  'KMSOptInRequired',
  'KMSThrottlingException',
  'AccessDeniedException',
] as const;

/**
 * StartStreamEncryption. In order: validation; `EncryptionType: 'NONE'` → InvalidArgumentException
 * `Encryption type cannot be NONE.`; the stream (ResourceNotFoundException); not ACTIVE →
 * ResourceInUseException `... not ACTIVE, instead in state <S>`; the key (KMSNotFoundException,
 * KMSDisabledException, KMSInvalidStateException, KMSAccessDeniedException, KMSOptInRequired,
 * KMSThrottlingException, or the wrong-key-spec error of `behaviour.wrongKeySpec`); the stream's own
 * key again → `behaviour.startSameKey`; a new key beyond `limits.keyApplicationsPer24h` →
 * LimitExceededException. Then `{}`: the stream is UPDATING and ACTIVE again after
 * `durations.updating`, encrypted with KeyId exactly as given. A rejected call changes nothing.
 *
 * @example
 * ```ts
 * startStreamEncryption(world, { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, ctx);
 * ```
 */
export const startStreamEncryption = defineOperation({
  service: 'kinesis',
  name: 'StartStreamEncryption',
  input: STREAM_ENCRYPTION_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const target = encryptionTarget(world, input, ctx);
    if (!target.ok) return target;
    const { stream, keyId } = target.value;

    const usable = checkKey(world, keyId, ctx.now, stream.region);
    if (usable.problem !== undefined) return fail(kmsProblemError(world, usable.problem, keyId, usable.key, stream.region, 'kms:GenerateDataKey'));

    const current = stream.encryption;
    const same = current.type === 'KMS' && sameKey(world, current.keyId, keyId, stream.region);
    const behaviour = world.kinesisOptions.behaviour;
    if (same && behaviour.startSameKey === 'noop') return ok({});
    if (same && behaviour.startSameKey === 'reject') {
      return fail(
        kinesisError('InvalidArgumentException', `Stream ${stream.name} under account ${stream.account} is already encrypted with KMS key ${current.keyId}.`),
      );
    }
    if (!same) {
      const refused = useDailyAllowance(world, 'keyApplications', stream, ctx.now);
      if (refused !== undefined) return fail(refused);
    }
    materializeKey(world, keyId, ctx.now, stream.region);
    beginEncryptionUpdate(world, stream, { type: 'KMS', keyId }, ctx.now);
    return ok({});
  },
});
