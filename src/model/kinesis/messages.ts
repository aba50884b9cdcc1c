import { serviceError, type ServiceError } from '../errors';
import type { StreamStatus } from './state';

/**
 * The Kinesis error texts, in one place. Each names its evidence grade (see docs/kinesis.md).
 */

/**
 * A Kinesis {@link ServiceError}.
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', 'Encryption type cannot be NONE.');
 * ```
 */
export function kinesisError(type: string, message: string): ServiceError {
  return serviceError('kinesis', type, message);
}

/**
 * ResourceNotFoundException `Stream <n> under account <a> not found.` [REAL]
 *
 * @example
 * ```ts
 * streamNotFound('orders', '123456789012').message; // 'Stream orders under account 123456789012 not found.'
 * ```
 */
export function streamNotFound(name: string, account: string): ServiceError {
  return kinesisError('ResourceNotFoundException', `Stream ${name} under account ${account} not found.`);
}

/**
 * ResourceInUseException `Stream <n> under account <a> not ACTIVE, instead in state <S>` (no
 * trailing period). [REAL for Merge/Split; INF for the other control operations]
 *
 * @example
 * ```ts
 * streamNotActive('orders', '123456789012', 'UPDATING');
 * ```
 */
export function streamNotActive(name: string, account: string, status: StreamStatus): ServiceError {
  return kinesisError('ResourceInUseException', `Stream ${name} under account ${account} not ACTIVE, instead in state ${status}`);
}

/**
 * ResourceInUseException `Stream <n> under account <a> already exists.` [REAL]
 *
 * @example
 * ```ts
 * streamExists('orders', '123456789012');
 * ```
 */
export function streamExists(name: string, account: string): ServiceError {
  return kinesisError('ResourceInUseException', `Stream ${name} under account ${account} already exists.`);
}

/**
 * ResourceNotFoundException `Shard <id> in stream <n> under account <a> does not exist` (no
 * trailing period). [REAL]
 *
 * @example
 * ```ts
 * shardNotFound('shardId-000000000001', 'orders', '123456789012');
 * ```
 */
export function shardNotFound(shardId: string, name: string, account: string): ServiceError {
  return kinesisError('ResourceNotFoundException', `Shard ${shardId} in stream ${name} under account ${account} does not exist`);
}

/**
 * InvalidArgumentException when neither StreamName nor StreamARN is given. [UNKNOWN: our text]
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', MISSING_STREAM_IDENTIFIER);
 * ```
 */
export const MISSING_STREAM_IDENTIFIER = 'Either StreamName or StreamARN must be provided.';

/**
 * InvalidArgumentException for `EncryptionType: 'NONE'` on Start or Stop. [REAL for Stop; INF for Start]
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', ENCRYPTION_TYPE_NONE);
 * ```
 */
export const ENCRYPTION_TYPE_NONE = 'Encryption type cannot be NONE.';

/**
 * InvalidArgumentException for a PutRecords request over the size limit. [REAL for 5 MB; INF for 10 MB]
 *
 * @example
 * ```ts
 * recordsSizeExceeded(5); // 'Records size exceeds 5 MB limit'
 * ```
 */
export function recordsSizeExceeded(megabytes: number): string {
  return `Records size exceeds ${megabytes} MB limit`;
}

/**
 * InvalidArgumentException for an ExplicitHashKey of 2^128 or more. [REAL]
 *
 * @example
 * ```ts
 * explicitHashKeyOutOfRange('340282366920938463463374607431768211456');
 * ```
 */
export function explicitHashKeyOutOfRange(value: string): string {
  return `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${value}`;
}

/**
 * InvalidArgumentException for a shard iterator the world did not issue. [REAL]
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', INVALID_SHARD_ITERATOR);
 * ```
 */
export const INVALID_SHARD_ITERATOR = 'Invalid ShardIterator.';

/**
 * The KMSThrottlingException text Kinesis answers when KMS throttles the key it uses. [UNKNOWN: the
 * service's own text is not public; this is KMS's throttling wording.] One text for a throttled key
 * and for a throttling fault plan.
 *
 * @example
 * ```ts
 * kinesisError('KMSThrottlingException', KMS_THROTTLED);
 * ```
 */
export const KMS_THROTTLED = 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.';
