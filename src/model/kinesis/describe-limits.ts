import { defineOperation } from '../operation';
import { ok } from '../result';
import { DESCRIBE_LIMITS_OUTPUT, UNIT } from './shapes';
import { openShardCount } from './shards';
import { StreamIndex } from './stream-index';

/** The exceptions of DescribeLimits in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'LimitExceededException'] as const;

/**
 * DescribeLimits: the account's limits in the caller's region: `ShardLimit` (`limits.shardLimit`),
 * `OpenShardCount` (open shards of every stream, ON_DEMAND ones included), `OnDemandStreamCount`
 * and `OnDemandStreamCountLimit` (`limits.onDemandStreamCountLimit`). [MODEL + DOC defaults]
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DescribeLimits', {}, ctx);
 * ```
 */
export const describeLimits = defineOperation({
  service: 'kinesis',
  name: 'DescribeLimits',
  input: UNIT,
  output: DESCRIBE_LIMITS_OUTPUT,
  errors: ERRORS,
  run(world, _input, ctx) {
    const streams = world.kinesis.streams;
    const here =
      streams instanceof StreamIndex
        ? streams.sortedIn(ctx.region, world.accountId)
        : [...streams.values()].filter((s) => s.region === ctx.region && s.account === world.accountId);
    const limits = world.kinesisOptions.limits;
    return ok({
      ShardLimit: limits.shardLimit,
      OpenShardCount: streams instanceof StreamIndex ? streams.shardsIn(ctx.region, world.accountId) : here.reduce((n, s) => n + openShardCount(s), 0),
      OnDemandStreamCount: here.filter((s) => s.mode === 'ON_DEMAND').length,
      OnDemandStreamCountLimit: limits.onDemandStreamCountLimit,
    });
  },
});
