import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { orderingProblem, planRecord, writeRecords } from './records';
import { maxDataBytes, writableStream } from './rules';
import { CLASSIC_MAX_DATA_BYTES, PUT_ERRORS, PUT_RECORD_OUTPUT, putRecordInput } from './shapes';

const INPUTS = new Map<number, ReturnType<typeof putRecordInput>>([[CLASSIC_MAX_DATA_BYTES, putRecordInput(CLASSIC_MAX_DATA_BYTES)]]);

/**
 * PutRecord: `{ ShardId, SequenceNumber }`, plus `EncryptionType: 'KMS'` only when the record was
 * encrypted [REAL]. Allowed while ACTIVE, UPDATING and DELETING; ResourceNotFoundException while
 * CREATING [REAL]. On a stream whose records are being encrypted, a key that became unusable is
 * the KMS exception (see `behaviour.dataKeyCacheMs`). `Data` is bounded by the world's record-size
 * model (`inputFor`).
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'a', Data: new Uint8Array([1]) }, ctx);
 * ```
 */
export const putRecord = defineOperation({
  service: 'kinesis',
  name: 'PutRecord',
  input: INPUTS.get(CLASSIC_MAX_DATA_BYTES)!,
  inputFor(world) {
    const max = maxDataBytes(world);
    let shape = INPUTS.get(max);
    if (shape === undefined) INPUTS.set(max, (shape = putRecordInput(max)));
    return shape;
  },
  output: PUT_RECORD_OUTPUT,
  errors: PUT_ERRORS,
  run(world, input, ctx) {
    const found = writableStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    const planned = planRecord(world, stream, input);
    if (!planned.ok) return planned;
    const ordering = orderingProblem(stream, input.SequenceNumberForOrdering);
    if (ordering !== undefined) return fail(ordering);
    const written = writeRecords(world, stream, [planned.value], input.DryRun, ctx.now);
    if (!written.ok) return written;
    const rec = written.value.records[0]!;
    return ok({ ShardId: rec.shardId, SequenceNumber: rec.sequenceNumber, ...(written.value.encrypted ? { EncryptionType: 'KMS' as const } : {}) });
  },
});
