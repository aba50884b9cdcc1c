import { concernsDeliveryStream, deliveryStreamArn, expectedLine, formatTraceSlice, message, receivedLine } from './internal/format';
import { KEY_TYPES } from './internal/enums';
import { asWorld, checkEnum, checkName, checkOptions, sameKey, sameKeyNote } from './internal/world';
import type { KeyInEffectExpectation, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveDeliveryStreamKeyInEffect';

/**
 * Passes when a key actually encrypts the delivery stream's records now and it is the one expected
 * (with no expectation: any key). This is the key in effect, which during ENABLING/DISABLING or after a
 * failed change is not always the one DescribeDeliveryStream reports.
 *
 * Use `.not` with no expectation to assert records are written unencrypted.
 *
 * @param received - the world (`expect(world)`).
 * @param deliveryStream - the delivery stream's name (or ARN).
 * @param expected - `{ KeyType?, KeyARN? }`; `KeyARN` matches any name of the same key in the world.
 * @returns the runner's matcher result; the failure message shows the delivery stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
 * expect(world).not.toHaveDeliveryStreamKeyInEffect('logs'); // records are not encrypted
 * ```
 */
export function toHaveDeliveryStreamKeyInEffect(
  this: SseMatcherContext,
  received: unknown,
  deliveryStream: string,
  expected?: KeyInEffectExpectation,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(deliveryStream, 'deliveryStream', NAME);
  checkOptions(expected, ['KeyType', 'KeyARN'], 'expectation', NAME);
  if (expected?.KeyType !== undefined) checkEnum(expected.KeyType, KEY_TYPES, 'KeyType', NAME);
  const description = world.firehose.describe(deliveryStream);
  const key = description === undefined ? undefined : world.firehose.keyInEffect(deliveryStream);
  const equals = (a: unknown, b: unknown): boolean => this.equals(a, b);
  const pass =
    key !== undefined &&
    (expected?.KeyType === undefined || equals(key.KeyType, expected.KeyType)) &&
    (expected?.KeyARN === undefined || sameKey(world, key.KeyARN, expected.KeyARN, equals));
  const arn = description?.DeliveryStreamARN ?? deliveryStreamArn(world, deliveryStream);
  const trace = world.trace.slice();
  const reported = description?.DeliveryStreamEncryptionConfiguration;
  return {
    pass,
    actual: key,
    expected: expected ?? 'a key in effect',
    message: () =>
      message(
        this,
        NAME,
        'deliveryStream, expected',
        [
          description === undefined ? `Delivery stream: ${deliveryStream}` : `Delivery stream: ${deliveryStream} (${description.DeliveryStreamStatus})`,
          expected === undefined ? `Expected: ${this.isNot === true ? 'no key in effect' : 'a key in effect'}` : expectedLine(this, expected),
          description === undefined
            ? 'Received: the delivery stream does not exist'
            : key === undefined
              ? 'Received: no key in effect (records are written unencrypted)'
              : receivedLine(this, key),
          ...sameKeyNote(world, key?.KeyARN, expected?.KeyARN),
          ...(reported === undefined ? [] : [`Reported by DescribeDeliveryStream: ${this.utils.printReceived(reported)}`]),
        ],
        formatTraceSlice(trace, concernsDeliveryStream(arn), 'Trace of the delivery stream'),
      ),
  };
}
