import type { Pending } from '../pending';
import type { STREAM_STATUSES } from '../vocabulary';
import { createRollingWindow, DAY_MS, type RollingWindow } from '../rolling-window';
import { StreamIndex } from './stream-index';

/**
 * A stream's status, as AWS reports it.
 *
 * @example
 * ```ts
 * const s: StreamStatus = 'UPDATING';
 * ```
 */
export type StreamStatus = (typeof STREAM_STATUSES)[number];

/**
 * A stream's capacity mode.
 *
 * @example
 * ```ts
 * const m: StreamMode = 'ON_DEMAND';
 * ```
 */
export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';

/**
 * A stream's server-side encryption setting: `NONE` (no KeyId) or `KMS` with the KeyId exactly as
 * the caller gave it.
 *
 * @example
 * ```ts
 * const enc: Encryption = { type: 'KMS', keyId: 'alias/aws/kinesis' };
 * ```
 */
export type Encryption = { readonly type: 'NONE' } | { readonly type: 'KMS'; readonly keyId: string };

/**
 * What DescribeStream(Summary) reports for a stream's encryption. Usually an {@link Encryption};
 * with `behaviour.describeWhileUpdating: 'key-first'` a stream being encrypted reports the new
 * KeyId before its EncryptionType turns KMS.
 *
 * @example
 * ```ts
 * const r: ReportedEncryption = { type: 'NONE', keyId: 'alias/aws/kinesis' };
 * ```
 */
export interface ReportedEncryption {
  readonly type: 'NONE' | 'KMS';
  readonly keyId?: string;
}

/**
 * A data record as the world stores it. Its encryption is fixed when it is written.
 *
 * @example
 * ```ts
 * stream.shards[0].records[0].encrypted; // false
 * ```
 */
export interface KinesisRecord {
  readonly sequenceNumber: string;
  /**
   * The per-stream counter encoded in the sequence number (its 64-bit sequence index; increases
   * with every record), as a number: a stream writes fewer than 2^53 records, and a number needs no
   * heap object of its own (a kept record's bigint cost 24 bytes).
   */
  readonly counter: number;
  readonly shardId: string;
  readonly partitionKey: string;
  /**
   * The bytes that hold the record's data, at `offset`, `size` long: small records share their
   * shard's chunks (see `storeData` in records.ts), so a long run keeps no buffer object per record.
   * Read the data with `recordData`.
   */
  readonly chunk: Uint8Array;
  readonly offset: number;
  readonly size: number;
  /** ApproximateArrivalTimestamp, epoch ms. */
  readonly arrival: number;
  readonly encrypted: boolean;
  /** The KeyId (as given to StartStreamEncryption) the record was encrypted with. */
  readonly keyId?: string;
}

/**
 * A shard: its hash-key range, its records (oldest first) and, once resharding closed it, its
 * EndingSequenceNumber. A shard opened by resharding names its parents.
 *
 * @example
 * ```ts
 * stream.shards[0].shardId; // 'shardId-000000000000'
 * ```
 */
export interface KinesisShard {
  readonly shardId: string;
  /** Its position in `stream.shards` (shards are never removed, closed ones stay). */
  readonly index: number;
  /** When the shard was opened (epoch ms); its sequence numbers encode the second. */
  readonly createdAt: number;
  readonly startingHashKey: bigint;
  readonly endingHashKey: bigint;
  readonly startingSequenceNumber: string;
  /** Set when resharding closed the shard. */
  endingSequenceNumber?: string;
  /** When resharding closed the shard (epoch ms). */
  closedAt?: number;
  readonly parentShardId?: string;
  readonly adjacentParentShardId?: string;
  readonly records: KinesisRecord[];
  /** The chunk the shard's next small records' data go to, and how much of it is used. */
  dataChunk?: { readonly bytes: Uint8Array; used: number };
}

/**
 * An encryption change waiting for the stream to return to ACTIVE.
 *
 * @example
 * ```ts
 * stream.update?.pending.at; // when UPDATING ends
 * ```
 */
export interface EncryptionUpdate {
  readonly from: Encryption;
  readonly to: Encryption;
  readonly pending: Pending;
}

/**
 * A registered stream consumer (enhanced fan-out): CREATING → ACTIVE → DELETING → gone.
 *
 * @example
 * ```ts
 * stream.consumers[0]?.status; // 'CREATING'
 * ```
 */
export interface KinesisConsumer {
  readonly name: string;
  /** `<stream ARN>/consumer/<name>:<epoch seconds of registration>`. */
  readonly arn: string;
  status: 'CREATING' | 'ACTIVE' | 'DELETING';
  /** Epoch ms. */
  readonly createdAt: number;
  readonly tags: Record<string, string>;
  /** The pending CREATING → ACTIVE or DELETING → gone. */
  pending?: Pending | undefined;
}

/**
 * A pending UpdateShardCount: the stream is UPDATING until `pending` is due, then the open shards
 * are closed and `target` new ones opened.
 *
 * @example
 * ```ts
 * stream.reshard?.target; // 4
 * ```
 */
export interface Resharding {
  readonly target: number;
  readonly pending: Pending;
}

/**
 * A Kinesis data stream in the world.
 *
 * @example
 * ```ts
 * const s = world.kinesis.streams.get('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
 * ```
 */
export interface KinesisStream {
  readonly name: string;
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  /** Distinguishes streams created again under the same name (sequence numbers, iterators, limits). */
  readonly serial: number;
  status: StreamStatus;
  /** Epoch ms. */
  readonly createdAt: number;
  readonly mode: StreamMode;
  /** Every shard, open and closed, by index (resharding appends; nothing is removed). */
  shards: readonly KinesisShard[];
  readonly retentionHours: number;
  /** Set only when CreateStream was given MaxRecordSizeInKiB. */
  readonly maxRecordSizeKiB?: number;
  /** The stream's tags (AddTagsToStream, TagResource, CreateStream's Tags). */
  tags: Record<string, string>;
  /** Registered consumers, in order of registration (DELETING ones until they are gone). */
  consumers: KinesisConsumer[];
  /** The pending UPDATING → ACTIVE of an UpdateShardCount. */
  reshard?: Resharding | undefined;
  /** The encryption setting in force (the target of an update as soon as it is accepted). */
  encryption: Encryption;
  /** What DescribeStream(Summary) reports, which may lag behind `encryption` while UPDATING. */
  reported: ReportedEncryption;
  /** How records written now are encrypted (flips `encryptionLag` after the stream is ACTIVE again). */
  recordEncryption: Encryption;
  /** The data key Kinesis holds for `recordEncryption` and when it last asked KMS for it. */
  dataKey?: { readonly keyId: string; readonly checkedAt: number } | undefined;
  /** The pending UPDATING → ACTIVE of an encryption change. */
  update?: EncryptionUpdate | undefined;
  /** The pending flip of record encryption after the stream returned to ACTIVE. */
  lag?: { readonly to: Encryption; readonly pending: Pending } | undefined;
  /** The pending CREATING → ACTIVE or DELETING → gone. */
  lifecycle?: Pending | undefined;
  /** The per-stream counter of records written. */
  counter: bigint;
}

/**
 * The Kinesis Data Streams part of the world. Streams are keyed by their ARN (in a map that also
 * indexes them per region and account, see `StreamIndex`).
 *
 * @example
 * ```ts
 * const state = createKinesisState();
 * state.streams.size; // 0
 * ```
 */
export interface KinesisState {
  readonly streams: Map<string, KinesisStream>;
  /** Successful new-key applications, keyed by stream (or account) scope. */
  readonly keyApplications: RollingWindow;
  /** Successful StopStreamEncryption calls, keyed by stream (or account) scope. */
  readonly stops: RollingWindow;
  /** Successful UpdateShardCount calls, keyed by stream. */
  readonly reshards: RollingWindow;
  /** How many streams were ever created in the world (the next stream's serial). */
  created: number;
}

/**
 * An empty {@link KinesisState}.
 *
 * @example
 * ```ts
 * createKinesisState();
 * ```
 */
export function createKinesisState(): KinesisState {
  return { streams: new StreamIndex(), keyApplications: createRollingWindow(DAY_MS), stops: createRollingWindow(DAY_MS), reshards: createRollingWindow(DAY_MS), created: 0 };
}
