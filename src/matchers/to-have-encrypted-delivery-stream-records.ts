import { KEY_TYPES } from './internal/enums';
import { lookUpDeliveryStream } from './internal/resource';
import { equalsOf, recordsResult } from './internal/results';
import { asWorld, checkEnum, checkName, checkOptions, checkSince, sameKey } from './internal/world';
import type { EncryptedDeliveryStreamRecordsOptions, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveEncryptedDeliveryStreamRecords';

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
  const equals = equalsOf(this);
  const { KeyType, KeyARN } = options ?? {};
  const key = { ...(KeyType === undefined ? {} : { KeyType }), ...(KeyARN === undefined ? {} : { KeyARN }) };
  return recordsResult(this, NAME, lookUpDeliveryStream(world, deliveryStream), {
    records: world.firehose.records(deliveryStream, since === undefined ? undefined : { since }),
    dropped: world.firehose.droppedRecords(deliveryStream),
    since,
    asExpected: (r) =>
      r.encrypted && (KeyType === undefined || equals(r.KeyType, KeyType)) && (KeyARN === undefined || sameKey(world, r.KeyARN, KeyARN, equals)),
    key: Object.keys(key).length === 0 ? undefined : key,
    // A RecordId is some 200 characters; its start tells it from the others and finds it in the trace.
    name: (r) => `RecordId ${r.RecordId.length > 24 ? `${r.RecordId.slice(0, 20)}…` : r.RecordId}`,
    keyOf: (r) => ({ ...(r.KeyType === undefined ? {} : { KeyType: r.KeyType }), ...(r.KeyARN === undefined ? {} : { KeyARN: r.KeyARN }) }),
  });
}
