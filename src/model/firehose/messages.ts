import { serviceError, type ServiceError } from '../errors';
import type { FirehoseKmsProblem } from './options';

/*
 * Every error text Firehose answers with, in one place. The grade of each is in docs/firehose.md:
 * [AWS-REAL] texts are copied from real answers; the others are the world's wording.
 */

/**
 * ResourceNotFoundException for an unknown delivery stream name, on every operation. [AWS-REAL N-1]
 *
 * @example
 * ```ts
 * notFound('orders', '123456789012').message; // 'Firehose orders under account 123456789012 not found.'
 * ```
 */
export function notFound(name: string, account: string): ServiceError {
  return serviceError('firehose', 'ResourceNotFoundException', `Firehose ${name} under account ${account} not found.`);
}

/**
 * ResourceInUseException for CreateDeliveryStream of a name that exists. [MOCK:moto/LocalStack U-1]
 *
 * @example
 * ```ts
 * alreadyExists('orders', '123456789012');
 * ```
 */
export function alreadyExists(name: string, account: string): ServiceError {
  return serviceError('firehose', 'ResourceInUseException', `Firehose ${name} under accountId ${account} already exists`);
}

/**
 * ResourceInUseException for a call the stream's current status does not allow. [INFERRED U-2]
 *
 * @example
 * ```ts
 * notAvailable('orders', '123456789012', 'CREATING');
 * ```
 */
export function notAvailable(name: string, account: string, state: string): ServiceError {
  return serviceError('firehose', 'ResourceInUseException', `Firehose ${name} under account ${account} is in ${state} state and is not available for this operation.`);
}

/**
 * ResourceInUseException for Start/Stop while an encryption change is in progress. [INFERRED U-2]
 *
 * @example
 * ```ts
 * encryptionInProgress('orders', '123456789012', 'ENABLING');
 * ```
 */
export function encryptionInProgress(name: string, account: string, status: string): ServiceError {
  return serviceError(
    'firehose',
    'ResourceInUseException',
    `Firehose ${name} under account ${account} has encryption status ${status}; wait until the change completes before starting or stopping encryption.`,
  );
}

/**
 * InvalidArgumentException for an operation a source type does not allow. [AWS-REAL A-1 for
 * KinesisStreamAsSource on PutRecord/PutRecordBatch; the same text for Start/Stop and other types INFERRED]
 *
 * @example
 * ```ts
 * notPermittedOnType('KinesisStreamAsSource').message;
 * // 'This operation is not permitted on KinesisStreamAsSource delivery stream type.'
 * ```
 */
export function notPermittedOnType(type: string): ServiceError {
  return serviceError('firehose', 'InvalidArgumentException', `This operation is not permitted on ${type} delivery stream type.`);
}

/**
 * InvalidArgumentException with a text of the world's own. [INFERRED]
 *
 * @example
 * ```ts
 * invalidArgument('KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK.');
 * ```
 */
export function invalidArgument(message: string): ServiceError {
  return serviceError('firehose', 'InvalidArgumentException', message);
}

/**
 * A-3: CUSTOMER_MANAGED_CMK without KeyARN. [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(KEY_ARN_REQUIRED);
 * ```
 */
export const KEY_ARN_REQUIRED = 'KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK.';
/**
 * A-4: AWS_OWNED_CMK with a KeyARN. [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(KEY_ARN_NOT_ALLOWED);
 * ```
 */
export const KEY_ARN_NOT_ALLOWED = 'KeyARN must not be specified when KeyType is AWS_OWNED_CMK.';
/**
 * A-6: SSE input on a non-DirectPut CreateDeliveryStream. [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(sseNotSupported('MSKAsSource'));
 * ```
 */
export function sseNotSupported(type: string): string {
  return `Server-side encryption is not supported for ${type} delivery stream type; it is available only for DirectPut delivery streams.`;
}
/**
 * A-5: Start with the configuration already enabled. [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(alreadyEnabled('orders', 'AWS_OWNED_CMK', undefined));
 * ```
 */
export function alreadyEnabled(name: string, keyType: string, keyArn: string | undefined): string {
  return `Delivery stream ${name} is already encrypted with ${keyArn === undefined ? keyType : `${keyType} ${keyArn}`}.`;
}
/**
 * Stop on a stream that is not encrypted. [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(notEncrypted('orders'));
 * ```
 */
export function notEncrypted(name: string): string {
  return `Delivery stream ${name} is not encrypted; there is no encryption to stop.`;
}
/**
 * Exactly one destination. [MOCK:moto text]
 *
 * @example
 * ```ts
 * invalidArgument(ONE_DESTINATION);
 * ```
 */
export const ONE_DESTINATION = 'Exactly one destination configuration is supported for a Firehose';
/**
 * A-7 and its siblings: a source configuration that does not fit the stream type. [MOCK:moto text for Kinesis; INFERRED for the others]
 *
 * @example
 * ```ts
 * sourceConfigMismatch('KinesisSourceStreamConfig', 'KinesisStreamAsSource');
 * ```
 */
export function sourceConfigMismatch(member: string, type: string): string {
  return `${member} is only applicable for ${type} stream type`;
}
/**
 * A source configuration missing for its stream type. [INFERRED text]
 *
 * @example
 * ```ts
 * sourceConfigMissing('MSKSourceConfiguration', 'MSKAsSource');
 * ```
 */
export function sourceConfigMissing(member: string, type: string): string {
  return `${member} is required for ${type} delivery stream type.`;
}
/**
 * checkSourceStream: the Kinesis source stream is not in the world. [INFERRED text]
 *
 * @example
 * ```ts
 * sourceStreamMissing('arn:aws:kinesis:us-east-1:123456789012:stream/s');
 * ```
 */
export function sourceStreamMissing(arn: string): string {
  return `Kinesis stream ${arn} does not exist.`;
}
/**
 * PutRecordBatch over 4 MiB. [INFERRED text, after Kinesis' real "Records size exceeds 5 MB limit"]
 *
 * @example
 * ```ts
 * invalidArgument(BATCH_TOO_LARGE);
 * ```
 */
export const BATCH_TOO_LARGE = 'Records size exceeds 4 MB limit';

/**
 * LimitExceededException, with the world's wording for each limit. [DOC limits; INFERRED texts]
 *
 * @example
 * ```ts
 * limitExceeded('...');
 * ```
 */
export function limitExceeded(message: string): ServiceError {
  return serviceError('firehose', 'LimitExceededException', message);
}

/**
 * L-1: the 26th Start/Stop in 24 hours.
 *
 * @example
 * ```ts
 * limitExceeded(startStopLimit('orders', '123456789012', 25));
 * ```
 */
export function startStopLimit(name: string, account: string, limit: number): string {
  return `Firehose ${name} under account ${account} has reached the limit of ${limit} StartDeliveryStreamEncryption and StopDeliveryStreamEncryption calls in 24 hours.`;
}
/**
 * L-2: a CMK already encrypting the maximum number of delivery streams.
 *
 * @example
 * ```ts
 * limitExceeded(keyLimit(keyArn, 500));
 * ```
 */
export function keyLimit(keyArn: string, limit: number): string {
  return `The KMS key ${keyArn} is already used by ${limit} delivery streams, the maximum for one customer managed CMK.`;
}
/**
 * L-3: the account's delivery stream quota in a region.
 *
 * @example
 * ```ts
 * limitExceeded(streamQuota(5000));
 * ```
 */
export function streamQuota(limit: number): string {
  return `You have already consumed your firehose quota of ${limit} hoses.`;
}

/**
 * K-1: records on a CMK stream whose grant was revoked or key cannot be used. [AWS-REAL]
 *
 * @example
 * ```ts
 * invalidKms(GRANT_REVOKED, 'KMS.DisabledException');
 * ```
 */
export const GRANT_REVOKED =
  'The grant for the CMK to this delivery stream might have been revoked or caller might not have sufficient permissions for the CMK.';

/**
 * InvalidKMSResourceException; `code` carries the KMS exception behind it (e.g.
 * `KMS.DisabledException`). [MODEL exception; INFERRED code values]
 *
 * @example
 * ```ts
 * invalidKms(GRANT_REVOKED, 'KMS.AccessDeniedException');
 * ```
 */
export function invalidKms(message: string, code: string): ServiceError {
  return serviceError('firehose', 'InvalidKMSResourceException', message, { code });
}

/**
 * What each KMS problem becomes: the FailureDescription.Type, the KMS exception, and the Details. [MODEL types; INFERRED mapping and texts]
 *
 * @example
 * ```ts
 * KMS_FAILURES.disabled.type; // 'DISABLED_KMS_KEY'
 * ```
 */
export const KMS_FAILURES: { readonly [P in FirehoseKmsProblem]: { readonly type: string; readonly code: string; details(keyArn: string): string } } = {
  'not-found': { type: 'KMS_KEY_NOT_FOUND', code: 'KMS.NotFoundException', details: (a) => `Key '${a}' does not exist` },
  disabled: { type: 'DISABLED_KMS_KEY', code: 'KMS.DisabledException', details: (a) => `${a} is disabled.` },
  'pending-deletion': { type: 'INVALID_KMS_KEY', code: 'KMS.KMSInvalidStateException', details: (a) => `${a} is pending deletion.` },
  'access-denied': {
    type: 'KMS_ACCESS_DENIED',
    code: 'KMS.AccessDeniedException',
    details: (a) => `Firehose is not authorized to perform kms:CreateGrant on KMS key ${a}.`,
  },
  'opt-in-required': { type: 'KMS_OPT_IN_REQUIRED', code: 'KMS.OptInRequired', details: (a) => `The AWS Access Key Id needs a subscription for the service (KMS key ${a}).` },
  throttled: { type: 'CREATE_KMS_GRANT_FAILED', code: 'KMS.ThrottlingException', details: (a) => `Rate exceeded while creating a grant on KMS key ${a}.` },
  invalid: {
    type: 'INVALID_KMS_KEY',
    code: 'KMS.InvalidKeyUsageException',
    details: (a) => `${a} is not a symmetric encryption customer managed key; Firehose supports only symmetric encryption customer managed keys.`,
  },
};

/**
 * ServiceUnavailableException (503), what a fault plan's `internal-failure` answers for Firehose. [MODEL exception; INFERRED text]
 *
 * @example
 * ```ts
 * serviceUnavailable().httpStatus; // 503
 * ```
 */
export function serviceUnavailable(): ServiceError {
  return serviceError('firehose', 'ServiceUnavailableException', 'The service is unavailable. Back off and retry the operation.', { httpStatus: 503 });
}

/**
 * The FailureDescription a fault plan's `transition-failure` gives an encryption change when it
 * names no `failureType`: ENABLING ends KMS_ACCESS_DENIED, DISABLING ends
 * RETIRE_KMS_GRANT_FAILED; `undefined` for the other transitions. [INFERRED texts]
 *
 * @example
 * ```ts
 * faultFailure('encryption-disabling')?.type; // 'RETIRE_KMS_GRANT_FAILED'
 * ```
 */
export function faultFailure(kind: string): { readonly type: string; readonly details: string } | undefined {
  if (kind === 'encryption-enabling') {
    return { type: 'KMS_ACCESS_DENIED', details: 'Access was denied when calling KMS. Check that the KMS key policy allows Firehose to use the key.' };
  }
  if (kind === 'encryption-disabling') {
    return { type: 'RETIRE_KMS_GRANT_FAILED', details: 'Firehose could not retire the grant it holds on the KMS key.' };
  }
  return undefined;
}

/**
 * LimitExceededException: TagDeliveryStream would leave the stream with more than 50 tags. [DOC
 * "Each Firehose stream can have up to 50 tags"; INFERRED exception and text]
 *
 * @example
 * ```ts
 * limitExceeded(tagLimit('orders', '123456789012', 50));
 * ```
 */
export function tagLimit(name: string, account: string, limit: number): string {
  return `Firehose ${name} under account ${account} cannot have more than ${limit} tags.`;
}

/**
 * ConcurrentModificationException: UpdateDestination with a CurrentDeliveryStreamVersionId that is
 * not the stream's VersionId. [MOCK:moto/LocalStack/floci text, identical in all three; AWS's exception per the model]
 *
 * @example
 * ```ts
 * versionMismatch('orders', '2', '1').message;
 * // 'Cannot update firehose: orders since the current version id: 2 and specified version id: 1 do not match'
 * ```
 */
export function versionMismatch(name: string, current: string, specified: string): ServiceError {
  return serviceError(
    'firehose',
    'ConcurrentModificationException',
    `Cannot update firehose: ${name} since the current version id: ${current} and specified version id: ${specified} do not match`,
  );
}

/**
 * UpdateDestination naming a DestinationId the stream does not have. [MOCK:moto text]
 *
 * @example
 * ```ts
 * invalidArgument(destinationNotFound('destinationId-000000000002'));
 * ```
 */
export function destinationNotFound(id: string): string {
  return `Destination Id ${id} not found`;
}

/**
 * UpdateDestination switching to or from an OpenSearch destination ("Switching between Amazon
 * OpenSearch Service and other services is not supported" [MODEL]). [MOCK:moto text]
 *
 * @example
 * ```ts
 * invalidArgument(destinationTypeChange('Elasticsearch'));
 * ```
 */
export function destinationTypeChange(type: string): string {
  return `Changing the destination type to or from ${type} is not supported at this time.`;
}

/**
 * UpdateDestination changing the destination type without a member the new type requires ("all
 * parameters must be specified" [MODEL]). [INFERRED text]
 *
 * @example
 * ```ts
 * invalidArgument(destinationMemberMissing('ExtendedS3DestinationUpdate', 'BucketARN'));
 * ```
 */
export function destinationMemberMissing(update: string, member: string): string {
  return `${update}.${member} is required when the destination type changes.`;
}
