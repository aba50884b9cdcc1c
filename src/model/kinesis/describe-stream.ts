import { defineOperation } from '../operation';
import { ok } from '../result';
import { describeStream as description } from './describe';
import { DESCRIBE_STREAM_INPUT, DESCRIBE_STREAM_OUTPUT } from './shapes';
import { findStream } from './streams';

/**
 * At most this many shards per DescribeStream call, whatever Limit says. [DOC]
 *
 * @example
 * ```ts
 * Math.min(limit ?? DESCRIBE_STREAM_MAX_SHARDS, DESCRIBE_STREAM_MAX_SHARDS);
 * ```
 */
export const DESCRIBE_STREAM_MAX_SHARDS = 100;

/** The exceptions of DescribeStream in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * DescribeStream: the full StreamDescription with its shards (none while CREATING or DELETING),
 * `Limit` (default and maximum 100) shards after `ExclusiveStartShardId`, `HasMoreShards`,
 * `EnhancedMonitoring: [{ ShardLevelMetrics: [] }]`, `RetentionPeriodHours: 24`,
 * StreamModeDetails, EncryptionType and KeyId (absent when unencrypted).
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DescribeStream', { StreamName: 'orders' }, ctx);
 * ```
 */
export const describeStream = defineOperation({
  service: 'kinesis',
  name: 'DescribeStream',
  input: DESCRIBE_STREAM_INPUT,
  output: DESCRIBE_STREAM_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const limit = Math.min(input.Limit ?? DESCRIBE_STREAM_MAX_SHARDS, DESCRIBE_STREAM_MAX_SHARDS);
    return ok({ StreamDescription: description(found.value, limit, input.ExclusiveStartShardId) });
  },
});
