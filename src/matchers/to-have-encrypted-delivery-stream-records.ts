import { concernsDeliveryStream, deliveryStreamArn, formatTraceSlice, message, offset, traceStart } from './internal/format';
import { KEY_TYPES } from './internal/enums';
import { asWorld, checkEnum, checkName, checkOptions, checkSince, sameKey } from './internal/world';
import type { EncryptedDeliveryStreamRecordsOptions, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveEncryptedDeliveryStreamRecords';
const SHOWN = 5;


/**
 * Passes when at least one record was written to the delivery stream (at or after `options.since`)
 * and every such record was encrypted, with `options.KeyType` / `options.KeyARN` when given. With no
 * record in the window the matcher fails: an empty window proves nothing.
 *
 * @param received - the world (`expect(world)`).
 * @param deliveryStream - the delivery stream's name (or ARN).
 * @param options - `{ since?, KeyType?, KeyARN? }`; `KeyARN` matches any name of the same key in the world.
 * @returns the runner's matcher result; the failure message lists the records that were not
 *   encrypted (as expected) and the delivery stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since: enabledAt, KeyType: 'CUSTOMER_MANAGED_CMK' });
 * ```
 */
export function toHaveEncryptedDeliveryStreamRecords(
  this: SseMatcherContext,
  received: unknown,
  deliveryStream: string,
  options?: EncryptedDeliveryStreamRecordsOptions,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(deliveryStream, 'deliveryStream', NAME);
  checkOptions(options, ['since', 'KeyType', 'KeyARN'], 'options', NAME);
  const since = options?.since;
  checkSince(since, NAME);
  if (options?.KeyType !== undefined) checkEnum(options.KeyType, KEY_TYPES, 'KeyType', NAME);
  const description = world.firehose.describe(deliveryStream);
  const records =
    description === undefined ? [] : world.firehose.records(deliveryStream).filter((r) => since === undefined || r.time >= since);
  const equals = (a: unknown, b: unknown): boolean => this.equals(a, b);
  const bad = records.filter(
    (r) =>
      !r.encrypted ||
      (options?.KeyType !== undefined && !equals(r.KeyType, options.KeyType)) ||
      (options?.KeyARN !== undefined && !sameKey(world, r.KeyARN, options.KeyARN, equals)),
  );
  const pass = records.length > 0 && bad.length === 0;
  const arn = description?.DeliveryStreamARN ?? deliveryStreamArn(world, deliveryStream);
  const trace = world.trace.slice();
  const start = traceStart(trace);
  const when = since === undefined ? '' : ` since ${offset(since, start)}`;
  const key = {
    ...(options?.KeyType === undefined ? {} : { KeyType: options.KeyType }),
    ...(options?.KeyARN === undefined ? {} : { KeyARN: options.KeyARN }),
  };
  const withKey = Object.keys(key).length === 0 ? '' : ` with ${this.utils.printExpected(key)}`;
  const body = (): string[] => {
    const head = `Delivery stream: ${deliveryStream}`;
    if (description === undefined) return [head, 'Received: the delivery stream does not exist'];
    if (records.length === 0) return [head, `No record was written to the delivery stream${when}.`];
    if (bad.length === 0) return [head, records.length === 1 ? `The one record written${when} was encrypted${withKey}.` : `All ${records.length} records written${when} were encrypted${withKey}.`];
    return [
      head,
      `${bad.length} of ${records.length} record${records.length === 1 ? '' : 's'} written${when} ${bad.length === 1 ? 'was' : 'were'} not encrypted${withKey}:`,
      ...bad.slice(0, SHOWN).map((r) => {
        const how = r.encrypted
          ? `encrypted with ${this.utils.printReceived({ ...(r.KeyType === undefined ? {} : { KeyType: r.KeyType }), ...(r.KeyARN === undefined ? {} : { KeyARN: r.KeyARN }) })}`
          : 'not encrypted';
        return `  ${offset(r.time, start)} ${r.RecordId}: ${how}`;
      }),
      ...(bad.length > SHOWN ? [`  … and ${bad.length - SHOWN} more`] : []),
    ];
  };
  return {
    pass,
    message: () =>
      message(this, NAME, 'deliveryStream, options', body(), formatTraceSlice(trace, concernsDeliveryStream(arn), 'Trace of the delivery stream')),
  };
}
