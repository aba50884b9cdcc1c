import { isOpen } from './shards';
import type { KinesisShard, KinesisStream, ReportedEncryption, StreamMode, StreamStatus } from './state';

/**
 * The DescribeStream(Summary) shapes, built from one place so the two always agree.
 */

/** `EnhancedMonitoring` of a stream with no enhanced metrics. [REAL] */
const ENHANCED_MONITORING = [{ ShardLevelMetrics: [] as string[] }];

/**
 * The StreamDescriptionSummary shape (timestamps as epoch ms).
 *
 * @example
 * ```ts
 * const s: StreamDescriptionSummary | undefined = world.kinesis.describe('orders');
 * ```
 */
export interface StreamDescriptionSummary {
  readonly StreamName: string;
  readonly StreamARN: string;
  readonly StreamStatus: StreamStatus;
  readonly StreamModeDetails: { readonly StreamMode: StreamMode };
  readonly RetentionPeriodHours: number;
  readonly StreamCreationTimestamp: number;
  readonly EnhancedMonitoring: readonly { readonly ShardLevelMetrics: readonly string[] }[];
  readonly EncryptionType: 'NONE' | 'KMS';
  readonly KeyId?: string;
  readonly OpenShardCount: number;
  readonly ConsumerCount: number;
  readonly MaxRecordSizeInKiB?: number;
}

/**
 * The StreamDescription shape of DescribeStream (timestamps as epoch ms).
 *
 * @example
 * ```ts
 * const shardIds = (d: StreamDescription): string[] => d.Shards.map((s) => s.ShardId);
 * ```
 */
export interface StreamDescription {
  readonly StreamName: string;
  readonly StreamARN: string;
  readonly StreamStatus: StreamStatus;
  readonly StreamModeDetails: { readonly StreamMode: StreamMode };
  readonly Shards: readonly ShardDescription[];
  readonly HasMoreShards: boolean;
  readonly RetentionPeriodHours: number;
  readonly StreamCreationTimestamp: number;
  readonly EnhancedMonitoring: readonly { readonly ShardLevelMetrics: readonly string[] }[];
  readonly EncryptionType: 'NONE' | 'KMS';
  readonly KeyId?: string;
}

/**
 * A shard as DescribeStream and ListShards list it: exactly ShardId, HashKeyRange and
 * SequenceNumberRange for a shard of a new stream [REAL]; an open shard has no
 * EndingSequenceNumber; a shard opened by resharding names its ParentShardId (and
 * AdjacentParentShardId when it merged two).
 *
 * @example
 * ```ts
 * const startsAt = (s: ShardDescription): bigint => BigInt(s.HashKeyRange.StartingHashKey);
 * ```
 */
export interface ShardDescription {
  readonly ShardId: string;
  readonly ParentShardId?: string;
  readonly AdjacentParentShardId?: string;
  readonly HashKeyRange: { readonly StartingHashKey: string; readonly EndingHashKey: string };
  readonly SequenceNumberRange: { readonly StartingSequenceNumber: string; readonly EndingSequenceNumber?: string };
}

/**
 * The shards DescribeStream shows: none while CREATING or DELETING [REAL], else all of them (closed ones too).
 *
 * @example
 * ```ts
 * visibleShards(stream).length;
 * ```
 */
function visibleShards(stream: KinesisStream): readonly KinesisShard[] {
  return stream.status === 'CREATING' || stream.status === 'DELETING' ? [] : stream.shards;
}

/**
 * EncryptionType and KeyId as Describe reports them: KeyId absent (not null) when there is none.
 *
 * @example
 * ```ts
 * encryptionFields({ type: 'NONE' }); // { EncryptionType: 'NONE' }
 * ```
 */
function encryptionFields(reported: ReportedEncryption): { readonly EncryptionType: 'NONE' | 'KMS'; readonly KeyId?: string } {
  return reported.keyId === undefined ? { EncryptionType: reported.type } : { EncryptionType: reported.type, KeyId: reported.keyId };
}

/** The fields DescribeStream and DescribeStreamSummary share, so the two always agree. */
type CommonFields = Omit<StreamDescription, 'Shards' | 'HasMoreShards'>;

function commonFields(stream: KinesisStream): CommonFields {
  return {
    StreamName: stream.name,
    StreamARN: stream.arn,
    StreamStatus: stream.status,
    StreamModeDetails: { StreamMode: stream.mode },
    RetentionPeriodHours: stream.retentionHours,
    // AWS reports whole seconds.
    StreamCreationTimestamp: Math.floor(stream.createdAt / 1000) * 1000,
    EnhancedMonitoring: ENHANCED_MONITORING.map((m) => ({ ShardLevelMetrics: [...m.ShardLevelMetrics] })),
    ...encryptionFields(stream.reported),
  };
}

/**
 * DescribeStreamSummary's StreamDescriptionSummary for a stream.
 *
 * @example
 * ```ts
 * describeSummary(stream).EncryptionType; // 'NONE'
 * ```
 */
export function describeSummary(stream: KinesisStream): StreamDescriptionSummary {
  return {
    ...commonFields(stream),
    OpenShardCount: visibleShards(stream).filter(isOpen).length,
    ConsumerCount: stream.consumers.length,
    ...(stream.maxRecordSizeKiB === undefined ? {} : { MaxRecordSizeInKiB: stream.maxRecordSizeKiB }),
  };
}

/**
 * A shard in DescribeStream's (and ListShards') form.
 *
 * @example
 * ```ts
 * shardDescription(stream.shards[0]).ShardId; // 'shardId-000000000000'
 * ```
 */
export function shardDescription(shard: KinesisShard): ShardDescription {
  return {
    ShardId: shard.shardId,
    ...(shard.parentShardId === undefined ? {} : { ParentShardId: shard.parentShardId }),
    ...(shard.adjacentParentShardId === undefined ? {} : { AdjacentParentShardId: shard.adjacentParentShardId }),
    HashKeyRange: { StartingHashKey: shard.startingHashKey.toString(), EndingHashKey: shard.endingHashKey.toString() },
    SequenceNumberRange:
      shard.endingSequenceNumber === undefined
        ? { StartingSequenceNumber: shard.startingSequenceNumber }
        : { StartingSequenceNumber: shard.startingSequenceNumber, EndingSequenceNumber: shard.endingSequenceNumber },
  };
}

/**
 * DescribeStream's StreamDescription: at most `limit` shards after `exclusiveStartShardId`.
 *
 * @example
 * ```ts
 * describeStream(stream, 100).HasMoreShards; // false
 * ```
 */
export function describeStream(stream: KinesisStream, limit: number, exclusiveStartShardId?: string): StreamDescription {
  const all = visibleShards(stream).filter((s) => exclusiveStartShardId === undefined || s.shardId > exclusiveStartShardId);
  const shown = all.slice(0, limit);
  return { ...commonFields(stream), Shards: shown.map(shardDescription), HasMoreShards: all.length > shown.length };
}
