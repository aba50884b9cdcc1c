import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { acceptRecords, dataSize, writableStream } from './records';
import { PUT_RECORD_MEMBERS } from './shapes';

/**
 * PutRecord: `{ RecordId, Encrypted }`, `Encrypted` always present — false while DISABLED or
 * ENABLING (and in the lag after ENABLED), true while ENABLED, DISABLING, in the lag after
 * DISABLED and after a failed key change. InvalidKMSResourceException when the CMK in effect is
 * disabled or its grant revoked; InvalidArgumentException on a Kinesis- or MSK-sourced stream.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'PutRecord', { DeliveryStreamName: 'd', Record: { Data: new Uint8Array([1]) } }, { now });
 * ```
 */
export const putRecord: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, PUT_RECORD_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; Record: { Data: unknown } };
  const target = writableStream(world, i.DeliveryStreamName, ctx.region);
  if (!target.ok) return target;
  const { ids, encrypted } = acceptRecords(world, target.value, [dataSize(i.Record.Data)], ctx.now);
  return ok({ RecordId: ids[0]!, Encrypted: encrypted });
};
