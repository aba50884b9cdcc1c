import { parseArn } from '../arn';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { dryRun, INVALID_SHARD_ITERATOR, kinesisError, shardNotFound } from './messages';
import { decodeIterator, encodeIterator, expiredIteratorMessage, ITERATOR_TTL_MS, unquoteIterator } from './iterator';
import { checkKey, kmsProblemError } from './keys';
import { readFrom } from './record-index';
import { recordData } from './records';
import { GET_RECORDS_INPUT, GET_RECORDS_OUTPUT } from './shapes';
import { shardIdOf } from './shards';
import type { KinesisRecord } from './state';

/**
 * Records per GetRecords call by default and at most. [DOC]
 *
 * @example
 * ```ts
 * const limit = input.Limit ?? GET_RECORDS_MAX;
 * ```
 */
export const GET_RECORDS_MAX = 10_000;

function recordShape(r: KinesisRecord) {
  return {
    SequenceNumber: r.sequenceNumber,
    ApproximateArrivalTimestamp: r.arrival,
    Data: recordData(r),
    PartitionKey: r.partitionKey,
    ...(r.encrypted ? { EncryptionType: 'KMS' as const } : {}),
  };
}

/** The exceptions of GetRecords in the service model. [MODEL] */
const ERRORS = [
  'AccessDeniedException',
  'DryRunOperationException',
  'ExpiredIteratorException',
  'InternalFailureException',
  'InvalidArgumentException',
  'KMSAccessDeniedException',
  'KMSDisabledException',
  'KMSInvalidStateException',
  'KMSNotFoundException',
  'KMSOptInRequired',
  'KMSThrottlingException',
  'ProvisionedThroughputExceededException',
  'ResourceNotFoundException',
] as const;

/**
 * GetRecords: up to `Limit` records from the iterator's position, each with SequenceNumber,
 * ApproximateArrivalTimestamp, Data, PartitionKey and `EncryptionType: 'KMS'` only when it was
 * written encrypted [REAL]; NextShardIterator and MillisBehindLatest (0 when caught up, else the
 * age of the next unread record). An iterator older than 5 minutes is ExpiredIteratorException
 * [REAL text]; one the world did not issue is InvalidArgumentException `Invalid ShardIterator.`.
 * With `behaviour.getRecordsChecksKey`, a record encrypted with a key now unusable makes the call
 * fail with the KMS exception [INF]. Every answer carries a new NextShardIterator [REAL + DOC],
 * except at the end of a shard resharding closed: then none, and ChildShards [DOC]. A
 * ShardIterator in double quotes is read without them [REAL].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'GetRecords', { ShardIterator: it }, ctx);
 * ```
 */
export const getRecords = defineOperation({
  service: 'kinesis',
  name: 'GetRecords',
  input: GET_RECORDS_INPUT,
  output: GET_RECORDS_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const it = decodeIterator(unquoteIterator(input.ShardIterator));
    if (it === undefined) return fail(kinesisError('InvalidArgumentException', INVALID_SHARD_ITERATOR));
    const givenArn = input.StreamARN;
    if (givenArn !== undefined && givenArn !== it.arn) {
      return fail(kinesisError('InvalidArgumentException', `StreamARN ${givenArn} is not the stream of the shard iterator.`));
    }
    if (ctx.now - it.issuedAt > ITERATOR_TTL_MS) return fail(kinesisError('ExpiredIteratorException', expiredIteratorMessage(it.issuedAt, ctx.now)));
    const stream = world.kinesis.streams.get(it.arn);
    const shard = stream !== undefined && stream.serial === it.serial ? stream.shards[it.shardIndex] : undefined;
    if (stream === undefined || shard === undefined) {
      const arn = parseArn(it.arn)!;
      return fail(shardNotFound(shardIdOf(it.shardIndex), arn.resource.slice('stream/'.length), arn.account));
    }
    const limit = input.Limit ?? GET_RECORDS_MAX;
    const horizon = ctx.now - stream.retentionHours * 3_600_000;
    const { returned, next } = readFrom(shard.records, it.position, horizon, limit);

    if (world.kinesisOptions.behaviour.getRecordsChecksKey) {
      const checked = new Set<string>();
      for (const r of returned) {
        if (!r.encrypted || r.keyId === undefined || checked.has(r.keyId)) continue;
        checked.add(r.keyId);
        const usable = checkKey(world, r.keyId, ctx.now, stream.region);
        if (usable.problem !== undefined && usable.problem !== 'wrong-key-spec') {
          return fail(kmsProblemError(world, usable.problem, r.keyId, usable.key, stream.region, 'kms:Decrypt'));
        }
      }
    }
    if (input.DryRun === true) return fail(dryRun());

    const last = returned[returned.length - 1];
    // A closed shard read to its end: no NextShardIterator, and the shards that continue it. [DOC]
    if (shard.endingSequenceNumber !== undefined && next === undefined) {
      const children = stream.shards.filter((s) => s.parentShardId === shard.shardId || s.adjacentParentShardId === shard.shardId);
      return ok({
        Records: returned.map(recordShape),
        MillisBehindLatest: 0,
        ChildShards: children.map((c) => ({
          ShardId: c.shardId,
          ParentShards: c.adjacentParentShardId === undefined ? [c.parentShardId!] : [c.parentShardId!, c.adjacentParentShardId],
          HashKeyRange: { StartingHashKey: c.startingHashKey.toString(), EndingHashKey: c.endingHashKey.toString() },
        })),
      });
    }
    return ok({
      Records: returned.map(recordShape),
      NextShardIterator: encodeIterator({ ...it, position: last === undefined ? it.position : BigInt(last.counter) + 1n, issuedAt: ctx.now, hop: (it.hop ?? 0) + 1 }),
      MillisBehindLatest: next === undefined ? 0 : Math.max(0, ctx.now - next.arrival),
    });
  },
});
