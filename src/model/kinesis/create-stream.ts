import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { kinesisError, SHARD_COUNT_REQUIRED, SHARD_COUNT_WITH_ON_DEMAND, streamExists } from './messages';
import { addStream, ON_DEMAND_SHARDS } from './lifecycle';
import { createLimitProblem, streamNameTaken } from './rules';
import { CREATE_STREAM_INPUT, UNIT } from './shapes';

/** The exceptions of CreateStream in the service model. [MODEL] */
const ERRORS = ['InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ValidationException'] as const;

/**
 * CreateStream: the stream is CREATING at once (output `{}`) and ACTIVE after
 * `durations.creating`. PROVISIONED streams need ShardCount; ON_DEMAND streams get 4 shards and
 * take no ShardCount [INF]. Neither ShardCount nor StreamModeDetails is accepted: 4 shards [REAL:
 * LocalStack `test_create_stream_without_shard_count`, AWS-validated], reported ON_DEMAND [INF]. A name in use (in any state) is ResourceInUseException
 * `Stream <n> under account <a> already exists.` [REAL]; more than `limits.creatingStreams`
 * streams CREATING or DELETING at once, or more than `limits.shardLimit` shards, is
 * LimitExceededException [REAL texts].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'CreateStream', { StreamName: 'orders', ShardCount: 1 }, { now: 0, region: 'us-east-1' });
 * ```
 */
export const createStream = defineOperation({
  service: 'kinesis',
  name: 'CreateStream',
  input: CREATE_STREAM_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const name = input.StreamName;
    const shardCount = input.ShardCount;
    // Neither ShardCount nor StreamModeDetails: accepted, 4 shards [REAL]; reported ON_DEMAND [INF].
    const mode = input.StreamModeDetails?.StreamMode ?? (shardCount === undefined ? 'ON_DEMAND' : 'PROVISIONED');
    if (mode === 'ON_DEMAND' && shardCount !== undefined) return fail(kinesisError('InvalidArgumentException', SHARD_COUNT_WITH_ON_DEMAND));
    if (mode === 'PROVISIONED' && shardCount === undefined) return fail(kinesisError('InvalidArgumentException', SHARD_COUNT_REQUIRED));
    if (streamNameTaken(world, ctx.region, name)) return fail(streamExists(name, world.accountId));
    const shards = shardCount ?? ON_DEMAND_SHARDS;
    const overLimit = createLimitProblem(world, ctx.region, shards);
    if (overLimit !== undefined) return fail(overLimit);
    addStream(
      world,
      {
        name,
        region: ctx.region,
        mode,
        shardCount: shards,
        ...(input.MaxRecordSizeInKiB === undefined ? {} : { maxRecordSizeKiB: input.MaxRecordSizeInKiB }),
        ...(input.Tags === undefined ? {} : { tags: input.Tags }),
      },
      ctx.now,
      false,
    );
    return ok({});
  },
});
