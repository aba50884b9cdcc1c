import type { ServiceError } from '../errors';
import { required, structure, type Members, type Shape } from '../shape';
import { validateInput } from '../validate';

/**
 * The service model's member shapes shared by the Kinesis operations (botocore
 * `kinesis/2013-12-02/service-2.json`, plus the newest model's StreamId, DryRun and
 * MaxRecordSizeInKiB). Members are declared in the order AWS lists violations: by member name.
 */

/**
 * `StreamName`: 1–128, `[a-zA-Z0-9_.-]+`.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'bad name!' }, { StreamName: STREAM_NAME });
 * ```
 */
export const STREAM_NAME = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } as const satisfies Shape;
/**
 * `StreamARN`: 1–2048, `arn:aws.*:kinesis:.*:\d{12}:stream/\S+`.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamARN: 'orders' }, { StreamARN: STREAM_ARN });
 * ```
 */
export const STREAM_ARN = { type: 'string', pattern: 'arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+', min: 1, max: 2048 } as const satisfies Shape;
/**
 * `StreamId`: 1–24, `[a-z0-9]{20}-[a-z0-9]{3}` ("Not Implemented"; accepted and ignored).
 *
 * @example
 * ```ts
 * validateKinesis({ StreamId: 'X' }, { StreamId: STREAM_ID });
 * ```
 */
export const STREAM_ID = { type: 'string', pattern: '[a-z0-9]{20}-[a-z0-9]{3}', min: 1, max: 24 } as const satisfies Shape;
/**
 * `ShardId`: 1–128, `[a-zA-Z0-9_.-]+`.
 *
 * @example
 * ```ts
 * validateKinesis({ ShardId: '' }, { ShardId: SHARD_ID });
 * ```
 */
export const SHARD_ID = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } as const satisfies Shape;
/**
 * `SequenceNumber`: `0|([1-9]\d{0,128})`.
 *
 * @example
 * ```ts
 * validateKinesis({ StartingSequenceNumber: '01' }, { StartingSequenceNumber: SEQUENCE_NUMBER });
 * ```
 */
export const SEQUENCE_NUMBER = { type: 'string', pattern: '0|([1-9]\\d{0,128})' } as const satisfies Shape;
/**
 * `HashKey`: `0|([1-9]\d{0,38})`.
 *
 * @example
 * ```ts
 * validateKinesis({ ExplicitHashKey: '-1' }, { ExplicitHashKey: HASH_KEY });
 * ```
 */
export const HASH_KEY = { type: 'string', pattern: '0|([1-9]\\d{0,38})' } as const satisfies Shape;
/**
 * `PartitionKey`: 1–256.
 *
 * @example
 * ```ts
 * validateKinesis({ PartitionKey: '' }, { PartitionKey: { ...PARTITION_KEY, required: true } });
 * ```
 */
export const PARTITION_KEY = { type: 'string', min: 1, max: 256 } as const satisfies Shape;
/**
 * `KeyId`: 1–2048, no pattern.
 *
 * @example
 * ```ts
 * validateKinesis({ KeyId: '' }, { KeyId: { ...KEY_ID, required: true } });
 * ```
 */
export const KEY_ID = { type: 'string', min: 1, max: 2048 } as const satisfies Shape;
/**
 * `EncryptionType`: `NONE | KMS`.
 *
 * @example
 * ```ts
 * validateKinesis({ EncryptionType: 'AES' }, { EncryptionType: ENCRYPTION_TYPE });
 * ```
 */
export const ENCRYPTION_TYPE = { type: 'string', enum: ['NONE', 'KMS'] } as const satisfies Shape;
/**
 * `DryRun`.
 *
 * @example
 * ```ts
 * validateKinesis({ DryRun: true }, { DryRun: DRY_RUN }); // undefined
 * ```
 */
export const DRY_RUN = { type: 'boolean' } as const satisfies Shape;

/**
 * The three ways to name a stream, on every stream operation.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders' }, STREAM_IDENTIFIERS); // undefined
 * ```
 */
export const STREAM_IDENTIFIERS = { StreamARN: STREAM_ARN, StreamId: STREAM_ID, StreamName: STREAM_NAME } as const satisfies Members;

/**
 * The members of StartStreamEncryption and StopStreamEncryption (the same for both).
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, STREAM_ENCRYPTION_MEMBERS);
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
 * `validateInput` for Kinesis.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'bad name!' }, { StreamName: STREAM_NAME });
 * ```
 */
export function validateKinesis(input: unknown, members: Members): ServiceError | undefined {
  return validateInput('kinesis', input, members);
}

/**
 * The input as a record of members (validation has already checked it is an object).
 *
 * @example
 * ```ts
 * const i = fields(input); i['StreamName'];
 * ```
 */
export function fields(input: unknown): Readonly<Record<string, unknown>> {
  return input as Readonly<Record<string, unknown>>;
}
