import type { Members, Shape } from '../validate';

/**
 * `DeliveryStreamName`: 1..64, `[a-zA-Z0-9_.-]+` matched against the whole value (a trailing `\n` is rejected). [MODEL; AWS-REAL V-1, V-2]
 *
 * @example
 * ```ts
 * validateInput('firehose', { DeliveryStreamName: 'a b' }, { DeliveryStreamName: DELIVERY_STREAM_NAME });
 * ```
 */
export const DELIVERY_STREAM_NAME: Shape = { type: 'string', required: true, pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 64 };

/**
 * `DeliveryStreamType`. [MODEL]
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_TYPES.includes('DirectPut'); // true
 * ```
 */
export const DELIVERY_STREAM_TYPES: readonly string[] = ['DirectPut', 'KinesisStreamAsSource', 'MSKAsSource', 'DatabaseAsSource'];

/**
 * `AWSKMSKeyARNForSSE`: key ARNs only, never alias ARNs (botocore 2026-06-12, "matching service behavior"). [MODEL]
 *
 * @example
 * ```ts
 * new RegExp(`^${KEY_ARN_PATTERN}$`).test('arn:aws:kms:us-east-1:123456789012:alias/x'); // false
 * ```
 */
export const KEY_ARN_PATTERN = 'arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:key/[a-zA-Z_0-9+=,.@\\-_/]+';

/**
 * `DeliveryStreamEncryptionConfigurationInput`. [MODEL]
 *
 * @example
 * ```ts
 * const members = { DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT };
 * ```
 */
export const ENCRYPTION_INPUT: Shape = {
  type: 'structure',
  members: {
    KeyARN: { type: 'string', pattern: KEY_ARN_PATTERN, min: 1, max: 512 },
    KeyType: { type: 'string', required: true, enum: ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] },
  },
};

const ROLE_ARN: Shape = { type: 'string', required: true, pattern: 'arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+', min: 1, max: 512 };
const BUCKET_ARN: Shape = { type: 'string', required: true, pattern: 'arn:.*:s3:::[\\w\\.\\-]{1,255}', min: 1, max: 2048 };

const S3_DESTINATION: Shape = { type: 'structure', members: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN } };
const ANY_STRUCTURE: Shape = { type: 'structure', members: {} };

/**
 * The destination configuration members of CreateDeliveryStream, and the Describe member each becomes.
 *
 * @example
 * ```ts
 * DESTINATIONS['ExtendedS3DestinationConfiguration']; // 'ExtendedS3DestinationDescription'
 * ```
 */
export const DESTINATIONS: Readonly<Record<string, string>> = {
  S3DestinationConfiguration: 'S3DestinationDescription',
  ExtendedS3DestinationConfiguration: 'ExtendedS3DestinationDescription',
  RedshiftDestinationConfiguration: 'RedshiftDestinationDescription',
  ElasticsearchDestinationConfiguration: 'ElasticsearchDestinationDescription',
  AmazonopensearchserviceDestinationConfiguration: 'AmazonopensearchserviceDestinationDescription',
  SplunkDestinationConfiguration: 'SplunkDestinationDescription',
  HttpEndpointDestinationConfiguration: 'HttpEndpointDestinationDescription',
  AmazonOpenSearchServerlessDestinationConfiguration: 'AmazonOpenSearchServerlessDestinationDescription',
  SnowflakeDestinationConfiguration: 'SnowflakeDestinationDescription',
  IcebergDestinationConfiguration: 'IcebergDestinationDescription',
};

/**
 * CreateDeliveryStream input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, CREATE_MEMBERS);
 * ```
 */
export const CREATE_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  DeliveryStreamType: { type: 'string', enum: DELIVERY_STREAM_TYPES },
  DirectPutSourceConfiguration: { type: 'structure', members: { ThroughputHintInMBs: { type: 'integer', min: 1, max: 100 } } },
  KinesisStreamSourceConfiguration: {
    type: 'structure',
    members: {
      KinesisStreamARN: { type: 'string', required: true, pattern: 'arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+', min: 1, max: 512 },
      RoleARN: ROLE_ARN,
    },
  },
  MSKSourceConfiguration: {
    type: 'structure',
    members: {
      MSKClusterARN: { type: 'string', required: true, pattern: 'arn:.*', min: 1, max: 512 },
      TopicName: { type: 'string', required: true, pattern: '[a-zA-Z0-9\\._\\-]+', min: 1, max: 255 },
      AuthenticationConfiguration: {
        type: 'structure',
        required: true,
        members: { RoleARN: ROLE_ARN, Connectivity: { type: 'string', required: true, enum: ['PUBLIC', 'PRIVATE'] } },
      },
      ReadFromTimestamp: { type: 'timestamp' },
    },
  },
  DatabaseSourceConfiguration: ANY_STRUCTURE,
  DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT,
  S3DestinationConfiguration: S3_DESTINATION,
  ExtendedS3DestinationConfiguration: S3_DESTINATION,
  RedshiftDestinationConfiguration: ANY_STRUCTURE,
  ElasticsearchDestinationConfiguration: ANY_STRUCTURE,
  AmazonopensearchserviceDestinationConfiguration: ANY_STRUCTURE,
  SplunkDestinationConfiguration: ANY_STRUCTURE,
  HttpEndpointDestinationConfiguration: ANY_STRUCTURE,
  AmazonOpenSearchServerlessDestinationConfiguration: ANY_STRUCTURE,
  SnowflakeDestinationConfiguration: ANY_STRUCTURE,
  IcebergDestinationConfiguration: ANY_STRUCTURE,
  Tags: {
    type: 'list',
    min: 1,
    max: 50,
    member: {
      type: 'structure',
      members: {
        Key: { type: 'string', required: true, min: 1, max: 128 },
        Value: { type: 'string', min: 0, max: 256 },
      },
    },
  },
};

/**
 * DescribeDeliveryStream input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, DESCRIBE_MEMBERS);
 * ```
 */
export const DESCRIBE_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Limit: { type: 'integer', min: 1, max: 10_000 },
  ExclusiveStartDestinationId: { type: 'string', pattern: '[a-zA-Z0-9-]+', min: 1, max: 100 },
};

/**
 * ListDeliveryStreams input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, LIST_MEMBERS);
 * ```
 */
export const LIST_MEMBERS: Members = {
  Limit: { type: 'integer', min: 1, max: 10_000 },
  DeliveryStreamType: { type: 'string', enum: DELIVERY_STREAM_TYPES },
  ExclusiveStartDeliveryStreamName: { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 64 },
};

/**
 * DeleteDeliveryStream input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, DELETE_MEMBERS);
 * ```
 */
export const DELETE_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  AllowForceDelete: { type: 'boolean' },
};

/**
 * StartDeliveryStreamEncryption input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, START_MEMBERS);
 * ```
 */
export const START_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT,
};

/**
 * StopDeliveryStreamEncryption input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, STOP_MEMBERS);
 * ```
 */
export const STOP_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
};

/**
 * Largest record, before base64: 1,000 KiB. [MODEL]
 *
 * @example
 * ```ts
 * new Uint8Array(MAX_RECORD_BYTES + 1); // one byte too many
 * ```
 */
export const MAX_RECORD_BYTES = 1_024_000;

/**
 * Largest PutRecordBatch request: 4 MiB. [DOC]
 *
 * @example
 * ```ts
 * sizes.reduce((a, b) => a + b, 0) > MAX_BATCH_BYTES;
 * ```
 */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

const RECORD: Shape = { type: 'structure', members: { Data: { type: 'blob', required: true, min: 0, max: MAX_RECORD_BYTES } } };

/**
 * PutRecord input members. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, PUT_RECORD_MEMBERS);
 * ```
 */
export const PUT_RECORD_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Record: { ...RECORD, required: true },
};

/**
 * PutRecordBatch input members. [MODEL; the member path of an oversized record, `records.<n>.member.data` (1-based), is INFERRED from Kinesis' PutRecords format]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, PUT_RECORD_BATCH_MEMBERS);
 * ```
 */
export const PUT_RECORD_BATCH_MEMBERS: Members = {
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Records: { type: 'list', required: true, min: 1, max: 500, member: RECORD },
};
