import { list, required, structure, type Members, type Shape } from '../shape';

/**
 * Every shape of Kinesis Data Streams the model declares: the members of each operation's input
 * (botocore `kinesis/2013-12-02/service-2.json`, plus the newest model's StreamId, DryRun and
 * MaxRecordSizeInKiB), in the order AWS lists violations (by member name), and each operation's
 * output (member names as in the SDK's `schemas_0.js`). Examples validate with `validateInput('kinesis', ...)`.
 */

/**
 * `StreamName`: 1–128, `[a-zA-Z0-9_.-]+`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'bad name!' }, { StreamName: STREAM_NAME });
 * ```
 */
export const STREAM_NAME = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } as const satisfies Shape;
/**
 * `StreamARN`: 1–2048, `arn:aws.*:kinesis:.*:\d{12}:stream/\S+`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamARN: 'orders' }, { StreamARN: STREAM_ARN });
 * ```
 */
export const STREAM_ARN = { type: 'string', pattern: 'arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+', min: 1, max: 2048 } as const satisfies Shape;
/**
 * `StreamId`: 1–24, `[a-z0-9]{20}-[a-z0-9]{3}` ("Not Implemented"; accepted and ignored).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamId: 'X' }, { StreamId: STREAM_ID });
 * ```
 */
export const STREAM_ID = { type: 'string', pattern: '[a-z0-9]{20}-[a-z0-9]{3}', min: 1, max: 24 } as const satisfies Shape;
/**
 * `ShardId`: 1–128, `[a-zA-Z0-9_.-]+`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ShardId: '' }, { ShardId: SHARD_ID });
 * ```
 */
export const SHARD_ID = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } as const satisfies Shape;
/**
 * `SequenceNumber`: `0|([1-9]\d{0,128})`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StartingSequenceNumber: '01' }, { StartingSequenceNumber: SEQUENCE_NUMBER });
 * ```
 */
export const SEQUENCE_NUMBER = { type: 'string', pattern: '0|([1-9]\\d{0,128})' } as const satisfies Shape;
/**
 * `HashKey`: `0|([1-9]\d{0,38})`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ExplicitHashKey: '-1' }, { ExplicitHashKey: HASH_KEY });
 * ```
 */
export const HASH_KEY = { type: 'string', pattern: '0|([1-9]\\d{0,38})' } as const satisfies Shape;
/**
 * `PartitionKey`: 1–256.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { PartitionKey: '' }, { PartitionKey: { ...PARTITION_KEY, required: true } });
 * ```
 */
export const PARTITION_KEY = { type: 'string', min: 1, max: 256 } as const satisfies Shape;
/**
 * `KeyId`: 1–2048, no pattern.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { KeyId: '' }, { KeyId: { ...KEY_ID, required: true } });
 * ```
 */
export const KEY_ID = { type: 'string', min: 1, max: 2048 } as const satisfies Shape;
/**
 * `EncryptionType`: `NONE | KMS`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { EncryptionType: 'AES' }, { EncryptionType: ENCRYPTION_TYPE });
 * ```
 */
export const ENCRYPTION_TYPE = { type: 'string', enum: ['NONE', 'KMS'] } as const satisfies Shape;
/**
 * `DryRun`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { DryRun: true }, { DryRun: DRY_RUN }); // undefined
 * ```
 */
export const DRY_RUN = { type: 'boolean' } as const satisfies Shape;

/**
 * The three ways to name a stream, on every stream operation.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders' }, STREAM_IDENTIFIERS); // undefined
 * ```
 */
export const STREAM_IDENTIFIERS = { StreamARN: STREAM_ARN, StreamId: STREAM_ID, StreamName: STREAM_NAME } as const satisfies Members;

/**
 * The members of StartStreamEncryption and StopStreamEncryption (the same for both).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, STREAM_ENCRYPTION_MEMBERS);
 * ```
 */
export const STREAM_ENCRYPTION_MEMBERS = {
  EncryptionType: required(ENCRYPTION_TYPE),
  KeyId: required(KEY_ID),
  ...STREAM_IDENTIFIERS,
} as const satisfies Members;

/**
 * The input of StartStreamEncryption and StopStreamEncryption (the same for both).
 *
 * @example
 * ```ts
 * STREAM_ENCRYPTION_INPUT.members.KeyId.required; // true
 * ```
 */
export const STREAM_ENCRYPTION_INPUT = structure(STREAM_ENCRYPTION_MEMBERS);

/**
 * The output of operations whose output is Unit (an empty body on the wire).
 *
 * @example
 * ```ts
 * Object.keys(UNIT.members).length; // 0
 * ```
 */
export const UNIT = structure({});


/**
 * `StreamModeDetails`: `{ StreamMode: PROVISIONED | ON_DEMAND }` (required inside).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamModeDetails: { StreamMode: 'X' } }, { StreamModeDetails: STREAM_MODE_DETAILS });
 * ```
 */
export const STREAM_MODE_DETAILS = structure({ StreamMode: required({ type: 'string', enum: ['PROVISIONED', 'ON_DEMAND'] }) });

/**
 * A `Limit` of DescribeStream, GetRecords and ListStreams: 1–10000.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { Limit: 0 }, { Limit: LIMIT });
 * ```
 */
export const LIMIT = { type: 'integer', min: 1, max: 10000 } as const satisfies Shape;

/**
 * The largest `Data` blob in the classic record-size model: 1 MiB. [REAL]
 *
 * @example
 * ```ts
 * dataShape(CLASSIC_MAX_DATA_BYTES).max; // 1048576
 * ```
 */
export const CLASSIC_MAX_DATA_BYTES = 1_048_576;

/**
 * The largest `Data` blob in the newest model (`recordSizeModel: 'large-records'`): 10 MiB. [MODEL]
 *
 * @example
 * ```ts
 * dataShape(LARGE_MAX_DATA_BYTES).max; // 10485760
 * ```
 */
export const LARGE_MAX_DATA_BYTES = 10_485_760;

/**
 * The `Data` member (required blob) with the world's record-size bound.
 *
 * @example
 * ```ts
 * dataShape(1_048_576); // { type: 'blob', required: true, min: 0, max: 1048576 }
 * ```
 */
export function dataShape(maxBytes: number): { readonly type: 'blob'; readonly required: true; readonly min: number; readonly max: number } {
  return { type: 'blob', required: true, min: 0, max: maxBytes };
}

/**
 * CreateStream's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', ShardCount: 1 }, CREATE_STREAM_INPUT.members); // undefined
 * ```
 */
export const CREATE_STREAM_INPUT = structure({
  MaxRecordSizeInKiB: { type: 'integer', min: 1024, max: 10240 },
  ShardCount: { type: 'integer', min: 1 },
  StreamModeDetails: STREAM_MODE_DETAILS,
  StreamName: required(STREAM_NAME),
  Tags: { type: 'map', min: 1, max: 200, value: { type: 'string', min: 0, max: 256 } },
  WarmThroughputMiBps: { type: 'integer', min: 0 },
});

/**
 * DeleteStream's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders' }, DELETE_STREAM_INPUT.members); // undefined
 * ```
 */
export const DELETE_STREAM_INPUT = structure({ EnforceConsumerDeletion: { type: 'boolean' }, ...STREAM_IDENTIFIERS });

/**
 * DescribeStream's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', Limit: 10 }, DESCRIBE_STREAM_INPUT.members); // undefined
 * ```
 */
export const DESCRIBE_STREAM_INPUT = structure({ ExclusiveStartShardId: SHARD_ID, Limit: LIMIT, ...STREAM_IDENTIFIERS });

/**
 * DescribeStreamSummary's input: only the stream's identifiers.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders' }, DESCRIBE_STREAM_SUMMARY_INPUT.members); // undefined
 * ```
 */
export const DESCRIBE_STREAM_SUMMARY_INPUT = structure(STREAM_IDENTIFIERS);

/**
 * GetRecords's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ShardIterator: '' }, GET_RECORDS_INPUT.members);
 * ```
 */
export const GET_RECORDS_INPUT = structure({
  DryRun: DRY_RUN,
  Limit: LIMIT,
  ShardIterator: required({ type: 'string', min: 1, max: 512 }),
  StreamARN: STREAM_ARN,
  StreamId: STREAM_ID,
});

/**
 * GetShardIterator's input (the ShardIteratorType enum in the order AWS prints it [REAL]).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', ShardId: '0', ShardIteratorType: 'LATEST' }, GET_SHARD_ITERATOR_INPUT.members);
 * ```
 */
export const GET_SHARD_ITERATOR_INPUT = structure({
  DryRun: DRY_RUN,
  ShardId: required(SHARD_ID),
  ShardIteratorType: required({ type: 'string', enum: ['AFTER_SEQUENCE_NUMBER', 'LATEST', 'AT_TIMESTAMP', 'AT_SEQUENCE_NUMBER', 'TRIM_HORIZON'] }),
  StartingSequenceNumber: SEQUENCE_NUMBER,
  ...STREAM_IDENTIFIERS,
  Timestamp: { type: 'timestamp' },
});

/**
 * ListStreams's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { Limit: 10 }, LIST_STREAMS_INPUT.members); // undefined
 * ```
 */
export const LIST_STREAMS_INPUT = structure({
  ExclusiveStartStreamName: STREAM_NAME,
  Limit: LIMIT,
  NextToken: { type: 'string', min: 1, max: 1048576 },
});

/**
 * PutRecord's input with `Data` bounded by `maxDataBytes` (the world's record-size model).
 *
 * @example
 * ```ts
 * putRecordInput(CLASSIC_MAX_DATA_BYTES).members.Data.max; // 1048576
 * ```
 */
export function putRecordInput(maxDataBytes: number) {
  return structure({
    Data: dataShape(maxDataBytes),
    DryRun: DRY_RUN,
    ExplicitHashKey: HASH_KEY,
    PartitionKey: required(PARTITION_KEY),
    SequenceNumberForOrdering: SEQUENCE_NUMBER,
    ...STREAM_IDENTIFIERS,
  });
}

/**
 * PutRecords's input with each `Data` bounded by `maxDataBytes` (the world's record-size model).
 *
 * @example
 * ```ts
 * putRecordsInput(CLASSIC_MAX_DATA_BYTES).members.Records.max; // 500
 * ```
 */
export function putRecordsInput(maxDataBytes: number) {
  return structure({
    DryRun: DRY_RUN,
    Records: required(
      list(structure({ Data: dataShape(maxDataBytes), ExplicitHashKey: HASH_KEY, PartitionKey: required(PARTITION_KEY) }), { min: 1, max: 500 }),
    ),
    ...STREAM_IDENTIFIERS,
  });
}

// ---- Outputs ----

const STREAM_STATUS = { type: 'string', enum: ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'] } as const satisfies Shape;
const HASH_KEY_RANGE = structure({ StartingHashKey: required({ type: 'string' }), EndingHashKey: required({ type: 'string' }) });
const ENHANCED_MONITORING = list(structure({ ShardLevelMetrics: list({ type: 'string' }) }));

/**
 * A shard as DescribeStream lists it.
 *
 * @example
 * ```ts
 * SHARD.members.HashKeyRange.members.StartingHashKey.required; // true
 * ```
 */
export const SHARD = structure({
  ShardId: required({ type: 'string' }),
  ParentShardId: { type: 'string' },
  AdjacentParentShardId: { type: 'string' },
  HashKeyRange: required(HASH_KEY_RANGE),
  SequenceNumberRange: required(structure({ StartingSequenceNumber: required({ type: 'string' }), EndingSequenceNumber: { type: 'string' } })),
});

/**
 * The members DescribeStream's StreamDescription and DescribeStreamSummary's
 * StreamDescriptionSummary share.
 *
 * @example
 * ```ts
 * STREAM_DESCRIPTION_COMMON.StreamCreationTimestamp.type; // 'timestamp'
 * ```
 */
export const STREAM_DESCRIPTION_COMMON = {
  StreamName: required({ type: 'string' }),
  StreamARN: required({ type: 'string' }),
  StreamStatus: required(STREAM_STATUS),
  StreamModeDetails: STREAM_MODE_DETAILS,
  RetentionPeriodHours: required({ type: 'integer' }),
  StreamCreationTimestamp: required({ type: 'timestamp' }),
  EnhancedMonitoring: required(ENHANCED_MONITORING),
  EncryptionType: ENCRYPTION_TYPE,
  KeyId: { type: 'string' },
} as const satisfies Members;

/**
 * DescribeStream's output.
 *
 * @example
 * ```ts
 * DESCRIBE_STREAM_OUTPUT.members.StreamDescription.members.Shards.type; // 'list'
 * ```
 */
export const DESCRIBE_STREAM_OUTPUT = structure({
  StreamDescription: required(
    structure({ ...STREAM_DESCRIPTION_COMMON, Shards: required(list(SHARD)), HasMoreShards: required({ type: 'boolean' }) }),
  ),
});

/**
 * DescribeStreamSummary's output.
 *
 * @example
 * ```ts
 * DESCRIBE_STREAM_SUMMARY_OUTPUT.members.StreamDescriptionSummary.members.OpenShardCount.type; // 'integer'
 * ```
 */
export const DESCRIBE_STREAM_SUMMARY_OUTPUT = structure({
  StreamDescriptionSummary: required(
    structure({
      ...STREAM_DESCRIPTION_COMMON,
      OpenShardCount: required({ type: 'integer' }),
      ConsumerCount: { type: 'integer' },
      MaxRecordSizeInKiB: { type: 'integer' },
    }),
  ),
});

/**
 * GetRecords's output (ChildShards is declared but the model, which never reshards, does not send it).
 *
 * @example
 * ```ts
 * GET_RECORDS_OUTPUT.members.Records.member.members.Data.type; // 'blob'
 * ```
 */
export const GET_RECORDS_OUTPUT = structure({
  Records: required(
    list(
      structure({
        SequenceNumber: required({ type: 'string' }),
        ApproximateArrivalTimestamp: { type: 'timestamp' },
        Data: required({ type: 'blob' }),
        PartitionKey: required({ type: 'string' }),
        EncryptionType: ENCRYPTION_TYPE,
      }),
    ),
  ),
  NextShardIterator: { type: 'string' },
  MillisBehindLatest: { type: 'long' },
  ChildShards: list(structure({ ShardId: required({ type: 'string' }), ParentShards: required(list({ type: 'string' })), HashKeyRange: required(HASH_KEY_RANGE) })),
});

/**
 * GetShardIterator's output.
 *
 * @example
 * ```ts
 * GET_SHARD_ITERATOR_OUTPUT.members.ShardIterator.type; // 'string'
 * ```
 */
export const GET_SHARD_ITERATOR_OUTPUT = structure({ ShardIterator: { type: 'string' } });

/**
 * ListStreams's output.
 *
 * @example
 * ```ts
 * LIST_STREAMS_OUTPUT.members.StreamSummaries.member.members.StreamCreationTimestamp.type; // 'timestamp'
 * ```
 */
export const LIST_STREAMS_OUTPUT = structure({
  StreamNames: required(list({ type: 'string' })),
  HasMoreStreams: required({ type: 'boolean' }),
  NextToken: { type: 'string' },
  StreamSummaries: list(
    structure({
      StreamName: required({ type: 'string' }),
      StreamARN: required({ type: 'string' }),
      StreamStatus: required(STREAM_STATUS),
      StreamModeDetails: STREAM_MODE_DETAILS,
      StreamCreationTimestamp: { type: 'timestamp' },
    }),
  ),
});

/**
 * PutRecord's output.
 *
 * @example
 * ```ts
 * PUT_RECORD_OUTPUT.members.EncryptionType.enum; // ['NONE', 'KMS']
 * ```
 */
export const PUT_RECORD_OUTPUT = structure({
  ShardId: required({ type: 'string' }),
  SequenceNumber: required({ type: 'string' }),
  EncryptionType: ENCRYPTION_TYPE,
});

/**
 * PutRecords's output (ErrorCode/ErrorMessage are declared; the model fails a whole request instead).
 *
 * @example
 * ```ts
 * PUT_RECORDS_OUTPUT.members.FailedRecordCount.type; // 'integer'
 * ```
 */
export const PUT_RECORDS_OUTPUT = structure({
  FailedRecordCount: { type: 'integer' },
  Records: required(
    list(structure({ SequenceNumber: { type: 'string' }, ShardId: { type: 'string' }, ErrorCode: { type: 'string' }, ErrorMessage: { type: 'string' } })),
  ),
  EncryptionType: ENCRYPTION_TYPE,
});

/**
 * The exceptions of PutRecord and PutRecords in the service model (the same list for both). [MODEL]
 *
 * @example
 * ```ts
 * PUT_ERRORS.includes('KMSThrottlingException'); // true
 * ```
 */
export const PUT_ERRORS = [
  'AccessDeniedException',
  'DryRunOperationException',
  'InternalFailureException',
  'InvalidArgumentException',
  'KMSAccessDeniedException',
  'KMSDisabledException',
  'KMSInvalidStateException',
  'KMSNotFoundException',
  'KMSOptInRequired',
  'KMSThrottlingException',
  'ProvisionedThroughputExceededException',
  'ResourceNotFoundException',
] as const;
