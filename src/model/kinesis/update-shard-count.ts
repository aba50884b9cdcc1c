import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { countWithin, record } from '../rolling-window';
import { kinesisError, reshardRateLimit, reshardScaleLimit, shardLimitExceeded, streamNotActive } from './messages';
import { beginResharding } from './resharding';
import { UPDATE_SHARD_COUNT_INPUT, UPDATE_SHARD_COUNT_OUTPUT } from './shapes';
import { openShardCount } from './shards';
import { StreamIndex } from './stream-index';
import { findStream } from './streams';

/** The exceptions of UpdateShardCount in the service model. [MODEL] */
const ERRORS = [
  'AccessDeniedException',
  'InvalidArgumentException',
  'LimitExceededException',
  'ResourceInUseException',
  'ResourceNotFoundException',
  'ValidationException',
] as const;

/**
 * UpdateShardCount (UNIFORM_SCALING): answers `{ StreamName, CurrentShardCount, TargetShardCount,
 * StreamARN }` at once and puts the stream in UPDATING for `durations.resharding`; then the open
 * shards are closed (EndingSequenceNumber) and the target number opened, naming their parents
 * (see `resharding.ts`). Checks, in order: the stream; ON_DEMAND → InvalidArgumentException
 * [UNKNOWN text]; not ACTIVE → ResourceInUseException [PEER]; more than double or less than half
 * the open shards → LimitExceededException [PEER texts]; beyond the account's shard limit →
 * LimitExceededException [REAL text of CreateStream's]; more than `limits.reshardsPer24h`
 * successful calls per stream in a rolling 24 hours → LimitExceededException [DOC limit, UNKNOWN
 * text]. While UPDATING, Start/StopStreamEncryption are ResourceInUseException.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'UpdateShardCount', { StreamName: 'orders', TargetShardCount: 2, ScalingType: 'UNIFORM_SCALING' }, ctx);
 * ```
 */
export const updateShardCount = defineOperation({
  service: 'kinesis',
  name: 'UpdateShardCount',
  input: UPDATE_SHARD_COUNT_INPUT,
  output: UPDATE_SHARD_COUNT_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    if (stream.mode === 'ON_DEMAND') {
      return fail(kinesisError('InvalidArgumentException', `UpdateShardCount is not supported for stream ${stream.name} under account ${stream.account} in ON_DEMAND capacity mode.`));
    }
    if (stream.status !== 'ACTIVE') return fail(streamNotActive(stream.name, stream.account, stream.status));
    const open = openShardCount(stream);
    const target = input.TargetShardCount;
    if (target > open * 2) return fail(reshardScaleLimit('up', open, target));
    if (target * 2 < open) return fail(reshardScaleLimit('down', open, target));
    const limits = world.kinesisOptions.limits;
    const streams = world.kinesis.streams;
    const accountOpen =
      streams instanceof StreamIndex
        ? streams.shardsIn(stream.region, stream.account)
        : [...streams.values()].filter((s) => s.region === stream.region && s.account === stream.account).reduce((n, s) => n + openShardCount(s), 0);
    if (accountOpen - open + target > limits.shardLimit) return fail(shardLimitExceeded(stream.account, stream.region, accountOpen, limits.shardLimit, target - open));
    const key = `${stream.arn}#${stream.serial}`;
    if (countWithin(world.kinesis.reshards, key, ctx.now) >= limits.reshardsPer24h) return fail(reshardRateLimit(stream.name, stream.account, limits.reshardsPer24h));
    record(world.kinesis.reshards, key, ctx.now);
    beginResharding(world, stream, target, ctx.now);
    return ok({ StreamName: stream.name, CurrentShardCount: open, TargetShardCount: target, StreamARN: stream.arn });
  },
});
