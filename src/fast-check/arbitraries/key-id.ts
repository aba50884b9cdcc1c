import * as fc from 'fast-check';
import { formatArn } from '../../model/arn';
import { aliasName } from './alias-name';
import { choice } from './choice';

/**
 * The five forms in which Kinesis (StartStreamEncryption's KeyId) and KMS accept a key:
 * `key-id` (a GUID), `key-arn`, `alias-arn`, `alias-name` (`alias/...`) and `aws-managed`
 * (`alias/aws/kinesis`).
 *
 * @example
 * ```ts
 * keyId({ forms: ['alias-arn' satisfies KeyIdForm] });
 * ```
 */
export type KeyIdForm = 'key-id' | 'key-arn' | 'alias-arn' | 'alias-name' | 'aws-managed';

/**
 * Every {@link KeyIdForm}.
 *
 * @example
 * ```ts
 * keyId({ forms: KEY_ID_FORMS.filter((f) => f !== 'aws-managed') });
 * ```
 */
export const KEY_ID_FORMS: readonly KeyIdForm[] = ['key-id', 'key-arn', 'alias-arn', 'alias-name', 'aws-managed'];

/**
 * A key to refer to: its key id and the aliases that point to it (a `world.kms` snapshot fits).
 *
 * @example
 * ```ts
 * keyId({ keys: [world.kms.createKey({ alias: 'alias/orders' }) satisfies KeyToName] });
 * ```
 */
export interface KeyToName {
  readonly KeyId: string;
  readonly aliases?: readonly string[];
}

/**
 * Constraints of {@link keyId}.
 *
 * @example
 * ```ts
 * const c: KeyIdConstraints = { forms: ['alias-name', 'key-arn'], keys: [world.kms.createKey({ alias: 'alias/orders' })] };
 * ```
 */
export interface KeyIdConstraints {
  /** The forms to draw from. Default all five. */
  readonly forms?: readonly KeyIdForm[];
  /**
   * Existing keys to name (e.g. from `world.kms.createKey`): every KeyId then names one of them
   * (alias forms use one of its aliases; a key without alias is named by id or ARN). Default: fresh
   * GUIDs and alias names that name no key.
   */
  readonly keys?: readonly KeyToName[];
  /** The account in ARN forms. Default `123456789012`. */
  readonly accountId?: string;
  /** The region in ARN forms. Default `us-east-1`. */
  readonly region?: string;
  /** The service of the AWS managed alias (`alias/aws/<service>`). Default `kinesis`. */
  readonly managedService?: string;
}

/**
 * Valid KeyIds, in each of the five forms: `3f0c…-…` (GUID), `arn:aws:kms:us-east-1:123456789012:key/<guid>`,
 * `arn:aws:kms:us-east-1:123456789012:alias/<name>`, `alias/<name>`, `alias/aws/kinesis`. Shrinks
 * towards the first allowed form and the first key.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(keyId({ forms: ['alias-arn'] }), (id) => id.startsWith('arn:aws:kms:')));
 * ```
 */
export function keyId(constraints: KeyIdConstraints = {}): fc.Arbitrary<string> {
  const forms = constraints.forms ?? KEY_ID_FORMS;
  if (forms.length === 0 || forms.some((f) => !KEY_ID_FORMS.includes(f))) {
    throw new RangeError(`[kinesis-sse-harness] keyId forms must be a non-empty list of ${KEY_ID_FORMS.join(', ')}; got ${JSON.stringify(forms)}`);
  }
  const accountId = constraints.accountId ?? '123456789012';
  const region = constraints.region ?? 'us-east-1';
  const managed = `alias/aws/${constraints.managedService ?? 'kinesis'}`;
  const keys = constraints.keys;
  if (keys !== undefined && keys.length === 0) throw new RangeError('[kinesis-sse-harness] keyId keys must not be empty when given');
  const keyArn = (id: string): string => formatArn('kms', region, accountId, `key/${id}`);
  const aliasArn = (alias: string): string => formatArn('kms', region, accountId, alias);
  const guid = keys === undefined ? fc.uuid({ version: 4 }) : fc.constantFrom(...keys.map((k) => k.KeyId));
  const alias =
    keys === undefined
      ? aliasName()
      : (() => {
          const aliases = keys.flatMap((k) => k.aliases ?? []);
          return aliases.length === 0 ? undefined : fc.constantFrom(...aliases);
        })();
  const byForm: Record<KeyIdForm, fc.Arbitrary<string> | undefined> = {
    'key-id': guid,
    'key-arn': guid.map(keyArn),
    'alias-arn': alias?.map(aliasArn),
    'alias-name': alias,
    'aws-managed': fc.constant(managed),
  };
  const usable = forms.map((f) => byForm[f]).filter((a): a is fc.Arbitrary<string> => a !== undefined);
  if (usable.length === 0) {
    throw new RangeError(`[kinesis-sse-harness] keyId: none of the keys has an alias, so the forms ${forms.join(', ')} cannot name them`);
  }
  return choice(...usable);
}
