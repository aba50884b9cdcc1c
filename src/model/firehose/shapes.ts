import { list, required, structure, type Shape, type ValueOf } from '../shape';

/*
 * Every shape of the Firehose operations the world models, in AWS's terms (botocore
 * `firehose/2015-08-04/service-2.json`; member names as the SDK's schemas spell them). Input
 * members are declared in the order AWS lists violations. Destination configurations, which the
 * model echoes without interpreting, keep their undeclared members as documents.
 */

/**
 * `DeliveryStreamName`: 1..64, `[a-zA-Z0-9_.-]+` matched against the whole value (a trailing `\n` is rejected). [MODEL; AWS-REAL V-1, V-2]
 *
 * @example
 * ```ts
 * validateInput('firehose', { DeliveryStreamName: 'a b' }, { DeliveryStreamName: DELIVERY_STREAM_NAME });
 * ```
 */
export const DELIVERY_STREAM_NAME = { type: 'string', required: true, pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 64 } as const satisfies Shape;

/**
 * `DeliveryStreamType`. [MODEL]
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_TYPES.includes('DirectPut'); // true
 * ```
 */
export const DELIVERY_STREAM_TYPES = ['DirectPut', 'KinesisStreamAsSource', 'MSKAsSource', 'DatabaseAsSource'] as const;

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
 * `KeyType` of an encryption configuration. [MODEL]
 *
 * @example
 * ```ts
 * KEY_TYPES.includes('AWS_OWNED_CMK'); // true
 * ```
 */
export const KEY_TYPES = ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] as const;

/**
 * `DeliveryStreamEncryptionConfigurationInput`. [MODEL]
 *
 * @example
 * ```ts
 * const members = { DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT };
 * ```
 */
export const ENCRYPTION_INPUT = structure({
  KeyARN: { type: 'string', pattern: KEY_ARN_PATTERN, min: 1, max: 512 },
  KeyType: required({ type: 'string', enum: KEY_TYPES }),
});

const ROLE_ARN = { type: 'string', required: true, pattern: 'arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+', min: 1, max: 512 } as const satisfies Shape;
const BUCKET_ARN = { type: 'string', required: true, pattern: 'arn:.*:s3:::[\\w\\.\\-]{1,255}', min: 1, max: 2048 } as const satisfies Shape;

/** An S3 destination: the two members AWS requires, the rest echoed as given. */
const S3_DESTINATION = structure({ RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN }, { others: 'document' });
/** A configuration the model echoes without checking any member. */
const ECHOED = structure({}, { others: 'document' });

/**
 * The destination configuration members of CreateDeliveryStream, and the Describe member each becomes.
 *
 * @example
 * ```ts
 * DESTINATIONS['ExtendedS3DestinationConfiguration']; // 'ExtendedS3DestinationDescription'
 * ```
 */
export const DESTINATIONS = {
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
} as const;

const AUTHENTICATION = structure({ RoleARN: ROLE_ARN, Connectivity: required({ type: 'string', enum: ['PUBLIC', 'PRIVATE'] }) });

/**
 * `MSKSourceConfiguration`. [MODEL]
 *
 * @example
 * ```ts
 * MSK_SOURCE_CONFIGURATION.members.ReadFromTimestamp.type; // 'timestamp'
 * ```
 */
export const MSK_SOURCE_CONFIGURATION = structure({
  MSKClusterARN: { type: 'string', required: true, pattern: 'arn:.*', min: 1, max: 512 },
  TopicName: { type: 'string', required: true, pattern: '[a-zA-Z0-9\\._\\-]+', min: 1, max: 255 },
  AuthenticationConfiguration: required(AUTHENTICATION),
  ReadFromTimestamp: { type: 'timestamp' },
});

/**
 * `KinesisStreamSourceConfiguration`. [MODEL]
 *
 * @example
 * ```ts
 * KINESIS_SOURCE_CONFIGURATION.members.KinesisStreamARN.required; // true
 * ```
 */
export const KINESIS_SOURCE_CONFIGURATION = structure({
  KinesisStreamARN: { type: 'string', required: true, pattern: 'arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+', min: 1, max: 512 },
  RoleARN: ROLE_ARN,
});

/**
 * `TagKey`: no `aws:` prefix; Unicode letters, separators, digits and `_ . : / = + - @ %`. [MODEL]
 *
 * @example
 * ```ts
 * new RegExp(TAG_KEY_PATTERN, 'u').test('aws:team'); // false
 * ```
 */
export const TAG_KEY_PATTERN = '^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$';

/**
 * `TagValue`: the characters of a key, `aws:` allowed. [MODEL]
 *
 * @example
 * ```ts
 * new RegExp(TAG_VALUE_PATTERN, 'u').test('a b'); // true
 * ```
 */
export const TAG_VALUE_PATTERN = '^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$';

/**
 * Most tags a delivery stream has, and the most one TagDeliveryStream, UntagDeliveryStream or
 * ListTagsForDeliveryStream page carries. [MODEL list bounds; DOC "up to 50 tags"]
 *
 * @example
 * ```ts
 * MAX_TAGS; // 50
 * ```
 */
export const MAX_TAGS = 50;

/**
 * `Tag` of CreateDeliveryStream's `Tags`. [MODEL]
 *
 * @example
 * ```ts
 * TAG.members.Key.max; // 128
 * ```
 */
export const TAG = structure({
  Key: { type: 'string', required: true, pattern: TAG_KEY_PATTERN, min: 1, max: 128 },
  Value: { type: 'string', pattern: TAG_VALUE_PATTERN, min: 0, max: 256 },
});

/**
 * CreateDeliveryStream input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, CREATE_INPUT.members);
 * ```
 */
export const CREATE_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  DeliveryStreamType: { type: 'string', enum: DELIVERY_STREAM_TYPES },
  DirectPutSourceConfiguration: structure({ ThroughputHintInMBs: { type: 'integer', min: 1, max: 100 } }),
  KinesisStreamSourceConfiguration: KINESIS_SOURCE_CONFIGURATION,
  MSKSourceConfiguration: MSK_SOURCE_CONFIGURATION,
  DatabaseSourceConfiguration: ECHOED,
  DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT,
  S3DestinationConfiguration: S3_DESTINATION,
  ExtendedS3DestinationConfiguration: S3_DESTINATION,
  RedshiftDestinationConfiguration: ECHOED,
  ElasticsearchDestinationConfiguration: ECHOED,
  AmazonopensearchserviceDestinationConfiguration: ECHOED,
  SplunkDestinationConfiguration: ECHOED,
  HttpEndpointDestinationConfiguration: ECHOED,
  AmazonOpenSearchServerlessDestinationConfiguration: ECHOED,
  SnowflakeDestinationConfiguration: ECHOED,
  IcebergDestinationConfiguration: ECHOED,
  Tags: list(TAG, { min: 1, max: MAX_TAGS }),
});

/**
 * CreateDeliveryStream output. [MODEL]
 *
 * @example
 * ```ts
 * CREATE_OUTPUT.members.DeliveryStreamARN.type; // 'string'
 * ```
 */
export const CREATE_OUTPUT = structure({ DeliveryStreamARN: { type: 'string' } });

/**
 * DescribeDeliveryStream input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, DESCRIBE_INPUT.members);
 * ```
 */
export const DESCRIBE_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Limit: { type: 'integer', min: 1, max: 10_000 },
  ExclusiveStartDestinationId: { type: 'string', pattern: '[a-zA-Z0-9-]+', min: 1, max: 100 },
});

/**
 * `FailureDescription`. [MODEL]
 *
 * @example
 * ```ts
 * FAILURE_DESCRIPTION.members.Type.required; // true
 * ```
 */
export const FAILURE_DESCRIPTION = structure({ Type: required({ type: 'string' }), Details: required({ type: 'string' }) });

/**
 * `DeliveryStreamEncryptionConfiguration` as Describe returns it. [MODEL]
 *
 * @example
 * ```ts
 * ENCRYPTION_CONFIGURATION.members.Status.enum; // ['ENABLED', ...]
 * ```
 */
export const ENCRYPTION_CONFIGURATION = structure({
  KeyARN: { type: 'string' },
  KeyType: { type: 'string', enum: KEY_TYPES },
  Status: { type: 'string', enum: ['ENABLED', 'ENABLING', 'ENABLING_FAILED', 'DISABLED', 'DISABLING', 'DISABLING_FAILED'] },
  FailureDescription: FAILURE_DESCRIPTION,
});

/**
 * `SourceDescription`: the source of a Kinesis-, MSK- or database-sourced stream, with the
 * timestamps the SDK turns into `Date`s. [MODEL]
 *
 * @example
 * ```ts
 * SOURCE_DESCRIPTION.members.KinesisStreamSourceDescription.members.DeliveryStartTimestamp.type; // 'timestamp'
 * ```
 */
export const SOURCE_DESCRIPTION = structure({
  DirectPutSourceDescription: structure({ ThroughputHintInMBs: { type: 'integer' } }),
  KinesisStreamSourceDescription: structure({
    KinesisStreamARN: { type: 'string' },
    RoleARN: { type: 'string' },
    DeliveryStartTimestamp: { type: 'timestamp' },
  }),
  MSKSourceDescription: structure({
    MSKClusterARN: { type: 'string' },
    TopicName: { type: 'string' },
    AuthenticationConfiguration: AUTHENTICATION,
    DeliveryStartTimestamp: { type: 'timestamp' },
    ReadFromTimestamp: { type: 'timestamp' },
  }),
  DatabaseSourceDescription: structure(
    { SnapshotInfo: list(structure({ RequestTimestamp: { type: 'timestamp' }, FailureDescription: FAILURE_DESCRIPTION }, { others: 'document' })) },
    { others: 'document' },
  ),
});

/**
 * An entry of `Destinations`: its id and one `...DestinationDescription` (S3 and extended S3 with
 * AWS's defaults, the others echoed), kept as documents. [MODEL]
 *
 * @example
 * ```ts
 * DESTINATION_DESCRIPTION.members.DestinationId.required; // true
 * ```
 */
export const DESTINATION_DESCRIPTION = structure({ DestinationId: required({ type: 'string' }) }, { others: 'document' });

/**
 * `DeliveryStreamDescription`. [MODEL]
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_DESCRIPTION.members.CreateTimestamp.type; // 'timestamp'
 * ```
 */
export const DELIVERY_STREAM_DESCRIPTION = structure({
  DeliveryStreamName: required({ type: 'string' }),
  DeliveryStreamARN: required({ type: 'string' }),
  DeliveryStreamStatus: required({ type: 'string', enum: ['CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED', 'ACTIVE'] }),
  FailureDescription: FAILURE_DESCRIPTION,
  DeliveryStreamEncryptionConfiguration: ENCRYPTION_CONFIGURATION,
  DeliveryStreamType: required({ type: 'string', enum: DELIVERY_STREAM_TYPES }),
  VersionId: required({ type: 'string' }),
  CreateTimestamp: { type: 'timestamp' },
  LastUpdateTimestamp: { type: 'timestamp' },
  Source: SOURCE_DESCRIPTION,
  Destinations: required(list(DESTINATION_DESCRIPTION)),
  HasMoreDestinations: required({ type: 'boolean' }),
});

/**
 * DescribeDeliveryStream output. [MODEL]
 *
 * @example
 * ```ts
 * DESCRIBE_OUTPUT.members.DeliveryStreamDescription.required; // true
 * ```
 */
export const DESCRIBE_OUTPUT = structure({ DeliveryStreamDescription: required(DELIVERY_STREAM_DESCRIPTION) });

/**
 * ListDeliveryStreams input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, LIST_INPUT.members);
 * ```
 */
export const LIST_INPUT = structure({
  Limit: { type: 'integer', min: 1, max: 10_000 },
  DeliveryStreamType: { type: 'string', enum: DELIVERY_STREAM_TYPES },
  ExclusiveStartDeliveryStreamName: { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 64 },
});

/**
 * ListDeliveryStreams output. [MODEL]
 *
 * @example
 * ```ts
 * LIST_OUTPUT.members.HasMoreDeliveryStreams.type; // 'boolean'
 * ```
 */
export const LIST_OUTPUT = structure({
  DeliveryStreamNames: required(list({ type: 'string' })),
  HasMoreDeliveryStreams: required({ type: 'boolean' }),
});

/**
 * DeleteDeliveryStream input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, DELETE_INPUT.members);
 * ```
 */
export const DELETE_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  AllowForceDelete: { type: 'boolean' },
});

/**
 * StartDeliveryStreamEncryption input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, START_INPUT.members);
 * ```
 */
export const START_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  DeliveryStreamEncryptionConfigurationInput: ENCRYPTION_INPUT,
});

/**
 * StopDeliveryStreamEncryption input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, STOP_INPUT.members);
 * ```
 */
export const STOP_INPUT = structure({ DeliveryStreamName: DELIVERY_STREAM_NAME });

/**
 * The output of operations whose output is empty (Delete, Start, Stop).
 *
 * @example
 * ```ts
 * Object.keys(UNIT.members).length; // 0
 * ```
 */
export const UNIT = structure({});

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

// AWS's Java service prints a record in a list-length message as `Record(data=java.nio.HeapByteBuffer[...])` [REAL].
const RECORD = structure({ Data: { type: 'blob', required: true, min: 0, max: MAX_RECORD_BYTES } }, { javaClass: 'Record' });

/**
 * PutRecord input. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, PUT_RECORD_INPUT.members);
 * ```
 */
export const PUT_RECORD_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Record: required(RECORD),
});

/**
 * PutRecord output. [MODEL]
 *
 * @example
 * ```ts
 * PUT_RECORD_OUTPUT.members.RecordId.required; // true
 * ```
 */
export const PUT_RECORD_OUTPUT = structure({ RecordId: required({ type: 'string' }), Encrypted: { type: 'boolean' } });

/**
 * PutRecordBatch input. [MODEL; the member path of an oversized record, `records.<n>.member.data` (1-based), is INFERRED from Kinesis' PutRecords format]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, PUT_RECORD_BATCH_INPUT.members);
 * ```
 */
export const PUT_RECORD_BATCH_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Records: required(list(RECORD, { min: 1, max: 500 })),
});

/**
 * PutRecordBatch output. [MODEL]
 *
 * @example
 * ```ts
 * PUT_RECORD_BATCH_OUTPUT.members.FailedPutCount.type; // 'integer'
 * ```
 */
export const PUT_RECORD_BATCH_OUTPUT = structure({
  FailedPutCount: required({ type: 'integer' }),
  Encrypted: { type: 'boolean' },
  RequestResponses: required(list(structure({ RecordId: { type: 'string' }, ErrorCode: { type: 'string' }, ErrorMessage: { type: 'string' } }))),
});

/**
 * CreateDeliveryStream's input as `run` gets it (validated, model form).
 *
 * @example
 * ```ts
 * const input: CreateInput = { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: { RoleARN, BucketARN } };
 * ```
 */
export type CreateInput = ValueOf<typeof CREATE_INPUT>;

/**
 * `DeliveryStreamEncryptionConfigurationInput` as `run` gets it.
 *
 * @example
 * ```ts
 * const sse: EncryptionInput = { KeyType: 'AWS_OWNED_CMK' };
 * ```
 */
export type EncryptionInput = ValueOf<typeof ENCRYPTION_INPUT>;

/**
 * Describe's `Source` (timestamps epoch ms): the source of a Kinesis-, MSK- or database-sourced stream.
 *
 * @example
 * ```ts
 * const source: SourceDescription = { KinesisStreamSourceDescription: { KinesisStreamARN, RoleARN, DeliveryStartTimestamp: 0 } };
 * ```
 */
export type SourceDescription = ValueOf<typeof SOURCE_DESCRIPTION>;

/**
 * A destination configuration member of CreateDeliveryStream.
 *
 * @example
 * ```ts
 * const member: DestinationMember = 'ExtendedS3DestinationConfiguration';
 * ```
 */
export type DestinationMember = keyof typeof DESTINATIONS;

/**
 * TagDeliveryStream input: 1 to 50 tags. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, TAG_INPUT.members);
 * ```
 */
export const TAG_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  Tags: required(list(TAG, { min: 1, max: MAX_TAGS })),
});

/**
 * UntagDeliveryStream input: 1 to 50 tag keys. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, UNTAG_INPUT.members);
 * ```
 */
export const UNTAG_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  TagKeys: required(list({ type: 'string', pattern: TAG_KEY_PATTERN, min: 1, max: 128 }, { min: 1, max: MAX_TAGS })),
});

/**
 * ListTagsForDeliveryStream input: `Limit` 1..50, `ExclusiveStartTagKey` a TagKey. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, LIST_TAGS_INPUT.members);
 * ```
 */
export const LIST_TAGS_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  ExclusiveStartTagKey: { type: 'string', pattern: TAG_KEY_PATTERN, min: 1, max: 128 },
  Limit: { type: 'integer', min: 1, max: MAX_TAGS },
});

/**
 * ListTagsForDeliveryStream output. [MODEL]
 *
 * @example
 * ```ts
 * LIST_TAGS_OUTPUT.members.HasMoreTags.required; // true
 * ```
 */
export const LIST_TAGS_OUTPUT = structure({
  Tags: required(list(structure({ Key: required({ type: 'string' }), Value: { type: 'string' } }))),
  HasMoreTags: required({ type: 'boolean' }),
});

const OPTIONAL_ROLE_ARN = { type: 'string', pattern: ROLE_ARN.pattern, min: 1, max: 512 } as const satisfies Shape;
const OPTIONAL_BUCKET_ARN = { type: 'string', pattern: BUCKET_ARN.pattern, min: 1, max: 2048 } as const satisfies Shape;
/** An S3 destination update: every member optional (the ARNs still checked), the rest echoed. */
const S3_UPDATE = structure({ RoleARN: OPTIONAL_ROLE_ARN, BucketARN: OPTIONAL_BUCKET_ARN }, { others: 'document' });

/**
 * The destination update members of UpdateDestination, and the CreateDeliveryStream member each
 * corresponds to. [MODEL]
 *
 * @example
 * ```ts
 * DESTINATION_UPDATES['ExtendedS3DestinationUpdate']; // 'ExtendedS3DestinationConfiguration'
 * ```
 */
export const DESTINATION_UPDATES = {
  S3DestinationUpdate: 'S3DestinationConfiguration',
  ExtendedS3DestinationUpdate: 'ExtendedS3DestinationConfiguration',
  RedshiftDestinationUpdate: 'RedshiftDestinationConfiguration',
  ElasticsearchDestinationUpdate: 'ElasticsearchDestinationConfiguration',
  AmazonopensearchserviceDestinationUpdate: 'AmazonopensearchserviceDestinationConfiguration',
  SplunkDestinationUpdate: 'SplunkDestinationConfiguration',
  HttpEndpointDestinationUpdate: 'HttpEndpointDestinationConfiguration',
  AmazonOpenSearchServerlessDestinationUpdate: 'AmazonOpenSearchServerlessDestinationConfiguration',
  SnowflakeDestinationUpdate: 'SnowflakeDestinationConfiguration',
  IcebergDestinationUpdate: 'IcebergDestinationConfiguration',
} as const satisfies Readonly<Record<string, DestinationMember>>;

/**
 * A destination update member of UpdateDestination.
 *
 * @example
 * ```ts
 * const member: DestinationUpdateMember = 'ExtendedS3DestinationUpdate';
 * ```
 */
export type DestinationUpdateMember = keyof typeof DESTINATION_UPDATES;

/**
 * UpdateDestination input: the version it updates (`DeliveryStreamVersionId`, 1..50 digits), the
 * destination (`DestinationId`, 1..100 of `[a-zA-Z0-9-]`) and one destination update. [MODEL]
 *
 * @example
 * ```ts
 * validateInput('firehose', input, UPDATE_DESTINATION_INPUT.members);
 * ```
 */
export const UPDATE_DESTINATION_INPUT = structure({
  DeliveryStreamName: DELIVERY_STREAM_NAME,
  CurrentDeliveryStreamVersionId: { type: 'string', required: true, pattern: '[0-9]+', min: 1, max: 50 },
  DestinationId: { type: 'string', required: true, pattern: '[a-zA-Z0-9-]+', min: 1, max: 100 },
  S3DestinationUpdate: S3_UPDATE,
  ExtendedS3DestinationUpdate: S3_UPDATE,
  RedshiftDestinationUpdate: ECHOED,
  ElasticsearchDestinationUpdate: ECHOED,
  AmazonopensearchserviceDestinationUpdate: ECHOED,
  SplunkDestinationUpdate: ECHOED,
  HttpEndpointDestinationUpdate: ECHOED,
  AmazonOpenSearchServerlessDestinationUpdate: ECHOED,
  SnowflakeDestinationUpdate: ECHOED,
  IcebergDestinationUpdate: ECHOED,
});

/**
 * UpdateDestination's input as `run` gets it.
 *
 * @example
 * ```ts
 * const input: UpdateDestinationInput = { DeliveryStreamName: 'd', CurrentDeliveryStreamVersionId: '1', DestinationId: 'destinationId-000000000001' };
 * ```
 */
export type UpdateDestinationInput = ValueOf<typeof UPDATE_DESTINATION_INPUT>;
