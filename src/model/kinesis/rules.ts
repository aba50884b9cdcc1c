import type { CallContext } from '../context';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import { countWithin, nextFreeAt, record, type RollingWindow } from '../rolling-window';
import { validateInput } from '../validate';
import type { ModelWorld } from '../world';
import {
  ENCRYPTION_TYPE_NONE,
  kinesisError,
  keyApplicationLimitMessage,
  shardLimitExceeded,
  stopLimitMessage,
  streamNotActive,
  streamNotFound,
  transientStreamLimit,
} from './messages';
import { CLASSIC_MAX_DATA_BYTES, CREATE_STREAM_INPUT, LARGE_MAX_DATA_BYTES } from './shapes';
import type { KinesisStream } from './state';
import { openShardCount } from './shards';
import { StreamIndex } from './stream-index';
import { findStream, isTransient, limitKey, streamArn } from './streams';

/**
 * The rules of Kinesis Data Streams (preconditions, limits, state checks) that more than one path
 * applies: the operations, the world's setup view (`world.kinesis`) and the fault plans call
 * these, so a rule cannot differ between paths.
 */

/**
 * The Kinesis operations that use the stream's KMS key, the ones on which Kinesis can answer
 * `KMSThrottlingException` (exactly the operations whose declared errors include it; a spec holds
 * the two together).
 *
 * @example
 * ```ts
 * KMS_USING_OPERATIONS.includes('PutRecord'); // true
 * ```
 */
export const KMS_USING_OPERATIONS: readonly string[] = ['StartStreamEncryption', 'PutRecord', 'PutRecords', 'GetRecords'];

/**
 * The Kinesis operations that read or write a shard's records, the ones a default
 * ProvisionedThroughputExceededException fault plan answers.
 *
 * @example
 * ```ts
 * SHARD_DATA_OPERATIONS.includes('DescribeStream'); // false
 * ```
 */
export const SHARD_DATA_OPERATIONS: readonly string[] = ['PutRecord', 'PutRecords', 'GetRecords'];

/**
 * The largest `Data` blob under the world's record-size model: 1 MiB classic [REAL], 10 MiB with
 * `recordSizeModel: 'large-records'` [MODEL].
 *
 * @example
 * ```ts
 * maxDataBytes(world); // 1048576 in the classic model
 * ```
 */
export function maxDataBytes(world: ModelWorld): number {
  return world.kinesisOptions.behaviour.recordSizeModel === 'classic' ? CLASSIC_MAX_DATA_BYTES : LARGE_MAX_DATA_BYTES;
}

/**
 * The largest PutRecords request (data and partition keys) in MiB: 5, or 10 with
 * `recordSizeModel: 'large-records'`. [REAL for 5; INF for 10]
 *
 * @example
 * ```ts
 * putRecordsLimitMiB(world); // 5
 * ```
 */
export function putRecordsLimitMiB(world: ModelWorld): number {
  return world.kinesisOptions.behaviour.recordSizeModel === 'large-records' ? 10 : 5;
}

/**
 * Whether `name` is a valid StreamName for CreateStream (ValidationException otherwise), checked
 * against CreateStream's declared input shape.
 *
 * @example
 * ```ts
 * invalidStreamName('bad name!')?.type; // 'ValidationException'
 * ```
 */
export function invalidStreamName(name: unknown): ServiceError | undefined {
  return validateInput('kinesis', { StreamName: name }, { StreamName: CREATE_STREAM_INPUT.members.StreamName });
}

/**
 * Whether `count` is a valid ShardCount for CreateStream (a whole number ≥ 1), checked against
 * CreateStream's declared input shape.
 *
 * @example
 * ```ts
 * invalidShardCount(0)?.type; // 'ValidationException'
 * ```
 */
export function invalidShardCount(count: unknown): ServiceError | undefined {
  return validateInput('kinesis', { ShardCount: count }, { ShardCount: { ...CREATE_STREAM_INPUT.members.ShardCount, required: true } });
}

/**
 * Whether a stream of that name exists in the region (in any state, DELETING included): a name in
 * use cannot be created again. [REAL]
 *
 * @example
 * ```ts
 * streamNameTaken(world, 'us-east-1', 'orders'); // false
 * ```
 */
export function streamNameTaken(world: ModelWorld, region: string, name: string): boolean {
  return world.kinesis.streams.has(streamArn(region, world.accountId, name));
}

/**
 * CreateStream's account limits in a region: more than `limits.creatingStreams` streams CREATING
 * or DELETING at once, or more than `limits.shardLimit` shards, is LimitExceededException. [REAL texts]
 *
 * @example
 * ```ts
 * createLimitProblem(world, 'us-east-1', 4); // undefined while under the limits
 * ```
 */
export function createLimitProblem(world: ModelWorld, region: string, shards: number): ServiceError | undefined {
  const limits = world.kinesisOptions.limits;
  const streams = world.kinesis.streams;
  let transient: number;
  let open: number;
  if (streams instanceof StreamIndex) {
    transient = streams.transientIn(region, world.accountId, limits.creatingStreams);
    open = streams.shardsIn(region, world.accountId);
  } else {
    const here = [...streams.values()].filter((s) => s.region === region && s.account === world.accountId);
    transient = here.filter(isTransient).length;
    open = here.reduce((n, s) => n + openShardCount(s), 0);
  }
  if (transient >= limits.creatingStreams) return transientStreamLimit(limits.creatingStreams);
  if (open + shards > limits.shardLimit) return shardLimitExceeded(world.accountId, region, open, limits.shardLimit, shards);
  return undefined;
}

/**
 * DeleteStream's state check: a stream already DELETING is ResourceInUseException `... not
 * ACTIVE, instead in state DELETING` [UNKNOWN: our choice]; any other state can be deleted.
 *
 * @example
 * ```ts
 * deletionProblem(stream); // undefined for an ACTIVE stream
 * ```
 */
export function deletionProblem(stream: KinesisStream): ServiceError | undefined {
  return stream.status === 'DELETING' ? streamNotActive(stream.name, stream.account, stream.status) : undefined;
}

/**
 * The stream a write names: ResourceNotFoundException also while it is CREATING. [REAL]
 *
 * @example
 * ```ts
 * const r = writableStream(world, input, ctx);
 * ```
 */
export function writableStream(world: ModelWorld, input: Readonly<Record<string, unknown>>, ctx: CallContext): Result<KinesisStream> {
  const found = findStream(world, input, ctx);
  if (!found.ok) return found;
  if (found.value.status === 'CREATING') return fail(streamNotFound(found.value.name, found.value.account));
  return found;
}

/**
 * The checks StartStreamEncryption and StopStreamEncryption share, in this order:
 * `EncryptionType: 'NONE'` → InvalidArgumentException `Encryption type cannot be NONE.`; the
 * stream (InvalidArgumentException / ResourceNotFoundException); not ACTIVE →
 * ResourceInUseException `... not ACTIVE, instead in state <S>`. Changes nothing.
 *
 * @example
 * ```ts
 * const r = encryptionTarget(world, input, ctx);
 * if (r.ok) r.value.stream.status; // 'ACTIVE'
 * ```
 */
export function encryptionTarget(
  world: ModelWorld,
  input: { readonly EncryptionType: 'NONE' | 'KMS'; readonly KeyId: string; readonly StreamName?: string; readonly StreamARN?: string },
  ctx: CallContext,
): Result<{ readonly stream: KinesisStream; readonly keyId: string }> {
  if (input.EncryptionType === 'NONE') return fail(kinesisError('InvalidArgumentException', ENCRYPTION_TYPE_NONE));
  const found = findStream(world, input, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  if (stream.status !== 'ACTIVE') return fail(streamNotActive(stream.name, stream.account, stream.status));
  return ok({ stream, keyId: input.KeyId });
}

/**
 * The rolling 24-hour allowances of a stream: new-key applications (StartStreamEncryption) and
 * stops (StopStreamEncryption). [DOC]
 *
 * @example
 * ```ts
 * const a: DailyAllowance = 'stops';
 * ```
 */
export type DailyAllowance = 'keyApplications' | 'stops';

const ALLOWANCES: Readonly<
  Record<DailyAllowance, { readonly limit: (world: ModelWorld) => number; readonly message: (name: string, account: string, limit: number) => string }>
> = {
  keyApplications: { limit: (world) => world.kinesisOptions.limits.keyApplicationsPer24h, message: keyApplicationLimitMessage },
  stops: { limit: (world) => world.kinesisOptions.limits.stopsPer24h, message: stopLimitMessage },
};

function allowanceWindow(world: ModelWorld, which: DailyAllowance): RollingWindow {
  return which === 'keyApplications' ? world.kinesis.keyApplications : world.kinesis.stops;
}

/**
 * How much of a stream's allowance is used at `now`: successful calls in the window, the limit, and
 * (when used up) the first instant another call is allowed.
 *
 * @example
 * ```ts
 * allowanceUsage(world, 'stops', stream, now); // { used: 0, limit: 25 }
 * ```
 */
export function allowanceUsage(
  world: ModelWorld,
  which: DailyAllowance,
  stream: KinesisStream,
  now: number,
): { readonly used: number; readonly limit: number; readonly nextFreeAt?: number } {
  const window = allowanceWindow(world, which);
  const key = limitKey(world, stream);
  const limit = ALLOWANCES[which].limit(world);
  const used = countWithin(window, key, now);
  const free = used >= limit ? nextFreeAt(window, key, now) : undefined;
  return free === undefined ? { used, limit } : { used, limit, nextFreeAt: free };
}

/**
 * Uses one of a stream's allowances: when it is used up, LimitExceededException (its own text) and
 * nothing counted; otherwise counts this call. Call it last, once nothing else can reject the
 * call, since only successful calls count. [DOC]
 *
 * @example
 * ```ts
 * const refused = useDailyAllowance(world, 'stops', stream, now);
 * if (refused !== undefined) return fail(refused);
 * ```
 */
export function useDailyAllowance(world: ModelWorld, which: DailyAllowance, stream: KinesisStream, now: number): ServiceError | undefined {
  const usage = allowanceUsage(world, which, stream, now);
  if (usage.used >= usage.limit) return kinesisError('LimitExceededException', ALLOWANCES[which].message(stream.name, stream.account, usage.limit));
  record(allowanceWindow(world, which), limitKey(world, stream), now);
  return undefined;
}
