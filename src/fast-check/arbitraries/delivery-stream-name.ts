import type * as fc from 'fast-check';
import { nameArbitrary } from './stream-name';

/**
 * Constraints of {@link deliveryStreamName}.
 *
 * @example
 * ```ts
 * const c: DeliveryStreamNameConstraints = { maxLength: 16 };
 * ```
 */
export interface DeliveryStreamNameConstraints {
  /** Default 1. */
  readonly minLength?: number;
  /** Default 64 (the most Firehose allows). */
  readonly maxLength?: number;
}

/**
 * Valid Firehose delivery-stream names: 1 to 64 characters from `[a-zA-Z0-9_.-]`. Shrinks towards `a`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(deliveryStreamName(), (name) => /^[a-zA-Z0-9_.-]{1,64}$/.test(name)));
 * ```
 */
export function deliveryStreamName(constraints: DeliveryStreamNameConstraints = {}): fc.Arbitrary<string> {
  return nameArbitrary('deliveryStreamName', constraints, 64);
}
