import * as fc from 'fast-check';

/**
 * Constraints of {@link aliasName}.
 *
 * @example
 * ```ts
 * const c: AliasNameConstraints = { maxLength: 20 };
 * ```
 */
export interface AliasNameConstraints {
  /** Maximum length of the part after `alias/` (KMS allows 250). Default 32. */
  readonly maxLength?: number;
}

const ALIAS_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'];

/**
 * KMS alias names a customer can create: `alias/` followed by letters, digits, `_`, `-` and `/`
 * (never starting with `aws/`, which is reserved for AWS managed keys), at most 256 characters.
 * Shrinks towards `alias/a`.
 *
 * @example
 * ```ts
 * fc.sample(aliasName(), 3); // e.g. ['alias/a', 'alias/x-1', 'alias/team/orders']
 * ```
 */
export function aliasName(constraints: AliasNameConstraints = {}): fc.Arbitrary<string> {
  const maxLength = constraints.maxLength ?? 32;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 250) {
    throw new RangeError(`[kinesis-sse-harness] aliasName maxLength must be a whole number from 1 to 250; got ${String(maxLength)}`);
  }
  const segment = fc.string({ unit: fc.constantFrom(...ALIAS_CHARS), minLength: 1, maxLength: Math.min(maxLength, 16) });
  return fc
    .array(segment, { minLength: 1, maxLength: 3 })
    .map((parts) => `alias/${parts.join('/')}`.slice(0, 6 + maxLength))
    .filter((name) => !name.startsWith('alias/aws/') && name !== 'alias/aws' && !name.endsWith('/'));
}
