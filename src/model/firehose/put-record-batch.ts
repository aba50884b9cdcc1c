import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { BATCH_TOO_LARGE, invalidArgument } from './messages';
import { acceptRecords, dataSize, writableStream } from './records';
import { MAX_BATCH_BYTES, PUT_RECORD_BATCH_MEMBERS } from './shapes';

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
export const putRecordBatch: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, PUT_RECORD_BATCH_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; Records: readonly { Data: unknown }[] };
  const sizes = i.Records.map((r) => dataSize(r.Data));
  if (sizes.reduce((a, b) => a + b, 0) > MAX_BATCH_BYTES) return fail(invalidArgument(BATCH_TOO_LARGE));
  const target = writableStream(world, i.DeliveryStreamName, ctx.region);
  if (!target.ok) return target;
  const { ids, encrypted } = acceptRecords(world, target.value, sizes, ctx.now);
  return ok({ FailedPutCount: 0, Encrypted: encrypted, RequestResponses: ids.map((RecordId) => ({ RecordId })) });
};
