// Owned by the Firehose work: the world's inspection view of Firehose (no SDK).
import { partitionOf } from '../model/arn';
import { setUpDeliveryStream } from '../model/firehose/create-delivery-stream';
import { describeStream, findStream, streamsInRegion, type DeliveryStreamDescription } from '../model/firehose/describe';
import { startStopUsed } from '../model/firehose/rules';
import type { DeliveryStream, DeliveryStreamType, FirehoseKey, FirehoseKeyType, FirehoseRecordInfo, FirehoseTag } from '../model/firehose/state';
import { completeNow } from '../model/firehose/transitions';
import { recordInfo } from '../model/firehose/records';
import { nextFreeAt } from '../model/rolling-window';
import type { ModelWorld } from '../model/world';
import { droppedRecords, dropExpiredFirehoseRecords, type DroppedRecords } from '../model/retention';

/**
 * How much of a rolling-window limit is used at the world's current time.
 *
 * @example
 * ```ts
 * const u: FirehoseLimitUsage = { used: 3, limit: 25, nextFreeAt: 86_400_000 };
 * ```
 */
export interface FirehoseLimitUsage {
  readonly used: number;
  readonly limit: number;
  /** When the oldest counted call leaves the window (epoch ms), if any call is counted. */
  readonly nextFreeAt?: number;
}

/**
 * Options of `world.firehose.createDeliveryStream`: what CreateDeliveryStream would be given, in
 * short. Everything optional: an ACTIVE, unencrypted DirectPut stream to an S3 bucket.
 *
 * @example
 * ```ts
 * const o: DeliveryStreamSetup = { encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } };
 * ```
 */
export interface DeliveryStreamSetup {
  /** Default `'DirectPut'`. */
  readonly type?: DeliveryStreamType;
  /** Create it with SSE (DirectPut only), as `DeliveryStreamEncryptionConfigurationInput`. */
  readonly encryption?: { readonly KeyType: FirehoseKeyType; readonly KeyARN?: string };
  /** The source stream of a KinesisStreamAsSource stream. Default `arn:aws:kinesis:<region>:<account>:stream/<name>-source`. */
  readonly kinesisStreamARN?: string;
  /** Whether it is ACTIVE at once (default `true`) or CREATING, as after the API call. */
  readonly active?: boolean;
  /** Default: the world's region. */
  readonly region?: string;
}

/**
 * Inspecting Firehose delivery streams without the SDK, at the clock's current time (every
 * transition due by then applied). A delivery stream is named by its name (in the world's region
 * unless `region` is given) or by its ARN.
 *
 * @example
 * ```ts
 * world.firehose.createDeliveryStream('orders');
 * world.firehose.describe('orders')?.DeliveryStreamEncryptionConfiguration; // { Status: 'DISABLED' }
 * ```
 */
export interface FirehoseView {
  /** How many delivery streams the world holds (every region). */
  readonly deliveryStreamCount: number;
  /** Exactly what DescribeDeliveryStream would return as `DeliveryStreamDescription` (timestamps epoch ms), or undefined. */
  describe(nameOrArn: string, options?: { readonly region?: string }): DeliveryStreamDescription | undefined;
  /**
   * Every record the delivery stream accepted, in order (empty for an unknown stream); with
   * `since`, those accepted at or after that virtual time (costs what it returns). With
   * `retain.records = 'readable'` only the last 24 hours are kept (see {@link FirehoseView.droppedRecords}).
   *
   * @example
   * ```ts
   * world.firehose.records('logs', { since: world.now() - 60_000 }).length;
   * ```
   */
  records(nameOrArn: string, options?: { readonly region?: string; readonly since?: number }): readonly FirehoseRecordInfo[];
  /**
   * How many of the delivery stream's records the world dropped past Firehose's 24-hour retention
   * (`retain.records = 'readable'`), and the time of the latest of them.
   *
   * @example
   * ```ts
   * world.firehose.droppedRecords('logs'); // { count: 0, through: undefined }
   * ```
   */
  droppedRecords(nameOrArn: string, options?: { readonly region?: string }): DroppedRecords;
  /** The delivery stream's tags, as ListTagsForDeliveryStream pages them (in the order added); empty for an unknown stream. */
  tags(nameOrArn: string, options?: { readonly region?: string }): readonly FirehoseTag[];
  /** The key actually encrypting (apart from the one Describe reports), or undefined when encryption is off. */
  keyInEffect(nameOrArn: string, options?: { readonly region?: string }): FirehoseKey | undefined;
  /** Start+Stop calls in the rolling 24 hours. Throws a RangeError for an unknown stream. */
  limits(nameOrArn: string, options?: { readonly region?: string }): { readonly startStop: FirehoseLimitUsage };
  /** Names of the delivery streams in a region (default the world's), alphabetical. */
  names(options?: { readonly region?: string }): string[];
  /**
   * Creates a delivery stream for test setup, as CreateDeliveryStream would (with an extended S3
   * destination), ACTIVE at once unless `active: false`. Throws an Error with AWS's answer when
   * CreateDeliveryStream would fail.
   */
  createDeliveryStream(name: string, options?: DeliveryStreamSetup): DeliveryStreamDescription;
}

const SETUP_KEYS = ['type', 'encryption', 'kinesisStreamARN', 'active', 'region'];

/**
 * @internal
 *
 * @example
 * ```ts
 * const view = firehoseView(model, () => advanceTo(model, clock.now()));
 * ```
 */
export function firehoseView(model: ModelWorld, now: () => number): FirehoseView {
  const find = (nameOrArn: string, options: { readonly region?: string } | undefined): DeliveryStream | undefined => {
    if (typeof nameOrArn !== 'string' || nameOrArn.length === 0) {
      throw new TypeError(`[kinesis-sse-harness] world.firehose: a delivery stream name or ARN is required; got ${JSON.stringify(nameOrArn)}`);
    }
    now();
    if (nameOrArn.startsWith('arn:')) return model.firehose.deliveryStreams.get(nameOrArn);
    return findStream(model, nameOrArn, options?.region ?? model.region);
  };
  return {
    get deliveryStreamCount() {
      now();
      return model.firehose.deliveryStreams.size;
    },
    describe(nameOrArn, options) {
      const s = find(nameOrArn, options);
      return s === undefined ? undefined : describeStream(s);
    },
    records(nameOrArn, options) {
      const since = options?.since;
      if (since !== undefined && (typeof since !== 'number' || !Number.isFinite(since))) {
        throw new TypeError(`[kinesis-sse-harness] world.firehose.records: since must be a finite number of epoch milliseconds; got ${JSON.stringify(since)}`);
      }
      const s = find(nameOrArn, options);
      if (s === undefined) return [];
      dropExpiredFirehoseRecords(model, s, model.lastNow, true);
      let from = 0;
      if (since !== undefined) {
        let hi = s.records.length;
        while (from < hi) {
          const mid = (from + hi) >>> 1;
          if (s.records[mid]!.time >= since) hi = mid;
          else from = mid + 1;
        }
      }
      return s.records.slice(from).map((r) => recordInfo(s, r));
    },
    droppedRecords(nameOrArn, options) {
      const s = find(nameOrArn, options);
      if (s === undefined) return { count: 0, through: undefined };
      dropExpiredFirehoseRecords(model, s, model.lastNow, true);
      return droppedRecords(s);
    },
    tags(nameOrArn, options) {
      const s = find(nameOrArn, options);
      return s === undefined ? [] : s.tags.map((t) => ({ ...t }));
    },
    keyInEffect(nameOrArn, options) {
      const k = find(nameOrArn, options)?.keyInEffect;
      return k === undefined ? undefined : { ...k };
    },
    limits(nameOrArn, options) {
      const s = find(nameOrArn, options);
      if (s === undefined) {
        throw new RangeError(`[kinesis-sse-harness] world.firehose.limits: no delivery stream ${JSON.stringify(nameOrArn)} in the world`);
      }
      const t = model.lastNow;
      const used = startStopUsed(model, s.arn, t);
      const free = nextFreeAt(model.firehose.startStop, s.arn, t);
      return { startStop: { used, limit: model.firehoseOptions.limits.startStopPer24h, ...(free === undefined ? {} : { nextFreeAt: free }) } };
    },
    names(options) {
      now();
      return streamsInRegion(model, options?.region ?? model.region).map((s) => s.name);
    },
    createDeliveryStream(name, options = {}) {
      if (typeof options !== 'object' || options === null) {
        throw new TypeError(`[kinesis-sse-harness] world.firehose.createDeliveryStream: options must be an object; got ${JSON.stringify(options)}`);
      }
      for (const key of Object.keys(options)) {
        if (!SETUP_KEYS.includes(key)) {
          throw new TypeError(`[kinesis-sse-harness] world.firehose.createDeliveryStream: unknown option '${key}'; known: ${SETUP_KEYS.join(', ')}`);
        }
      }
      const t = now();
      const region = options.region ?? model.region;
      const type = options.type ?? 'DirectPut';
      const partition = partitionOf(region);
      const input: Record<string, unknown> = {
        DeliveryStreamName: name,
        DeliveryStreamType: type,
        ExtendedS3DestinationConfiguration: {
          RoleARN: `arn:${partition}:iam::${model.accountId}:role/firehose-delivery`,
          BucketARN: `arn:${partition}:s3:::${name.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}-bucket`,
        },
      };
      if (options.encryption !== undefined) input['DeliveryStreamEncryptionConfigurationInput'] = { ...options.encryption };
      if (type === 'KinesisStreamAsSource') {
        input['KinesisStreamSourceConfiguration'] = {
          KinesisStreamARN: options.kinesisStreamARN ?? `arn:${partition}:kinesis:${region}:${model.accountId}:stream/${name}-source`,
          RoleARN: `arn:${partition}:iam::${model.accountId}:role/firehose-source`,
        };
      } else if (type === 'MSKAsSource') {
        input['MSKSourceConfiguration'] = {
          MSKClusterARN: `arn:${partition}:kafka:${region}:${model.accountId}:cluster/${name}-cluster/00000000-0000-0000-0000-000000000000-1`,
          TopicName: name.replace(/[^a-zA-Z0-9._-]/g, '-'),
          AuthenticationConfiguration: { RoleARN: `arn:${partition}:iam::${model.accountId}:role/firehose-msk`, Connectivity: 'PUBLIC' },
        };
      } else if (type === 'DatabaseAsSource') {
        input['DatabaseSourceConfiguration'] = {};
      }
      const fail = (type: string, message: string): never => {
        throw new Error(`[kinesis-sse-harness] world.firehose.createDeliveryStream('${name}'): CreateDeliveryStream would fail with ${type}: ${message}`);
      };
      const r = setUpDeliveryStream(model, input, { now: t, region });
      if (!r.ok) return fail(r.error.type, r.error.message);
      if (options.active !== false) completeNow(r.value, t);
      return describeStream(r.value);
    },
  };
}
