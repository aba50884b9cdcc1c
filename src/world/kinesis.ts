// Owned by the Kinesis work: the world's inspection view of Kinesis (no SDK).
import { parseArn } from '../model/arn';
import { describeSummary, type StreamDescriptionSummary } from '../model/kinesis/describe';
import { addStream } from '../model/kinesis/lifecycle';
import type { KinesisStream } from '../model/kinesis/state';
import { allowanceUsage, invalidShardCount, invalidStreamName, streamNameTaken } from '../model/kinesis/rules';
import { streamArn } from '../model/kinesis/streams';
import { indexArrivedFrom } from '../model/kinesis/record-index';
import { droppedRecords, dropExpiredKinesisRecords, type DroppedRecords } from '../model/retention';
import { isRegionName, type ModelWorld } from '../model/world';

/** The `since` option of a records view, checked: a finite number of epoch ms, or absent. */
function checkSince(method: string, options: { readonly since?: number } | undefined): number | undefined {
  const since = options?.since;
  if (since !== undefined && (typeof since !== 'number' || !Number.isFinite(since))) {
    throw new TypeError(`[kinesis-sse-harness] world.kinesis.${method}: since must be a finite number of epoch milliseconds; got ${JSON.stringify(since)}`);
  }
  return since;
}

export type { StreamDescriptionSummary } from '../model/kinesis/describe';

/**
 * One record written to a stream, as the world remembers it: where it went, when, and whether it
 * was encrypted (fixed when it was written).
 *
 * @example
 * ```ts
 * const [first] = world.kinesis.records('orders');
 * first?.encrypted; // false
 * ```
 */
export interface KinesisRecordInfo {
  readonly StreamARN: string;
  readonly ShardId: string;
  readonly SequenceNumber: string;
  readonly PartitionKey: string;
  /** ApproximateArrivalTimestamp, epoch ms. */
  readonly time: number;
  readonly encrypted: boolean;
  /** The KeyId (as given to StartStreamEncryption) the record was encrypted with; absent when not encrypted. */
  readonly KeyId?: string;
}

/**
 * How much of a rolling-window limit is used now. `nextFreeAt` (epoch ms) is present when the
 * limit is used up: the first instant another call is allowed.
 *
 * @example
 * ```ts
 * world.kinesis.limits('orders').keyApplications; // { used: 0, limit: 25 }
 * ```
 */
export interface KinesisLimitUsage {
  readonly used: number;
  readonly limit: number;
  readonly nextFreeAt?: number;
}

/**
 * Inspecting (and setting up) Kinesis streams without the SDK, at the clock's current time. A
 * stream is named by its name (in the world's region) or its ARN.
 *
 * @example
 * ```ts
 * world.kinesis.createStream('orders');
 * world.kinesis.describe('orders')?.StreamStatus; // 'ACTIVE'
 * ```
 */
export interface KinesisView {
  /** Exactly what DescribeStreamSummary would answer now (timestamps as epoch ms), or `undefined` when there is no such stream. */
  describe(nameOrArn: string): StreamDescriptionSummary | undefined;
  /**
   * Every record written to the stream, in the order written (empty when there is no such stream);
   * with `since`, those written at or after that virtual time (costs what it returns). With
   * `retain.records = 'readable'` only records within the retention period are kept (see
   * {@link KinesisView.droppedRecords}).
   *
   * @example
   * ```ts
   * world.kinesis.records('orders', { since: world.now() - 60_000 }).length;
   * ```
   */
  records(nameOrArn: string, options?: { readonly since?: number }): readonly KinesisRecordInfo[];
  /**
   * How many of the stream's records the world dropped past its retention period
   * (`retain.records = 'readable'`), and the arrival time of the latest of them.
   *
   * @example
   * ```ts
   * world.kinesis.droppedRecords('orders'); // { count: 0, through: undefined }
   * ```
   */
  droppedRecords(nameOrArn: string): DroppedRecords;
  /** The rolling 24-hour limits of StartStreamEncryption (new keys) and StopStreamEncryption for the stream. */
  limits(nameOrArn: string): { readonly keyApplications: KinesisLimitUsage; readonly stops: KinesisLimitUsage };
  /**
   * Adds a PROVISIONED stream for test setup: ACTIVE at once (default) or CREATING
   * (`active: false`, ACTIVE after `durations.creating`). Default 1 shard, the world's region. An
   * option it does not know is a TypeError naming it.
   */
  createStream(name: string, options?: { readonly shardCount?: number; readonly active?: boolean; readonly region?: string }): void;
}


/** The options `world.kinesis.createStream` takes; any other is refused by name. */
const CREATE_STREAM_KEYS = ['shardCount', 'active', 'region'];

/**
 * @internal
 *
 * @example
 * ```ts
 * const view = kinesisView(model, () => advanceTo(model, clock.now()));
 * ```
 */
export function kinesisView(model: ModelWorld, now: () => number): KinesisView {
  const arnOf = (what: string, nameOrArn: unknown): string => {
    if (typeof nameOrArn !== 'string' || nameOrArn.length === 0) {
      throw new TypeError(`[kinesis-sse-harness] world.kinesis.${what} needs a stream name or ARN; got ${JSON.stringify(nameOrArn)}`);
    }
    if (nameOrArn.startsWith('arn:')) {
      const arn = parseArn(nameOrArn);
      if (arn === undefined || arn.service !== 'kinesis' || !arn.resource.startsWith('stream/')) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.${what}: ${JSON.stringify(nameOrArn)} is not a Kinesis stream ARN`);
      }
      return nameOrArn;
    }
    return streamArn(model.region, model.accountId, nameOrArn);
  };
  const find = (what: string, nameOrArn: string): KinesisStream | undefined => {
    const arn = arnOf(what, nameOrArn);
    now();
    return model.kinesis.streams.get(arn);
  };
  return {
    describe(nameOrArn) {
      const stream = find('describe', nameOrArn);
      return stream === undefined ? undefined : describeSummary(stream);
    },
    records(nameOrArn, options) {
      const since = checkSince('records', options);
      const stream = find('records', nameOrArn);
      if (stream === undefined) return [];
      dropExpiredKinesisRecords(model, stream, model.lastNow, true);
      return stream.shards
        .flatMap((shard) => (since === undefined ? shard.records : shard.records.slice(indexArrivedFrom(shard.records, since))))
        .sort((a, b) => (a.counter < b.counter ? -1 : a.counter > b.counter ? 1 : 0))
        .map((r) => ({
          StreamARN: stream.arn,
          ShardId: r.shardId,
          SequenceNumber: r.sequenceNumber,
          PartitionKey: r.partitionKey,
          time: r.arrival,
          encrypted: r.encrypted,
          ...(r.keyId === undefined ? {} : { KeyId: r.keyId }),
        }));
    },
    droppedRecords(nameOrArn) {
      const stream = find('droppedRecords', nameOrArn);
      if (stream === undefined) return { count: 0, through: undefined };
      dropExpiredKinesisRecords(model, stream, model.lastNow, true);
      return droppedRecords(stream);
    },
    limits(nameOrArn) {
      const stream = find('limits', nameOrArn);
      if (stream === undefined) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.limits: no stream ${JSON.stringify(nameOrArn)} in the world`);
      }
      const t = now();
      return { keyApplications: allowanceUsage(model, 'keyApplications', stream, t), stops: allowanceUsage(model, 'stops', stream, t) };
    },
    createStream(name, options = {}) {
      if (typeof options !== 'object' || options === null) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.createStream: options must be an object; got ${JSON.stringify(options)}`);
      }
      for (const key of Object.keys(options)) {
        if (!CREATE_STREAM_KEYS.includes(key)) {
          throw new TypeError(`[kinesis-sse-harness] world.kinesis.createStream: unknown option '${key}'; known: ${CREATE_STREAM_KEYS.join(', ')}`);
        }
      }
      const invalid = invalidStreamName(name);
      if (invalid !== undefined) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.createStream: the name is not a valid StreamName (${invalid.message})`);
      }
      const shardCount = options.shardCount ?? 1;
      if (invalidShardCount(shardCount) !== undefined) {
        throw new RangeError(`[kinesis-sse-harness] world.kinesis.createStream: shardCount must be a whole number >= 1; got ${JSON.stringify(shardCount)}`);
      }
      const region = options.region ?? model.region;
      if (!isRegionName(region)) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.createStream: region must look like 'us-east-1'; got ${JSON.stringify(region)}`);
      }
      const t = now();
      if (streamNameTaken(model, region, name)) {
        throw new TypeError(`[kinesis-sse-harness] world.kinesis.createStream: stream ${JSON.stringify(name)} already exists in ${region}`);
      }
      addStream(model, { name, region, mode: 'PROVISIONED', shardCount }, t, options.active ?? true);
    },
  };
}
