import { defineOperation } from '../operation';
import { ok } from '../result';
import { acceptRecords } from './records';
import { writableStream } from './rules';
import { PUT_RECORD_INPUT, PUT_RECORD_OUTPUT } from './shapes';

/**
 * The exceptions of PutRecord and PutRecordBatch in the service model. [MODEL]
 *
 * @example
 * ```ts
 * PUT_ERRORS.includes('InvalidKMSResourceException'); // true
 * ```
 */
export const PUT_ERRORS = ['ResourceNotFoundException', 'InvalidArgumentException', 'InvalidKMSResourceException', 'InvalidSourceException', 'ServiceUnavailableException'] as const;

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
export const putRecord = defineOperation({
  service: 'firehose',
  name: 'PutRecord',
  input: PUT_RECORD_INPUT,
  output: PUT_RECORD_OUTPUT,
  errors: PUT_ERRORS,
  run(world, input, ctx) {
    const target = writableStream(world, input.DeliveryStreamName, ctx.region);
    if (!target.ok) return target;
    const { ids, encrypted } = acceptRecords(world, target.value, [input.Record.Data.byteLength], ctx.now);
    return ok({ RecordId: ids[0]!, Encrypted: encrypted });
  },
});
