import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { DRY_RUN, fields, HASH_KEY, PARTITION_KEY, SEQUENCE_NUMBER, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './shapes';
import { membersFor, orderingProblem, planRecord, writableStream, writeRecords } from './records';

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
export const putRecord: LegacyOperation = (world, input, ctx) => {
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
  const planned = planRecord(world, stream, i);
  if (!planned.ok) return planned;
  const ordering = orderingProblem(stream, i['SequenceNumberForOrdering'] as string | undefined);
  if (ordering !== undefined) return fail(ordering);
  const written = writeRecords(world, stream, [planned.value], i['DryRun'], ctx.now);
  if (!written.ok) return written;
  const rec = written.value.records[0]!;
  return ok({ ShardId: rec.shardId, SequenceNumber: rec.sequenceNumber, ...(written.value.encrypted ? { EncryptionType: 'KMS' } : {}) });
};
