import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { describeStream as description } from './describe';
import { fields, SHARD_ID, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './shapes';
import { findStream } from './streams';

/**
 * DescribeStream's members.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders', Limit: 10 }, DESCRIBE_STREAM_MEMBERS); // undefined
 * ```
 */
export const DESCRIBE_STREAM_MEMBERS: Members = {
  ExclusiveStartShardId: SHARD_ID,
  Limit: { type: 'integer', min: 1, max: 10000 },
  StreamARN: STREAM_ARN,
  StreamId: STREAM_ID,
  StreamName: STREAM_NAME,
};

/**
 * At most this many shards per DescribeStream call, whatever Limit says. [DOC]
 *
 * @example
 * ```ts
 * Math.min(limit ?? DESCRIBE_STREAM_MAX_SHARDS, DESCRIBE_STREAM_MAX_SHARDS);
 * ```
 */
export const DESCRIBE_STREAM_MAX_SHARDS = 100;

/**
 * DescribeStream: the full StreamDescription with its shards (none while CREATING or DELETING),
 * `Limit` (default and maximum 100) shards after `ExclusiveStartShardId`, `HasMoreShards`,
 * `EnhancedMonitoring: [{ ShardLevelMetrics: [] }]`, `RetentionPeriodHours: 24`,
 * StreamModeDetails, EncryptionType and KeyId (absent when unencrypted).
 *
 * @example
 * ```ts
 * describeStream(world, { StreamName: 'orders' }, ctx);
 * ```
 */
export const describeStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, DESCRIBE_STREAM_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const found = findStream(world, i, ctx);
  if (!found.ok) return found;
  const limit = Math.min((i['Limit'] as number | undefined) ?? DESCRIBE_STREAM_MAX_SHARDS, DESCRIBE_STREAM_MAX_SHARDS);
  return ok({ StreamDescription: description(found.value, limit, i['ExclusiveStartShardId'] as string | undefined) });
};
