import { parseArn } from '../arn';
import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { INVALID_SHARD_ITERATOR, kinesisError, shardNotFound } from './messages';
import { decodeIterator, encodeIterator, expiredIteratorMessage, ITERATOR_TTL_MS } from './iterator';
import { checkKey, kmsProblemError } from './keys';
import { DRY_RUN, fields, STREAM_ARN, STREAM_ID, validateKinesis } from './shapes';
import { dryRun } from './records';
import { shardIdOf } from './shards';

/**
 * GetRecords's members.
 *
 * @example
 * ```ts
 * validateKinesis({ ShardIterator: 'AAAAAAAAAAE...' }, GET_RECORDS_MEMBERS);
 * ```
 */
export const GET_RECORDS_MEMBERS: Members = {
  DryRun: DRY_RUN,
  Limit: { type: 'integer', min: 1, max: 10000 },
  ShardIterator: { type: 'string', required: true, min: 1, max: 512 },
  StreamARN: STREAM_ARN,
  StreamId: STREAM_ID,
};

/**
 * Records per GetRecords call by default and at most. [DOC]
 *
 * @example
 * ```ts
 * const limit = input.Limit ?? GET_RECORDS_MAX;
 * ```
 */
export const GET_RECORDS_MAX = 10_000;

/**
 * GetRecords: up to `Limit` records from the iterator's position, each with SequenceNumber,
 * ApproximateArrivalTimestamp, Data, PartitionKey and `EncryptionType: 'KMS'` only when it was
 * written encrypted [REAL]; NextShardIterator and MillisBehindLatest (0 when caught up, else the
 * age of the next unread record). An iterator older than 5 minutes is ExpiredIteratorException
 * [REAL text]; one the world did not issue is InvalidArgumentException `Invalid ShardIterator.`.
 * With `behaviour.getRecordsChecksKey`, a record encrypted with a key now unusable makes the call
 * fail with the KMS exception [INF].
 *
 * @example
 * ```ts
 * getRecords(world, { ShardIterator: it }, ctx);
 * ```
 */
export const getRecords: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, GET_RECORDS_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const it = decodeIterator(i['ShardIterator'] as string);
  if (it === undefined) return fail(kinesisError('InvalidArgumentException', INVALID_SHARD_ITERATOR));
  const givenArn = i['StreamARN'] as string | undefined;
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
  const limit = (i['Limit'] as number | undefined) ?? GET_RECORDS_MAX;
  const horizon = ctx.now - stream.retentionHours * 3_600_000;
  const pending = shard.records.filter((r) => r.counter >= it.position && r.arrival > horizon);
  const returned = pending.slice(0, limit);

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
  if (i['DryRun'] === true) return fail(dryRun());

  const last = returned[returned.length - 1];
  const next = pending[returned.length];
  return ok({
    Records: returned.map((r) => ({
      SequenceNumber: r.sequenceNumber,
      ApproximateArrivalTimestamp: r.arrival,
      Data: r.data.slice(),
      PartitionKey: r.partitionKey,
      ...(r.encrypted ? { EncryptionType: 'KMS' } : {}),
    })),
    NextShardIterator: encodeIterator({ ...it, position: last === undefined ? it.position : last.counter + 1n, issuedAt: ctx.now }),
    MillisBehindLatest: next === undefined ? 0 : Math.max(0, ctx.now - next.arrival),
  });
};
