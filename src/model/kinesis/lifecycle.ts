import { schedule } from '../pending';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import { cancelPending } from './encryption';
import type { KinesisStream, StreamMode } from './state';
import { makeShards } from './shards';
import { setStatus, streamArn, traceTransition } from './streams';

/**
 * Shards of an ON_DEMAND stream when it is created (4 MiB/s of write capacity). [DOC]
 *
 * @example
 * ```ts
 * makeShards(ON_DEMAND_SHARDS, now).length; // 4
 * ```
 */
export const ON_DEMAND_SHARDS = 4;

/**
 * What a new stream should be.
 *
 * @example
 * ```ts
 * const spec: NewStream = { name: 'orders', region: 'us-east-1', mode: 'PROVISIONED', shardCount: 2 };
 * ```
 */
export interface NewStream {
  readonly name: string;
  readonly region: string;
  readonly mode: StreamMode;
  readonly shardCount: number;
  readonly maxRecordSizeKiB?: number;
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Adds a stream in CREATING and schedules its CREATING → ACTIVE (plan kind `stream-creating`), or
 * adds it ACTIVE at once when `active` (test setup). Traces `StreamStatus` from `none`.
 *
 * @example
 * ```ts
 * addStream(world, { name: 'orders', region: 'us-east-1', mode: 'PROVISIONED', shardCount: 1 }, now, false);
 * ```
 */
export function addStream(world: ModelWorld, spec: NewStream, now: number, active: boolean): KinesisStream {
  const serial = world.kinesis.created++;
  const stream: KinesisStream = {
    name: spec.name,
    arn: streamArn(spec.region, world.accountId, spec.name),
    account: world.accountId,
    region: spec.region,
    serial,
    status: active ? 'ACTIVE' : 'CREATING',
    createdAt: now,
    mode: spec.mode,
    shards: makeShards(spec.shardCount, now),
    retentionHours: 24,
    ...(spec.maxRecordSizeKiB === undefined ? {} : { maxRecordSizeKiB: spec.maxRecordSizeKiB }),
    tags: { ...(spec.tags ?? {}) },
    consumers: [],
    encryption: { type: 'NONE' },
    reported: { type: 'NONE' },
    recordEncryption: { type: 'NONE' },
    counter: 0n,
  };
  world.kinesis.streams.set(stream.arn, stream);
  traceTransition(world, now, stream.arn, 'StreamStatus', 'none', stream.status);
  if (!active) {
    const plan = planTransition(world, { service: 'kinesis', resource: stream.arn, kind: 'stream-creating', now }, world.kinesisOptions.durations.creating);
    stream.lifecycle = schedule(world.pending, now + plan.delay, `kinesis ${stream.name} CREATING->ACTIVE`, (at) => {
      stream.lifecycle = undefined;
      setStatus(world, stream, 'ACTIVE', at, plan.label);
    });
  }
  return stream;
}

/**
 * Moves a stream to DELETING (cancelling whatever was pending on it) and schedules its removal
 * (plan kind `stream-deleting`), traced as `StreamStatus` DELETING → `none`.
 *
 * @example
 * ```ts
 * beginDeletion(world, stream, now);
 * ```
 */
export function beginDeletion(world: ModelWorld, stream: KinesisStream, now: number): void {
  cancelPending(stream);
  setStatus(world, stream, 'DELETING', now);
  const plan = planTransition(world, { service: 'kinesis', resource: stream.arn, kind: 'stream-deleting', now }, world.kinesisOptions.durations.deleting);
  stream.lifecycle = schedule(world.pending, now + plan.delay, `kinesis ${stream.name} DELETING->gone`, (at) => {
    stream.lifecycle = undefined;
    if (world.kinesis.streams.get(stream.arn) === stream) world.kinesis.streams.delete(stream.arn);
    traceTransition(world, at, stream.arn, 'StreamStatus', 'DELETING', 'none', plan.label);
  });
}
