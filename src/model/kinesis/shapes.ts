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
 * GetRecords's output (ChildShards only at the end of a closed shard).
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

// ---- Issue 12: tags, ListShards, UpdateShardCount, DescribeLimits, consumers ----

/**
 * Tags a stream (or a consumer) may carry. [DOC: "up to 50 tags"]
 *
 * @example
 * ```ts
 * Object.keys(stream.tags).length <= MAX_TAGS; // true
 * ```
 */
export const MAX_TAGS = 50;


/**
 * `TagKey`: 1–128 (a map key's bounds are checked by the operations, see `tags.ts`).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ExclusiveStartTagKey: '' }, { ExclusiveStartTagKey: TAG_KEY });
 * ```
 */
export const TAG_KEY = { type: 'string', min: 1, max: 128 } as const satisfies Shape;

/**
 * `TagMap`: 1–200 entries, values 0–256 (keys 1–128, checked by the operations).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { Tags: {} }, { Tags: TAG_MAP });
 * ```
 */
export const TAG_MAP = { type: 'map', min: 1, max: 200, value: { type: 'string', min: 0, max: 256 } } as const satisfies Shape;

/**
 * `TagKeyList`: 1–50 keys of 1–128.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { TagKeys: [] }, { TagKeys: TAG_KEY_LIST });
 * ```
 */
export const TAG_KEY_LIST = list(TAG_KEY, { min: 1, max: MAX_TAGS });

/**
 * `ResourceARN`: 1–2048, `arn:aws.*:kinesis:.*:\d{12}:.+` (a stream or a consumer).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ResourceARN: 'x' }, { ResourceARN: RESOURCE_ARN });
 * ```
 */
export const RESOURCE_ARN = { type: 'string', pattern: 'arn:aws.*:kinesis:.*:\\d{12}:.+', min: 1, max: 2048 } as const satisfies Shape;

/**
 * `ConsumerName`: 1–128, `[a-zA-Z0-9_.-]+`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ConsumerName: 'bad name' }, { ConsumerName: CONSUMER_NAME });
 * ```
 */
export const CONSUMER_NAME = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } as const satisfies Shape;

/**
 * `ConsumerARN`: 1–2048, `^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+`.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ConsumerARN: 'x' }, { ConsumerARN: CONSUMER_ARN });
 * ```
 */
export const CONSUMER_ARN = {
  type: 'string',
  pattern: '^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+',
  min: 1,
  max: 2048,
} as const satisfies Shape;

/** A `NextToken` of ListShards and ListStreamConsumers: 1–1048576. */
const NEXT_TOKEN = { type: 'string', min: 1, max: 1048576 } as const satisfies Shape;

/**
 * AddTagsToStream's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', Tags: { team: 'a' } }, ADD_TAGS_TO_STREAM_INPUT.members); // undefined
 * ```
 */
export const ADD_TAGS_TO_STREAM_INPUT = structure({ Tags: required(TAG_MAP), ...STREAM_IDENTIFIERS });

/**
 * RemoveTagsFromStream's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', TagKeys: ['team'] }, REMOVE_TAGS_FROM_STREAM_INPUT.members); // undefined
 * ```
 */
export const REMOVE_TAGS_FROM_STREAM_INPUT = structure({ TagKeys: required(TAG_KEY_LIST), ...STREAM_IDENTIFIERS });

/**
 * ListTagsForStream's input (Limit 1–50).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', Limit: 51 }, LIST_TAGS_FOR_STREAM_INPUT.members);
 * ```
 */
export const LIST_TAGS_FOR_STREAM_INPUT = structure({ ExclusiveStartTagKey: TAG_KEY, Limit: { type: 'integer', min: 1, max: MAX_TAGS }, ...STREAM_IDENTIFIERS });

const TAG_LIST = list(structure({ Key: required(TAG_KEY), Value: { type: 'string' } }));

/**
 * ListTagsForStream's output.
 *
 * @example
 * ```ts
 * LIST_TAGS_FOR_STREAM_OUTPUT.members.HasMoreTags.required; // true
 * ```
 */
export const LIST_TAGS_FOR_STREAM_OUTPUT = structure({ Tags: required(TAG_LIST), HasMoreTags: required({ type: 'boolean' }) });

/**
 * TagResource's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ResourceARN: arn, Tags: { a: 'b' } }, TAG_RESOURCE_INPUT.members);
 * ```
 */
export const TAG_RESOURCE_INPUT = structure({ ResourceARN: required(RESOURCE_ARN), StreamId: STREAM_ID, Tags: required(TAG_MAP) });

/**
 * UntagResource's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ResourceARN: arn, TagKeys: ['a'] }, UNTAG_RESOURCE_INPUT.members);
 * ```
 */
export const UNTAG_RESOURCE_INPUT = structure({ ResourceARN: required(RESOURCE_ARN), StreamId: STREAM_ID, TagKeys: required(TAG_KEY_LIST) });

/**
 * ListTagsForResource's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ResourceARN: arn }, LIST_TAGS_FOR_RESOURCE_INPUT.members);
 * ```
 */
export const LIST_TAGS_FOR_RESOURCE_INPUT = structure({ ResourceARN: required(RESOURCE_ARN), StreamId: STREAM_ID });

/**
 * ListTagsForResource's output.
 *
 * @example
 * ```ts
 * LIST_TAGS_FOR_RESOURCE_OUTPUT.members.Tags.type; // 'list'
 * ```
 */
export const LIST_TAGS_FOR_RESOURCE_OUTPUT = structure({ Tags: TAG_LIST });

/**
 * The `ShardFilter` types of ListShards.
 *
 * @example
 * ```ts
 * SHARD_FILTER_TYPES.includes('AT_LATEST'); // true
 * ```
 */
export const SHARD_FILTER_TYPES = ['AFTER_SHARD_ID', 'AT_TRIM_HORIZON', 'FROM_TRIM_HORIZON', 'AT_LATEST', 'AT_TIMESTAMP', 'FROM_TIMESTAMP'] as const;

/**
 * ListShards's input (MaxResults 1–10000).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', MaxResults: 0 }, LIST_SHARDS_INPUT.members);
 * ```
 */
export const LIST_SHARDS_INPUT = structure({
  ExclusiveStartShardId: SHARD_ID,
  MaxResults: { type: 'integer', min: 1, max: 10000 },
  NextToken: NEXT_TOKEN,
  ShardFilter: structure({ ShardId: SHARD_ID, Timestamp: { type: 'timestamp' }, Type: required({ type: 'string', enum: SHARD_FILTER_TYPES }) }),
  StreamARN: STREAM_ARN,
  StreamCreationTimestamp: { type: 'timestamp' },
  StreamId: STREAM_ID,
  StreamName: STREAM_NAME,
});

/**
 * ListShards's output.
 *
 * @example
 * ```ts
 * LIST_SHARDS_OUTPUT.members.Shards.member === SHARD; // true
 * ```
 */
export const LIST_SHARDS_OUTPUT = structure({ Shards: list(SHARD), NextToken: { type: 'string' } });

/**
 * UpdateShardCount's input (TargetShardCount 1–100000, ScalingType UNIFORM_SCALING).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamName: 'orders', TargetShardCount: 2, ScalingType: 'UNIFORM_SCALING' }, UPDATE_SHARD_COUNT_INPUT.members); // undefined
 * ```
 */
export const UPDATE_SHARD_COUNT_INPUT = structure({
  ScalingType: required({ type: 'string', enum: ['UNIFORM_SCALING'] }),
  ...STREAM_IDENTIFIERS,
  TargetShardCount: required({ type: 'integer', min: 1, max: 100000 }),
});

/**
 * UpdateShardCount's output.
 *
 * @example
 * ```ts
 * UPDATE_SHARD_COUNT_OUTPUT.members.CurrentShardCount.type; // 'integer'
 * ```
 */
export const UPDATE_SHARD_COUNT_OUTPUT = structure({
  StreamName: { type: 'string' },
  CurrentShardCount: { type: 'integer' },
  TargetShardCount: { type: 'integer' },
  StreamARN: { type: 'string' },
});

/**
 * DescribeLimits's output.
 *
 * @example
 * ```ts
 * DESCRIBE_LIMITS_OUTPUT.members.OnDemandStreamCountLimit.required; // true
 * ```
 */
export const DESCRIBE_LIMITS_OUTPUT = structure({
  ShardLimit: required({ type: 'integer' }),
  OpenShardCount: required({ type: 'integer' }),
  OnDemandStreamCount: required({ type: 'integer' }),
  OnDemandStreamCountLimit: required({ type: 'integer' }),
});

const CONSUMER_STATUS = { type: 'string', enum: ['CREATING', 'DELETING', 'ACTIVE'] } as const satisfies Shape;

/**
 * A consumer as RegisterStreamConsumer and ListStreamConsumers answer it.
 *
 * @example
 * ```ts
 * CONSUMER.members.ConsumerStatus.enum; // ['CREATING', 'DELETING', 'ACTIVE']
 * ```
 */
export const CONSUMER = structure({
  ConsumerName: required({ type: 'string' }),
  ConsumerARN: required({ type: 'string' }),
  ConsumerStatus: required(CONSUMER_STATUS),
  ConsumerCreationTimestamp: required({ type: 'timestamp' }),
});

/**
 * RegisterStreamConsumer's input.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamARN: arn, ConsumerName: 'c' }, REGISTER_STREAM_CONSUMER_INPUT.members);
 * ```
 */
export const REGISTER_STREAM_CONSUMER_INPUT = structure({
  ConsumerName: required(CONSUMER_NAME),
  StreamARN: required(STREAM_ARN),
  StreamId: STREAM_ID,
  Tags: TAG_MAP,
});

/**
 * RegisterStreamConsumer's output.
 *
 * @example
 * ```ts
 * REGISTER_STREAM_CONSUMER_OUTPUT.members.Consumer.required; // true
 * ```
 */
export const REGISTER_STREAM_CONSUMER_OUTPUT = structure({ Consumer: required(CONSUMER) });

/**
 * The input of DescribeStreamConsumer and DeregisterStreamConsumer: the consumer's ARN, or the
 * stream's ARN and the consumer's name.
 *
 * @example
 * ```ts
 * validateInput('kinesis', { ConsumerARN: arn }, CONSUMER_REF_INPUT.members);
 * ```
 */
export const CONSUMER_REF_INPUT = structure({ ConsumerARN: CONSUMER_ARN, ConsumerName: CONSUMER_NAME, StreamARN: STREAM_ARN, StreamId: STREAM_ID });

/**
 * DescribeStreamConsumer's output.
 *
 * @example
 * ```ts
 * DESCRIBE_STREAM_CONSUMER_OUTPUT.members.ConsumerDescription.members.StreamARN.required; // true
 * ```
 */
export const DESCRIBE_STREAM_CONSUMER_OUTPUT = structure({
  ConsumerDescription: required(structure({ ...CONSUMER.members, StreamARN: required({ type: 'string' }) })),
});

/**
 * ListStreamConsumers's input (MaxResults 1–10000).
 *
 * @example
 * ```ts
 * validateInput('kinesis', { StreamARN: arn, MaxResults: 0 }, LIST_STREAM_CONSUMERS_INPUT.members);
 * ```
 */
export const LIST_STREAM_CONSUMERS_INPUT = structure({
  MaxResults: { type: 'integer', min: 1, max: 10000 },
  NextToken: NEXT_TOKEN,
  StreamARN: required(STREAM_ARN),
  StreamCreationTimestamp: { type: 'timestamp' },
  StreamId: STREAM_ID,
});

/**
 * ListStreamConsumers's output.
 *
 * @example
 * ```ts
 * LIST_STREAM_CONSUMERS_OUTPUT.members.Consumers.type; // 'list'
 * ```
 */
export const LIST_STREAM_CONSUMERS_OUTPUT = structure({ Consumers: list(CONSUMER), NextToken: { type: 'string' } });
