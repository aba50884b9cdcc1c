import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { utf8Bytes } from './bytes';
import { kinesisError, recordsSizeExceeded } from './messages';
import { DRY_RUN, fields, HASH_KEY, PARTITION_KEY, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './shapes';
import { membersFor, planRecord, toBytes, writableStream, writeRecords, type PlannedRecord } from './records';

const cache = new Map<number, Members>();

/**
 * PutRecords: 1–500 records; `{ FailedRecordCount: 0, Records: [{ SequenceNumber, ShardId }, ...] }`
 * in the order given, plus a top-level `EncryptionType: 'KMS'` only when the records were
 * encrypted [REAL]. A request over 5 MiB of data and partition keys (10 MiB with
 * `recordSizeModel: 'large-records'`) is InvalidArgumentException `Records size exceeds 5 MB limit`
 * [REAL]. KMS failures reject the whole request, never single records [INF from MODEL/DOC].
 *
 * @example
 * ```ts
 * putRecords(world, { StreamName: 'orders', Records: [{ PartitionKey: 'a', Data: new Uint8Array([1]) }] }, ctx);
 * ```
 */
export const putRecords: LegacyOperation = (world, input, ctx) => {
  const members = membersFor(world, cache, (data) => ({
    DryRun: DRY_RUN,
    Records: {
      type: 'list',
      required: true,
      min: 1,
      max: 500,
      member: { type: 'structure', members: { Data: data, ExplicitHashKey: HASH_KEY, PartitionKey: { ...PARTITION_KEY, required: true } } },
    },
    StreamARN: STREAM_ARN,
    StreamId: STREAM_ID,
    StreamName: STREAM_NAME,
  }));
  const invalid = validateKinesis(input, members);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const entries = i['Records'] as readonly Readonly<Record<string, unknown>>[];
  const large = world.kinesisOptions.behaviour.recordSizeModel === 'large-records';
  const maxMiB = large ? 10 : 5;
  let total = 0;
  for (const entry of entries) total += toBytes(entry['Data']).byteLength + utf8Bytes(entry['PartitionKey'] as string).byteLength;
  if (total > maxMiB * 1024 * 1024) return fail(kinesisError('InvalidArgumentException', recordsSizeExceeded(maxMiB)));

  const found = writableStream(world, i, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  const planned: PlannedRecord[] = [];
  for (const entry of entries) {
    const p = planRecord(world, stream, entry);
    if (!p.ok) return p;
    planned.push(p.value);
  }
  const written = writeRecords(world, stream, planned, i['DryRun'], ctx.now);
  if (!written.ok) return written;
  return ok({
    FailedRecordCount: 0,
    Records: written.value.records.map((r) => ({ SequenceNumber: r.sequenceNumber, ShardId: r.shardId })),
    ...(written.value.encrypted ? { EncryptionType: 'KMS' } : {}),
  });
};
