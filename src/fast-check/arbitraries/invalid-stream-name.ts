import * as fc from 'fast-check';
import { choice } from './choice';
import { NAME_CHARACTERS } from './stream-name';

/**
 * Ways a stream or delivery-stream name can be wrong.
 *
 * @example
 * ```ts
 * invalidStreamName({ forms: ['arn' satisfies InvalidNameForm] });
 * ```
 */
export type InvalidNameForm = 'empty' | 'too-long' | 'bad-character' | 'arn';

/**
 * Every {@link InvalidNameForm}.
 *
 * @example
 * ```ts
 * invalidStreamName({ forms: INVALID_NAME_FORMS.filter((f) => f !== 'empty') });
 * ```
 */
export const INVALID_NAME_FORMS: readonly InvalidNameForm[] = ['empty', 'too-long', 'bad-character', 'arn'];

/**
 * Constraints of {@link invalidStreamName}.
 *
 * @example
 * ```ts
 * const c: InvalidStreamNameConstraints = { forms: ['arn'] };
 * ```
 */
export interface InvalidStreamNameConstraints {
  /** The forms to draw from. Default all. */
  readonly forms?: readonly InvalidNameForm[];
}

const BAD_CHARACTERS = [' ', '/', ':', '!', '@', '#', '*', '\n', 'é', '名', '+'];

/**
 * @internal
 *
 * @example
 * ```ts
 * invalidNameArbitrary('invalidStreamName', ['empty', 'too-long'], 128, (n) => `arn:aws:kinesis:us-east-1:123456789012:stream/${n}`);
 * ```
 */
export function invalidNameArbitrary(what: string, forms: readonly InvalidNameForm[], most: number, arn: (name: string) => string): fc.Arbitrary<string> {
  if (forms.length === 0 || forms.some((f) => !INVALID_NAME_FORMS.includes(f))) {
    throw new RangeError(`[kinesis-sse-harness] ${what} forms must be a non-empty list of ${INVALID_NAME_FORMS.join(', ')}; got ${JSON.stringify(forms)}`);
  }
  const good = fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 0, maxLength: 12 });
  const byForm: Record<InvalidNameForm, fc.Arbitrary<string>> = {
    empty: fc.constant(''),
    'too-long': fc.integer({ min: most + 1, max: most + 40 }).map((n) => 's'.repeat(n)),
    'bad-character': fc.tuple(good, fc.constantFrom(...BAD_CHARACTERS), good).map(([a, c, b]) => `${a}${c}${b}`),
    arn: fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 1, maxLength: 12 }).map(arn),
  };
  return choice(...forms.map((f) => byForm[f]));
}

/**
 * Kinesis stream names AWS rejects with a ValidationException: `empty`, `too-long` (129 to 168
 * characters), `bad-character` (a character outside `[a-zA-Z0-9_.-]`), `arn` (a stream ARN passed
 * as the name). Shrinks towards `''`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidStreamName(), (name) => !/^[a-zA-Z0-9_.-]{1,128}$/.test(name)));
 * ```
 */
export function invalidStreamName(constraints: InvalidStreamNameConstraints = {}): fc.Arbitrary<string> {
  return invalidNameArbitrary('invalidStreamName', constraints.forms ?? INVALID_NAME_FORMS, 128, (n) => `arn:aws:kinesis:us-east-1:123456789012:stream/${n}`);
}
