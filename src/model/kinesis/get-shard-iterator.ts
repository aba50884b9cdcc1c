import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { kinesisError, shardNotFound } from './messages';
import { encodeIterator } from './iterator';
import { DRY_RUN, fields, SEQUENCE_NUMBER, SHARD_ID, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './shapes';
import { dryRun } from './records';
import { parseSequenceNumber, shardIdOf, shardIndexOf } from './shards';
import { identifyStream } from './streams';

/**
 * GetShardIterator's members (the ShardIteratorType enum in the order AWS prints it [REAL]).
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders', ShardId: '0', ShardIteratorType: 'LATEST' }, GET_SHARD_ITERATOR_MEMBERS);
 * ```
 */
export const GET_SHARD_ITERATOR_MEMBERS: Members = {
  DryRun: DRY_RUN,
  ShardId: { ...SHARD_ID, required: true },
  ShardIteratorType: { type: 'string', required: true, enum: ['AFTER_SEQUENCE_NUMBER', 'LATEST', 'AT_TIMESTAMP', 'AT_SEQUENCE_NUMBER', 'TRIM_HORIZON'] },
  StartingSequenceNumber: SEQUENCE_NUMBER,
  StreamARN: STREAM_ARN,
  StreamId: STREAM_ID,
  StreamName: STREAM_NAME,
  Timestamp: { type: 'timestamp' },
};

function mustEither(type: string, given: boolean): string {
  return (
    'Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or ' +
    '(2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. ' +
    `Request specified ${type} and ${given ? 'also a' : 'no'} StartingSequenceNumber.`
  );
}

/**
 * GetShardIterator: an iterator (valid 5 minutes) at TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER,
 * AFTER_SEQUENCE_NUMBER or AT_TIMESTAMP of a shard. Works while ACTIVE, UPDATING and DELETING; an
 * unknown stream, a CREATING stream or an unknown shard is ResourceNotFoundException
 * `Shard <id> in stream <n> under account <a> does not exist` [REAL]. The InvalidArgumentException
 * texts for inconsistent types, sequence numbers and timestamps are AWS's [REAL, via kinesalite].
 *
 * @example
 * ```ts
 * getShardIterator(world, { StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }, ctx);
 * ```
 */
export const getShardIterator: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, GET_SHARD_ITERATOR_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const ref = identifyStream(world, i, ctx);
  if (!ref.ok) return ref;
  const { name, account } = ref.value;
  const givenShard = i['ShardId'] as string;
  const shardIndex = shardIndexOf(givenShard);
  if (shardIndex === undefined) {
    return fail(kinesisError('ResourceNotFoundException', `Could not find shard ${givenShard} in stream ${name} under account ${account}.`));
  }
  const shardId = shardIdOf(shardIndex);
  const stream = world.kinesis.streams.get(ref.value.arn);
  const shard = stream === undefined || stream.status === 'CREATING' ? undefined : stream.shards[shardIndex];
  if (stream === undefined || shard === undefined) return fail(shardNotFound(shardId, name, account));

  const type = i['ShardIteratorType'] as string;
  const starting = i['StartingSequenceNumber'] as string | undefined;
  const invalidArgument = (message: string) => fail(kinesisError('InvalidArgumentException', message));
  const afterAll = stream.counter + 1n;
  let position: bigint;
  if (type === 'AT_TIMESTAMP') {
    const timestamp = i['Timestamp'] as number | undefined;
    if (timestamp === undefined) {
      return invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
    }
    if (timestamp > ctx.now) {
      return invalidArgument(
        `The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${timestamp}, currentTimestampInMillis: ${ctx.now}`,
      );
    }
    position = shard.records.find((r) => r.arrival >= timestamp)?.counter ?? afterAll;
  } else if (starting !== undefined) {
    if (type === 'TRIM_HORIZON' || type === 'LATEST') return invalidArgument(mustEither(type, true));
    const parsed = parseSequenceNumber(starting);
    const where = `used in GetShardIterator on shard ${shardId} in stream ${name} under account ${account} is invalid`;
    if (parsed === undefined) return invalidArgument(`StartingSequenceNumber ${starting} ${where}.`);
    if (parsed.shardIndex !== shardIndex) {
      return invalidArgument(`Invalid StartingSequenceNumber. It encodes ${shardIdOf(parsed.shardIndex)}, while it was used in a call to a shard with ${shardId}`);
    }
    if (parsed.serial !== stream.serial % 1_000_000) return invalidArgument(`StartingSequenceNumber ${starting} ${where} because it did not come from this stream.`);
    position = type === 'AT_SEQUENCE_NUMBER' ? parsed.counter : parsed.counter + 1n;
  } else if (type === 'TRIM_HORIZON') position = 0n;
  else if (type === 'LATEST') position = afterAll;
  else return invalidArgument(mustEither(type, false));

  if (i['DryRun'] === true) return fail(dryRun());
  return ok({ ShardIterator: encodeIterator({ arn: stream.arn, serial: stream.serial, shardIndex, position, issuedAt: ctx.now }) });
};
