import { DELIVERY_STREAM_STATUSES } from './internal/enums';
import { lookUpDeliveryStream } from './internal/resource';
import { statusResult } from './internal/results';
import { asWorld, checkEnum, checkName } from './internal/world';
import type { DeliveryStreamStatus, Matchable, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveDeliveryStreamStatus';

/**
 * Passes when the delivery stream exists and DescribeDeliveryStream reports `status` as its
 * `DeliveryStreamStatus`, read at the world's current virtual time.
 *
 * @param received - the world (`expect(world)`).
 * @param deliveryStream - the delivery stream's name (or ARN).
 * @param status - `CREATING`, `CREATING_FAILED`, `ACTIVE`, `DELETING` or `DELETING_FAILED`, or an asymmetric matcher.
 * @returns the runner's matcher result; the failure message shows the delivery stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');
 * ```
 */
export function toHaveDeliveryStreamStatus(
  this: SseMatcherContext,
  received: unknown,
  deliveryStream: string,
  status: Matchable<DeliveryStreamStatus>,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(deliveryStream, 'deliveryStream', NAME);
  checkEnum(status, DELIVERY_STREAM_STATUSES, 'status', NAME);
  return statusResult(this, NAME, lookUpDeliveryStream(world, deliveryStream), status);
}
