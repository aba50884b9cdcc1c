import { KEY_TYPES } from './internal/enums';
import { lookUpDeliveryStream } from './internal/resource';
import { expectationResult } from './internal/results';
import { asWorld, checkEnum, checkName, checkOptions } from './internal/world';
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
  const found = lookUpDeliveryStream(world, deliveryStream);
  const key = found.description === undefined ? undefined : world.firehose.keyInEffect(deliveryStream);
  const reported = found.description?.DeliveryStreamEncryptionConfiguration;
  return expectationResult(this, NAME, found, {
    actual: key,
    expected,
    keyMember: 'KeyARN',
    absent: 'no key in effect (records are written unencrypted)',
    anything: { is: 'a key in effect', not: 'no key in effect' },
    // The two differ exactly when this matcher matters.
    more: reported === undefined ? [] : [`Reported by DescribeDeliveryStream: ${this.utils.printReceived(reported)}`],
  });
}
