import type * as fc from 'fast-check';
import { INVALID_NAME_FORMS, invalidNameArbitrary, type InvalidNameForm } from './invalid-stream-name';

/**
 * Constraints of {@link invalidDeliveryStreamName}.
 *
 * @example
 * ```ts
 * const c: InvalidDeliveryStreamNameConstraints = { forms: ['too-long'] };
 * ```
 */
export interface InvalidDeliveryStreamNameConstraints {
  /** The forms to draw from. Default all. */
  readonly forms?: readonly InvalidNameForm[];
}

/**
 * Delivery-stream names Firehose rejects with a ValidationException: `empty`, `too-long` (65 to
 * 104 characters), `bad-character`, `arn` (a delivery-stream ARN passed as the name). Shrinks
 * towards `''`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidDeliveryStreamName(), (name) => !/^[a-zA-Z0-9_.-]{1,64}$/.test(name)));
 * ```
 */
export function invalidDeliveryStreamName(constraints: InvalidDeliveryStreamNameConstraints = {}): fc.Arbitrary<string> {
  return invalidNameArbitrary(
    'invalidDeliveryStreamName',
    constraints.forms ?? INVALID_NAME_FORMS,
    64,
    (n) => `arn:aws:firehose:us-east-1:123456789012:deliverystream/${n}`,
  );
}
