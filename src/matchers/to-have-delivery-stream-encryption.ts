import { DELIVERY_STREAM_ENCRYPTION_STATUSES, KEY_TYPES } from './internal/enums';
import { lookUpDeliveryStream } from './internal/resource';
import { expectationResult } from './internal/results';
import { asWorld, checkEnum, checkName, checkOptions } from './internal/world';
import type { DeliveryStreamEncryptionExpectation, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveDeliveryStreamEncryption';

/**
 * Passes when the delivery stream exists and DescribeDeliveryStream's
 * `DeliveryStreamEncryptionConfiguration` is as expected; with no expectation, when its `Status` is
 * `ENABLED`.
 *
 * `KeyARN` matches the ARN AWS reports, or any other name of the same KMS key in the world. This is
 * what Describe *reports*; {@link toHaveDeliveryStreamKeyInEffect} checks the key actually in use.
 *
 * @param received - the world (`expect(world)`).
 * @param deliveryStream - the delivery stream's name (or ARN).
 * @param expected - `{ Status?, KeyType?, KeyARN?, FailureDescription? }`; members left out are not checked.
 * @returns the runner's matcher result; the failure message shows the delivery stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveDeliveryStreamEncryption('logs'); // Status ENABLED
 * expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
 * expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING_FAILED', FailureDescription: expect.objectContaining({ Type: 'KMS_KEY_NOT_FOUND' }) });
 * ```
 */
export function toHaveDeliveryStreamEncryption(
  this: SseMatcherContext,
  received: unknown,
  deliveryStream: string,
  expected?: DeliveryStreamEncryptionExpectation,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(deliveryStream, 'deliveryStream', NAME);
  checkOptions(expected, ['Status', 'KeyType', 'KeyARN', 'FailureDescription'], 'expectation', NAME);
  const want: DeliveryStreamEncryptionExpectation = expected ?? { Status: 'ENABLED' };
  if (want.Status !== undefined) checkEnum(want.Status, DELIVERY_STREAM_ENCRYPTION_STATUSES, 'Status', NAME);
  if (want.KeyType !== undefined) checkEnum(want.KeyType, KEY_TYPES, 'KeyType', NAME);
  const found = lookUpDeliveryStream(world, deliveryStream);
  // A delivery stream that never had encryption reports no configuration: nothing matches but `{}`.
  const actual = found.description === undefined ? undefined : (found.description.DeliveryStreamEncryptionConfiguration ?? {});
  return expectationResult(this, NAME, found, { actual, expected: want, keyMember: 'KeyARN' });
}
