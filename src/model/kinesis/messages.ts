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

/**
 * The LimitExceededException text of the 26th new-key application in a rolling 24 hours. [UNKNOWN
 * text; it starts with `Rate exceeded for stream`, which Terraform retries on]
 *
 * @example
 * ```ts
 * keyApplicationLimitMessage('orders', '123456789012', 25);
 * ```
 */
export function keyApplicationLimitMessage(name: string, account: string, limit: number): string {
  return `${rateExceededForStream(name, account)} You can successfully apply a new AWS KMS key for server-side encryption ${limit} times in a rolling 24-hour period.`;
}

/**
 * The LimitExceededException text of the 26th stop in a rolling 24 hours. [UNKNOWN text; it
 * starts with `Rate exceeded for stream`]
 *
 * @example
 * ```ts
 * stopLimitMessage('orders', '123456789012', 25);
 * ```
 */
export function stopLimitMessage(name: string, account: string, limit: number): string {
  return `${rateExceededForStream(name, account)} You can successfully disable server-side encryption ${limit} times in a rolling 24-hour period.`;
}

/**
 * The start of every LimitExceededException Kinesis answers about a stream's call rate (the daily
 * allowances and a throttling fault plan). [REAL prefix]
 *
 * @example
 * ```ts
 * rateExceededForStream('orders', '123456789012'); // 'Rate exceeded for stream orders under account 123456789012.'
 * ```
 */
export function rateExceededForStream(name: string, account: string): string {
  return `Rate exceeded for stream ${name} under account ${account}.`;
}

/**
 * ProvisionedThroughputExceededException text for a shard. [REAL shape of the text]
 *
 * @example
 * ```ts
 * shardRateExceeded('shardId-000000000000', 'orders', '123456789012');
 * ```
 */
export function shardRateExceeded(shardId: string, name: string, account: string): string {
  return `Rate exceeded for shard ${shardId} in stream ${name} under account ${account}.`;
}

/**
 * InternalFailureException text. [REAL]
 *
 * @example
 * ```ts
 * kinesisError('InternalFailureException', INTERNAL_FAILURE);
 * ```
 */
export const INTERNAL_FAILURE = 'Internal Service Failure';

/**
 * InvalidArgumentException for an ON_DEMAND CreateStream with a ShardCount. [REAL]
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', SHARD_COUNT_WITH_ON_DEMAND);
 * ```
 */
export const SHARD_COUNT_WITH_ON_DEMAND = 'ShardCount cannot be specified when StreamMode is ON_DEMAND.';

/**
 * InvalidArgumentException for a PROVISIONED CreateStream without a ShardCount. [REAL]
 *
 * @example
 * ```ts
 * kinesisError('InvalidArgumentException', SHARD_COUNT_REQUIRED);
 * ```
 */
export const SHARD_COUNT_REQUIRED = 'ShardCount is required when StreamMode is PROVISIONED.';

/**
 * LimitExceededException for too many streams CREATING or DELETING at once. [REAL, AWS's typo kept]
 *
 * @example
 * ```ts
 * transientStreamLimit(5);
 * ```
 */
export function transientStreamLimit(limit: number): ServiceError {
  return kinesisError(
    'LimitExceededException',
    `This request would have exceed the limit on the number of streams that can simultaneously be in CREATING or DELETING. Limit: ${limit}`,
  );
}

/**
 * LimitExceededException for a CreateStream beyond the account's shard limit in a region. [REAL]
 *
 * @example
 * ```ts
 * shardLimitExceeded('123456789012', 'us-east-1', 500, 500, 1);
 * ```
 */
export function shardLimitExceeded(account: string, region: string, open: number, limit: number, additional: number): ServiceError {
  return kinesisError(
    'LimitExceededException',
    `This request would exceed the shard limit for the account ${account} in ${region}. ` +
      `Current shard count for the account: ${open}. Limit: ${limit}. ` +
      `Number of additional shards that would have resulted from this request: ${additional}. ` +
      'Refer to the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.',
  );
}

/**
 * The InvalidArgumentException text of GetShardIterator when the iterator type and
 * StartingSequenceNumber do not go together. [REAL, via kinesalite]
 *
 * @example
 * ```ts
 * iteratorTypeMismatch('LATEST', true);
 * ```
 */
export function iteratorTypeMismatch(type: string, given: boolean): string {
  return (
    'Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or ' +
    '(2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. ' +
    `Request specified ${type} and ${given ? 'also a' : 'no'} StartingSequenceNumber.`
  );
}

/**
 * The DryRunOperationException a call with `DryRun: true` gets once every check passed. [UNKNOWN text]
 *
 * @example
 * ```ts
 * dryRun(); // DryRunOperationException
 * ```
 */
export function dryRun(): ServiceError {
  return kinesisError('DryRunOperationException', 'Request would have succeeded, but DryRun flag is set.');
}

/**
 * InvalidArgumentException for a StreamARN that fits the service model's pattern but is no Kinesis
 * stream ARN (`arn:aws:x:kinesis:…`). [INF text]
 *
 * @example
 * ```ts
 * invalidStreamArn('arn:aws:x:kinesis:us-east-1:123456789012:stream/s');
 * ```
 */
export function invalidStreamArn(arn: string): string {
  return `StreamARN ${arn} is not a valid Kinesis stream ARN.`;
}

/**
 * ResourceInUseException of DeleteStream on a stream with registered consumers, without
 * `EnforceConsumerDeletion: true`. [DOC: the exception; UNKNOWN: the text]
 *
 * @example
 * ```ts
 * streamHasConsumers('orders', '123456789012');
 * ```
 */
export function streamHasConsumers(name: string, account: string): ServiceError {
  return kinesisError(
    'ResourceInUseException',
    `Stream ${name} under account ${account} has registered consumers. Deregister them first, or set EnforceConsumerDeletion to true.`,
  );
}

/**
 * ResourceNotFoundException for a consumer the stream does not have. [UNKNOWN text]
 *
 * @example
 * ```ts
 * consumerNotFound('c', 'arn:aws:kinesis:us-east-1:123456789012:stream/orders');
 * ```
 */
export function consumerNotFound(consumer: string, streamArn: string): ServiceError {
  return kinesisError('ResourceNotFoundException', `Consumer ${consumer} under stream ${streamArn} not found.`);
}

/**
 * ResourceInUseException for RegisterStreamConsumer of a name the stream already has. [UNKNOWN text]
 *
 * @example
 * ```ts
 * consumerExists('c', 'arn:aws:kinesis:us-east-1:123456789012:stream/orders');
 * ```
 */
export function consumerExists(consumer: string, streamArn: string): ServiceError {
  return kinesisError('ResourceInUseException', `Consumer ${consumer} under stream ${streamArn} already exists.`);
}

/**
 * InvalidArgumentException for a consumer not in the state a call needs. [UNKNOWN text]
 *
 * @example
 * ```ts
 * consumerInState('c', 'arn:…/consumer/c:1', 'DELETING');
 * ```
 */
export function consumerInState(consumer: string, consumerArn: string, status: string): ServiceError {
  return kinesisError('InvalidArgumentException', `Consumer ${consumer} with ARN ${consumerArn} is in state ${status}.`);
}

/**
 * LimitExceededException for a 21st consumer of a stream. [DOC: the limit of 20; UNKNOWN: the text]
 *
 * @example
 * ```ts
 * consumerLimit('arn:aws:kinesis:us-east-1:123456789012:stream/orders', 20);
 * ```
 */
export function consumerLimit(streamArn: string, limit: number): ServiceError {
  return kinesisError('LimitExceededException', `Stream ${streamArn} already has ${limit} registered consumers, the maximum per stream.`);
}

/**
 * The LimitExceededException texts of UpdateShardCount beyond double or below half the open shard
 * count. [PEER: kinesalite's texts, graded INF as AWS's]
 *
 * @example
 * ```ts
 * reshardScaleLimit('up', 2, 5);
 * ```
 */
export function reshardScaleLimit(direction: 'up' | 'down', open: number, target: number): ServiceError {
  const what = direction === 'up' ? 'scale up over double' : 'scale down below half';
  return kinesisError(
    'LimitExceededException',
    `UpdateShardCount cannot ${what} your current open shard count. Current open shard count: ${open}, Target shard count: ${target}`,
  );
}

/**
 * LimitExceededException for an 11th UpdateShardCount of a stream in a rolling 24 hours. [DOC: the
 * limit; UNKNOWN: the text, which starts as Kinesis's other rate texts]
 *
 * @example
 * ```ts
 * reshardRateLimit('orders', '123456789012', 10);
 * ```
 */
export function reshardRateLimit(name: string, account: string, limit: number): ServiceError {
  return kinesisError('LimitExceededException', `${rateExceededForStream(name, account)} You can call UpdateShardCount ${limit} times in a rolling 24-hour period.`);
}
