import * as fc from 'fast-check';
import { choice } from './choice';

/**
 * Ways a KeyId can be wrong.
 *
 * @example
 * ```ts
 * invalidKeyId({ forms: ['malformed-guid' satisfies InvalidKeyIdForm] });
 * ```
 */
export type InvalidKeyIdForm =
  | 'empty'
  | 'too-long'
  | 'malformed-guid'
  | 'wrong-service-arn'
  | 'arn-without-resource'
  | 'bare-alias-prefix'
  | 'key-prefix'
  | 'padded';

/**
 * Every {@link InvalidKeyIdForm}.
 *
 * @example
 * ```ts
 * invalidKeyId({ forms: INVALID_KEY_ID_FORMS.filter((f) => f !== 'too-long') });
 * ```
 */
export const INVALID_KEY_ID_FORMS: readonly InvalidKeyIdForm[] = [
  'empty',
  'too-long',
  'malformed-guid',
  'wrong-service-arn',
  'arn-without-resource',
  'bare-alias-prefix',
  'key-prefix',
  'padded',
];

/**
 * Constraints of {@link invalidKeyId}.
 *
 * @example
 * ```ts
 * const c: InvalidKeyIdConstraints = { forms: ['empty', 'too-long'] };
 * ```
 */
export interface InvalidKeyIdConstraints {
  /** The forms to draw from. Default all. */
  readonly forms?: readonly InvalidKeyIdForm[];
}

/**
 * KeyIds that are none of the five accepted forms or break the KeyId length (1 to 2048):
 * `empty` (`''`), `too-long` (2049 to 2100 characters), `malformed-guid` (a GUID with a wrong
 * character or group), `wrong-service-arn` (`arn:aws:kinesis:...:key/<guid>`), `arn-without-resource`,
 * `bare-alias-prefix` (`alias/`), `key-prefix` (`key/<guid>` without the ARN), `padded` (a valid
 * form with surrounding spaces). Shrinks towards `''`.
 *
 * @example
 * ```ts
 * fc.sample(invalidKeyId({ forms: ['wrong-service-arn'] }), 1); // ['arn:aws:kinesis:us-east-1:123456789012:key/…']
 * ```
 */
export function invalidKeyId(constraints: InvalidKeyIdConstraints = {}): fc.Arbitrary<string> {
  const forms = constraints.forms ?? INVALID_KEY_ID_FORMS;
  if (forms.length === 0 || forms.some((f) => !INVALID_KEY_ID_FORMS.includes(f))) {
    throw new RangeError(`[kinesis-sse-harness] invalidKeyId forms must be a non-empty list of ${INVALID_KEY_ID_FORMS.join(', ')}; got ${JSON.stringify(forms)}`);
  }
  const guid = fc.uuid({ version: 4 });
  const byForm: Record<InvalidKeyIdForm, fc.Arbitrary<string>> = {
    empty: fc.constant(''),
    'too-long': fc.integer({ min: 2049, max: 2100 }).map((n) => `alias/${'a'.repeat(n - 6)}`),
    'malformed-guid': fc
      .tuple(guid, fc.integer({ min: 0, max: 35 }), fc.constantFrom('g', 'z', '-', ''))
      .map(([g, i, c]) => `${g.slice(0, i)}${c}${g.slice(i + 1)}`)
      .filter((s) => !/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)),
    'wrong-service-arn': fc
      .tuple(fc.constantFrom('kinesis', 'firehose', 's3', 'iam'), guid)
      .map(([service, g]) => `arn:aws:${service}:us-east-1:123456789012:key/${g}`),
    'arn-without-resource': fc.constantFrom('arn:aws:kms:us-east-1:123456789012:', 'arn:aws:kms:us-east-1:123456789012:key/', 'arn:aws:kms:us-east-1:123456789012:alias/', 'arn:aws:kms'),
    'bare-alias-prefix': fc.constantFrom('alias/', 'alias', 'ALIAS/orders'),
    'key-prefix': guid.map((g) => `key/${g}`),
    padded: fc.tuple(fc.constantFrom(' ', '\t', '\n'), choice(guid, fc.constant('alias/orders'))).map(([pad, id]) => `${pad}${id}${pad}`),
  };
  return choice(...forms.map((f) => byForm[f]));
}
