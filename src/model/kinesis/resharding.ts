import { schedule } from '../pending';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import { ENDING_SEQUENCE_INDEX, evenRange, isOpen, openShard, sequenceNumber } from './shards';
import type { KinesisShard, KinesisStream } from './state';
import { StreamIndex } from './stream-index';
import { setStatus } from './streams';

/**
 * Closes a shard at `now`: its EndingSequenceNumber is its starting number's layout with the
 * largest sequence index and the closing second (as kinesalite writes it [PEER]).
 *
 * @example
 * ```ts
 * closeShard(shard, now);
 * ```
 */
function closeShard(shard: KinesisShard, now: number): void {
  shard.endingSequenceNumber = sequenceNumber(shard.createdAt, shard.index, ENDING_SEQUENCE_INDEX, now);
  shard.closedAt = now;
  delete shard.dataChunk; // no record will be written to it again: its records keep what they need
}

/**
 * The shard graph of a uniform rescale to `target` open shards at `now`: every open shard closes;
 * `target` new shards split the hash-key space evenly, each naming the closed shards its range
 * overlaps as ParentShardId (and AdjacentParentShardId when two). Where a new shard overlaps
 * three or more, short-lived shards merge them pairwise first and close at once, as AWS's
 * "short-lived shards" do. [DOC: splits and merges, short-lived shards; INF: the exact graph]
 *
 * @example
 * ```ts
 * stream.shards = reshardedShards(stream, 4, now);
 * ```
 */
export function reshardedShards(stream: KinesisStream, target: number, now: number): KinesisShard[] {
  const all = [...stream.shards];
  const open = all.filter(isOpen).sort((a, b) => (a.startingHashKey < b.startingHashKey ? -1 : 1));
  for (const shard of open) closeShard(shard, now);
  for (let i = 0; i < target; i++) {
    const range = evenRange(i, target);
    let parents = open.filter((s) => s.startingHashKey <= range.end && s.endingHashKey >= range.start);
    while (parents.length > 2) {
      const [a, b] = parents as [KinesisShard, KinesisShard];
      const merged = openShard(all.length, a.startingHashKey, b.endingHashKey, now, { parentShardId: a.shardId, adjacentParentShardId: b.shardId });
      closeShard(merged, now);
      all.push(merged);
      parents = [merged, ...parents.slice(2)];
    }
    const [parent, adjacent] = parents;
    all.push(
      openShard(all.length, range.start, range.end, now, {
        ...(parent === undefined ? {} : { parentShardId: parent.shardId }),
        ...(adjacent === undefined ? {} : { adjacentParentShardId: adjacent.shardId }),
      }),
    );
  }
  return all;
}

/**
 * Starts an accepted UpdateShardCount: the stream is UPDATING for `durations.resharding` (plan kind
 * `stream-resharding`); then its shards are resharded ({@link reshardedShards}) and it is ACTIVE
 * again. A fault plan that fails the transition leaves the shards as they were. Records written
 * meanwhile go to the old shards; the new shards take the stream's encryption as it is then.
 *
 * @example
 * ```ts
 * beginResharding(world, stream, 4, now);
 * ```
 */
export function beginResharding(world: ModelWorld, stream: KinesisStream, target: number, now: number): void {
  setStatus(world, stream, 'UPDATING', now);
  const plan = planTransition(world, { service: 'kinesis', resource: stream.arn, kind: 'stream-resharding', now }, world.kinesisOptions.durations.resharding);
  const pending = schedule(world.pending, now + plan.delay, `kinesis ${stream.name} UpdateShardCount->${target}`, (at) => {
    stream.reshard = undefined;
    if (plan.failure !== undefined) {
      setStatus(world, stream, 'ACTIVE', at, `${plan.label ?? 'fault'}: ${plan.failure.type}: ${plan.failure.details}; shards left as they were`);
      return;
    }
    const before = stream.shards.filter(isOpen).length;
    if (before !== target) {
      stream.shards = reshardedShards(stream, target, at);
      if (world.kinesis.streams instanceof StreamIndex) world.kinesis.streams.noteShards(stream);
    }
    setStatus(world, stream, 'ACTIVE', at, `${plan.label === undefined ? '' : `${plan.label}; `}open shards ${before} -> ${target}`);
  });
  stream.reshard = { target, pending };
}
