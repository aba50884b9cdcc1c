import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { dryRun, iteratorTypeMismatch, kinesisError, shardNotFound } from './messages';
import { encodeIterator } from './iterator';
import { firstArrivedFrom } from './record-index';
import { GET_SHARD_ITERATOR_INPUT, GET_SHARD_ITERATOR_OUTPUT } from './shapes';
import { parseSequenceNumber, shardIdOf, shardIndexOf, wholeSecond } from './shards';
import { identifyStream } from './streams';

/** The exceptions of GetShardIterator in the service model. [MODEL] */
const ERRORS = [
  'AccessDeniedException',
  'DryRunOperationException',
  'InternalFailureException',
  'InvalidArgumentException',
  'ProvisionedThroughputExceededException',
  'ResourceNotFoundException',
] as const;

/**
 * GetShardIterator: an iterator (valid 5 minutes) at TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER,
 * AFTER_SEQUENCE_NUMBER or AT_TIMESTAMP of a shard. Works while ACTIVE, UPDATING and DELETING; an
 * unknown stream, a CREATING stream or an unknown shard is ResourceNotFoundException
 * `Shard <id> in stream <n> under account <a> does not exist` [REAL]. The InvalidArgumentException
 * texts for inconsistent types, sequence numbers and timestamps are AWS's [REAL, via kinesalite].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'GetShardIterator', { StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }, ctx);
 * ```
 */
export const getShardIterator = defineOperation({
  service: 'kinesis',
  name: 'GetShardIterator',
  input: GET_SHARD_ITERATOR_INPUT,
  output: GET_SHARD_ITERATOR_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const ref = identifyStream(world, input, ctx);
    if (!ref.ok) return ref;
    const { name, account } = ref.value;
    const givenShard = input.ShardId;
    const shardIndex = shardIndexOf(givenShard);
    if (shardIndex === undefined) {
      return fail(kinesisError('ResourceNotFoundException', `Could not find shard ${givenShard} in stream ${name} under account ${account}.`));
    }
    const shardId = shardIdOf(shardIndex);
    const stream = world.kinesis.streams.get(ref.value.arn);
    const shard = stream === undefined || stream.status === 'CREATING' ? undefined : stream.shards[shardIndex];
    if (stream === undefined || shard === undefined) return fail(shardNotFound(shardId, name, account));

    const type = input.ShardIteratorType;
    const starting = input.StartingSequenceNumber;
    const invalidArgument = (message: string) => fail(kinesisError('InvalidArgumentException', message));
    const afterAll = stream.counter + 1n;
    let position: bigint;
    if (type === 'AT_TIMESTAMP') {
      const timestamp = input.Timestamp;
      if (timestamp === undefined) {
        return invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
      }
      if (timestamp > ctx.now) {
        return invalidArgument(
          `The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${timestamp}, currentTimestampInMillis: ${ctx.now}`,
        );
      }
      const first = firstArrivedFrom(shard.records, timestamp);
      position = first === undefined ? afterAll : BigInt(first.counter);
    } else if (starting !== undefined) {
      if (type === 'TRIM_HORIZON' || type === 'LATEST') return invalidArgument(iteratorTypeMismatch(type, true));
      const parsed = parseSequenceNumber(starting);
      const where = `used in GetShardIterator on shard ${shardId} in stream ${name} under account ${account} is invalid`;
      if (parsed === undefined) return invalidArgument(`StartingSequenceNumber ${starting} ${where}.`);
      if (parsed.shardIndex !== shardIndex) {
        return invalidArgument(`Invalid StartingSequenceNumber. It encodes ${shardIdOf(parsed.shardIndex)}, while it was used in a call to a shard with ${shardId}`);
      }
      if (parsed.shardCreatedSecond !== wholeSecond(shard.createdAt)) return invalidArgument(`StartingSequenceNumber ${starting} ${where} because it did not come from this stream.`);
      position = type === 'AT_SEQUENCE_NUMBER' ? parsed.counter : parsed.counter + 1n;
    } else if (type === 'TRIM_HORIZON') position = 0n;
    else if (type === 'LATEST') position = afterAll;
    else return invalidArgument(iteratorTypeMismatch(type, false));

    if (input.DryRun === true) return fail(dryRun());
    return ok({ ShardIterator: encodeIterator({ arn: stream.arn, serial: stream.serial, shardIndex, position, issuedAt: ctx.now, hop: 0 }) });
  },
});
