import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { utf8Bytes } from '../bytes';
import { kinesisError, recordsSizeExceeded } from './messages';
import { planRecord, writeRecords, type PlannedRecord } from './records';
import { maxDataBytes, putRecordsLimitMiB, writableStream } from './rules';
import { CLASSIC_MAX_DATA_BYTES, PUT_ERRORS, PUT_RECORDS_OUTPUT, putRecordsInput } from './shapes';

const INPUTS = new Map<number, ReturnType<typeof putRecordsInput>>([[CLASSIC_MAX_DATA_BYTES, putRecordsInput(CLASSIC_MAX_DATA_BYTES)]]);

/**
 * PutRecords: 1–500 records; `{ FailedRecordCount: 0, Records: [{ SequenceNumber, ShardId }, ...] }`
 * in the order given, plus a top-level `EncryptionType: 'KMS'` only when the records were
 * encrypted [REAL]. A request over 5 MiB of data and partition keys (10 MiB with
 * `recordSizeModel: 'large-records'`) is InvalidArgumentException `Records size exceeds 5 MB limit`
 * [REAL]. KMS failures reject the whole request, never single records [INF from MODEL/DOC].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'PutRecords', { StreamName: 'orders', Records: [{ PartitionKey: 'a', Data: new Uint8Array([1]) }] }, ctx);
 * ```
 */
export const putRecords = defineOperation({
  service: 'kinesis',
  name: 'PutRecords',
  input: INPUTS.get(CLASSIC_MAX_DATA_BYTES)!,
  inputFor(world) {
    const max = maxDataBytes(world);
    let shape = INPUTS.get(max);
    if (shape === undefined) INPUTS.set(max, (shape = putRecordsInput(max)));
    return shape;
  },
  output: PUT_RECORDS_OUTPUT,
  errors: PUT_ERRORS,
  run(world, input, ctx) {
    const entries = input.Records;
    const maxMiB = putRecordsLimitMiB(world);
    let total = 0;
    for (const entry of entries) total += entry.Data.byteLength + utf8Bytes(entry.PartitionKey).byteLength;
    if (total > maxMiB * 1024 * 1024) return fail(kinesisError('InvalidArgumentException', recordsSizeExceeded(maxMiB)));

    const found = writableStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    const planned: PlannedRecord[] = [];
    for (const entry of entries) {
      const p = planRecord(world, stream, entry);
      if (!p.ok) return p;
      planned.push(p.value);
    }
    const written = writeRecords(world, stream, planned, input.DryRun, ctx.now);
    if (!written.ok) return written;
    return ok({
      FailedRecordCount: 0,
      Records: written.value.records.map((r) => ({ SequenceNumber: r.sequenceNumber, ShardId: r.shardId })),
      ...(written.value.encrypted ? { EncryptionType: 'KMS' as const } : {}),
    });
  },
});
