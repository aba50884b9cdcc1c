import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { kinesisError, streamExists } from './messages';
import { addStream, ON_DEMAND_SHARDS } from './lifecycle';
import { fields, STREAM_NAME, validateKinesis } from './shapes';
import type { StreamMode } from './state';
import { isTransient, streamArn } from './streams';

/**
 * CreateStream's members.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders', ShardCount: 1 }, CREATE_STREAM_MEMBERS); // undefined
 * ```
 */
export const CREATE_STREAM_MEMBERS: Members = {
  MaxRecordSizeInKiB: { type: 'integer', min: 1024, max: 10240 },
  ShardCount: { type: 'integer', min: 1 },
  StreamModeDetails: { type: 'structure', members: { StreamMode: { type: 'string', required: true, enum: ['PROVISIONED', 'ON_DEMAND'] } } },
  StreamName: { ...STREAM_NAME, required: true },
  Tags: { type: 'map', min: 1, max: 200, value: { type: 'string', min: 0, max: 256 } },
  WarmThroughputMiBps: { type: 'integer', min: 0 },
};

/**
 * CreateStream: the stream is CREATING at once (output `{}`) and ACTIVE after
 * `durations.creating`. PROVISIONED streams need ShardCount; ON_DEMAND streams get 4 shards and
 * take no ShardCount [INF]. A name in use (in any state) is ResourceInUseException
 * `Stream <n> under account <a> already exists.` [REAL]; more than `limits.creatingStreams`
 * streams CREATING or DELETING at once, or more than `limits.shardLimit` shards, is
 * LimitExceededException [REAL texts].
 *
 * @example
 * ```ts
 * createStream(world, { StreamName: 'orders', ShardCount: 1 }, { now: 0, region: 'us-east-1' });
 * ```
 */
export const createStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, CREATE_STREAM_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const name = i['StreamName'] as string;
  const mode = ((i['StreamModeDetails'] as { StreamMode?: StreamMode } | undefined)?.StreamMode ?? 'PROVISIONED') as StreamMode;
  const shardCount = i['ShardCount'] as number | undefined;
  if (mode === 'ON_DEMAND' && shardCount !== undefined) {
    return fail(kinesisError('InvalidArgumentException', 'ShardCount cannot be specified when StreamMode is ON_DEMAND.'));
  }
  if (mode === 'PROVISIONED' && shardCount === undefined) {
    return fail(kinesisError('InvalidArgumentException', 'ShardCount is required when StreamMode is PROVISIONED.'));
  }
  const arn = streamArn(ctx.region, world.accountId, name);
  if (world.kinesis.streams.has(arn)) return fail(streamExists(name, world.accountId));

  const here = [...world.kinesis.streams.values()].filter((s) => s.region === ctx.region && s.account === world.accountId);
  const limits = world.kinesisOptions.limits;
  if (here.filter(isTransient).length >= limits.creatingStreams) {
    return fail(
      kinesisError(
        'LimitExceededException',
        `This request would have exceed the limit on the number of streams that can simultaneously be in CREATING or DELETING. Limit: ${limits.creatingStreams}`,
      ),
    );
  }
  const shards = mode === 'ON_DEMAND' ? ON_DEMAND_SHARDS : shardCount!;
  const open = here.reduce((n, s) => n + s.shards.length, 0);
  if (open + shards > limits.shardLimit) {
    return fail(
      kinesisError(
        'LimitExceededException',
        `This request would exceed the shard limit for the account ${world.accountId} in ${ctx.region}. ` +
          `Current shard count for the account: ${open}. Limit: ${limits.shardLimit}. ` +
          `Number of additional shards that would have resulted from this request: ${shards}. ` +
          'Refer to the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.',
      ),
    );
  }
  const maxRecordSizeKiB = i['MaxRecordSizeInKiB'] as number | undefined;
  const tags = i['Tags'] as Record<string, string> | undefined;
  addStream(
    world,
    {
      name,
      region: ctx.region,
      mode,
      shardCount: shards,
      ...(maxRecordSizeKiB === undefined ? {} : { maxRecordSizeKiB }),
      ...(tags === undefined ? {} : { tags }),
    },
    ctx.now,
    false,
  );
  return ok({});
};
