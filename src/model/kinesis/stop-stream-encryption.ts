import type { Operation } from '../operation';
import { fail, ok } from '../result';
import { countWithin, record } from '../rolling-window';
import { beginEncryptionUpdate } from './encryption';
import { ENCRYPTION_TYPE_NONE, kinesisError, streamNotActive } from './errors';
import { sameKey } from './keys';
import { fields, validateKinesis } from './members';
import { STREAM_ENCRYPTION_MEMBERS } from './start-stream-encryption';
import { findStream, limitKey } from './streams';

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
export const stopStreamEncryption: Operation = (world, input, ctx) => {
  const invalid = validateKinesis(input, STREAM_ENCRYPTION_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  if (i['EncryptionType'] === 'NONE') return fail(kinesisError('InvalidArgumentException', ENCRYPTION_TYPE_NONE));
  const found = findStream(world, i, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  if (stream.status !== 'ACTIVE') return fail(streamNotActive(stream.name, stream.account, stream.status));

  const behaviour = world.kinesisOptions.behaviour;
  const current = stream.encryption;
  const keyId = i['KeyId'] as string;
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
  const key = limitKey(world, stream);
  if (countWithin(world.kinesis.stops, key, ctx.now) >= limit) {
    return fail(kinesisError('LimitExceededException', stopLimitMessage(stream.name, stream.account, limit)));
  }
  record(world.kinesis.stops, key, ctx.now);
  beginEncryptionUpdate(world, stream, { type: 'NONE' }, ctx.now);
  return ok({});
};
