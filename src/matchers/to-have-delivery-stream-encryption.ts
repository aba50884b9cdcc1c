import { concernsDeliveryStream, deliveryStreamArn, expectedLine, formatTraceSlice, message, receivedLine } from './internal/format';
import { DELIVERY_STREAM_ENCRYPTION_STATUSES, KEY_TYPES } from './internal/enums';
import { asWorld, checkEnum, checkName, checkOptions, sameKey, sameKeyNote } from './internal/world';
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
  const description = world.firehose.describe(deliveryStream);
  const actual = description === undefined ? undefined : (description.DeliveryStreamEncryptionConfiguration ?? {});
  const equals = (a: unknown, b: unknown): boolean => this.equals(a, b);
  const pass =
    actual !== undefined &&
    (want.Status === undefined || equals(actual.Status, want.Status)) &&
    (want.KeyType === undefined || equals(actual.KeyType, want.KeyType)) &&
    (want.KeyARN === undefined || sameKey(world, actual.KeyARN, want.KeyARN, equals)) &&
    (want.FailureDescription === undefined || equals(actual.FailureDescription, want.FailureDescription));
  const arn = description?.DeliveryStreamARN ?? deliveryStreamArn(world, deliveryStream);
  const trace = world.trace.slice();
  return {
    pass,
    actual,
    expected: want,
    message: () =>
      message(
        this,
        NAME,
        'deliveryStream, expected',
        [
          description === undefined ? `Delivery stream: ${deliveryStream}` : `Delivery stream: ${deliveryStream} (${description.DeliveryStreamStatus})`,
          expectedLine(this, want),
          actual === undefined ? 'Received: the delivery stream does not exist' : receivedLine(this, actual),
          ...sameKeyNote(world, actual?.KeyARN, want.KeyARN),
        ],
        formatTraceSlice(trace, concernsDeliveryStream(arn), 'Trace of the delivery stream'),
      ),
  };
}
