import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { BATCH_TOO_LARGE, invalidArgument } from './messages';
import { PUT_ERRORS } from './put-record';
import { acceptRecords } from './records';
import { writableStream } from './rules';
import { MAX_BATCH_BYTES, PUT_RECORD_BATCH_INPUT, PUT_RECORD_BATCH_OUTPUT } from './shapes';

/**
 * PutRecordBatch: 1 to 500 records, each ≤ 1,000 KiB, ≤ 4 MiB in all;
 * `{ FailedPutCount: 0, Encrypted, RequestResponses }` with one `{ RecordId }` per record, in
 * order. `Encrypted` as for PutRecord, at batch level.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'PutRecordBatch', { DeliveryStreamName: 'd', Records: [{ Data: new Uint8Array([1]) }] }, { now });
 * ```
 */
export const putRecordBatch = defineOperation({
  service: 'firehose',
  name: 'PutRecordBatch',
  input: PUT_RECORD_BATCH_INPUT,
  output: PUT_RECORD_BATCH_OUTPUT,
  errors: PUT_ERRORS,
  run(world, input, ctx) {
    const sizes = input.Records.map((r) => r.Data.byteLength);
    if (sizes.reduce((a, b) => a + b, 0) > MAX_BATCH_BYTES) return fail(invalidArgument(BATCH_TOO_LARGE));
    const target = writableStream(world, input.DeliveryStreamName, ctx.region);
    if (!target.ok) return target;
    const { ids, encrypted } = acceptRecords(world, target.value, sizes, ctx.now);
    return ok({ FailedPutCount: 0, Encrypted: encrypted, RequestResponses: ids.map((RecordId) => ({ RecordId })) });
  },
});
