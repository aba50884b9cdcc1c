import * as fc from 'fast-check';

/**
 * Constraints of {@link streamName}.
 *
 * @example
 * ```ts
 * const c: StreamNameConstraints = { maxLength: 16 };
 * ```
 */
export interface StreamNameConstraints {
  /** Default 1. */
  readonly minLength?: number;
  /** Default 128 (the most AWS allows). */
  readonly maxLength?: number;
}

/**
 * The characters AWS allows in stream and delivery-stream names: `[a-zA-Z0-9_.-]`.
 *
 * @example
 * ```ts
 * fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 1, maxLength: 8 });
 * ```
 */
export const NAME_CHARACTERS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-'];

/**
 * @internal
 *
 * @example
 * ```ts
 * nameArbitrary('streamName', { maxLength: 20 }, 128); // names matching [a-zA-Z0-9_.-]{1,20}
 * ```
 */
export function nameArbitrary(what: string, constraints: { readonly minLength?: number; readonly maxLength?: number }, most: number): fc.Arbitrary<string> {
  const minLength = constraints.minLength ?? 1;
  const maxLength = constraints.maxLength ?? most;
  if (!Number.isInteger(minLength) || !Number.isInteger(maxLength) || minLength < 1 || maxLength > most || minLength > maxLength) {
    throw new RangeError(`[kinesis-sse-harness] ${what} lengths must satisfy 1 <= minLength <= maxLength <= ${most}; got ${minLength}..${maxLength}`);
  }
  return fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength, maxLength });
}

/**
 * Valid Kinesis stream names: 1 to 128 characters from `[a-zA-Z0-9_.-]`. Shrinks towards `a`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(streamName(), (name) => /^[a-zA-Z0-9_.-]{1,128}$/.test(name)));
 * ```
 */
export function streamName(constraints: StreamNameConstraints = {}): fc.Arbitrary<string> {
  return nameArbitrary('streamName', constraints, 128);
}
