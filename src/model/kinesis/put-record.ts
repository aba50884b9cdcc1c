import type { Operation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { DRY_RUN, fields, HASH_KEY, PARTITION_KEY, SEQUENCE_NUMBER, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './members';
import { appendRecord, dryRun, encryptionForWrite, hashKeyOf, membersFor, orderingProblem, recordTooLarge, toBytes, writableStream } from './records';

const cache = new Map<number, Members>();

/**
 * PutRecord: `{ ShardId, SequenceNumber }`, plus `EncryptionType: 'KMS'` only when the record was
 * encrypted [REAL]. Allowed while ACTIVE, UPDATING and DELETING; ResourceNotFoundException while
 * CREATING [REAL]. On a stream whose records are being encrypted, a key that became unusable is
 * the KMS exception (see `behaviour.dataKeyCacheMs`).
 *
 * @example
 * ```ts
 * putRecord(world, { StreamName: 'orders', PartitionKey: 'a', Data: new Uint8Array([1]) }, ctx);
 * ```
 */
export const putRecord: Operation = (world, input, ctx) => {
  const members = membersFor(world, cache, (data) => ({
    Data: data,
    DryRun: DRY_RUN,
    ExplicitHashKey: HASH_KEY,
    PartitionKey: { ...PARTITION_KEY, required: true },
    SequenceNumberForOrdering: SEQUENCE_NUMBER,
    StreamARN: STREAM_ARN,
    StreamId: STREAM_ID,
    StreamName: STREAM_NAME,
  }));
  const invalid = validateKinesis(input, members);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const found = writableStream(world, i, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  const hashKey = hashKeyOf(i);
  if (!hashKey.ok) return hashKey;
  const ordering = orderingProblem(stream, i['SequenceNumberForOrdering'] as string | undefined);
  if (ordering !== undefined) return fail(ordering);
  const data = toBytes(i['Data']);
  const partitionKey = i['PartitionKey'] as string;
  const tooLarge = recordTooLarge(world, stream, data, partitionKey);
  if (tooLarge !== undefined) return fail(tooLarge);
  const enc = encryptionForWrite(world, stream, ctx.now);
  if (!enc.ok) return enc;
  if (i['DryRun'] === true) return fail(dryRun());
  enc.value.commit();
  const rec = appendRecord(stream, hashKey.value, partitionKey, data, ctx.now, enc.value);
  return ok({ ShardId: rec.shardId, SequenceNumber: rec.sequenceNumber, ...(rec.encrypted ? { EncryptionType: 'KMS' } : {}) });
};
