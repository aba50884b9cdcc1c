import { formatArn, parseArn } from '../arn';
import { uuid } from '../rng';
import type { ModelWorld } from '../world';
import type { KeyCondition, KeySpec, KeyUsage, KmsAlias, KmsKey } from './state';

/** The UUID form of a KMS key id. */
export const KEY_ID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * What a new key should be; everything optional (a symmetric, enabled, customer-managed key in
 * the world's account and the caller's region).
 */
export interface NewKey {
  readonly description?: string;
  readonly spec?: KeySpec;
  readonly usage?: KeyUsage;
  readonly account?: string;
  readonly region?: string;
  readonly manager?: 'CUSTOMER' | 'AWS';
  readonly state?: 'Enabled' | 'Disabled';
  readonly conditions?: readonly KeyCondition[];
}

const DEFAULT_USAGE: Readonly<Record<string, KeyUsage>> = { HMAC: 'GENERATE_VERIFY_MAC', ECC_SECG: 'SIGN_VERIFY', ECC_NIST: 'SIGN_VERIFY' };

/**
 * Adds a key to the world and returns it. The key id is drawn from the world's id generator.
 *
 * @example
 * ```ts
 * const key = createKey(world, { description: 'orders' }, now, 'us-east-1');
 * ```
 */
export function createKey(world: ModelWorld, spec: NewKey, now: number, region: string): KmsKey {
  const keyId = uuid(world.ids);
  const account = spec.account ?? world.accountId;
  const keyRegion = spec.region ?? region;
  const keySpec = spec.spec ?? 'SYMMETRIC_DEFAULT';
  const usage =
    spec.usage ??
    (keySpec === 'SYMMETRIC_DEFAULT' || keySpec.startsWith('RSA') || keySpec === 'SM2'
      ? 'ENCRYPT_DECRYPT'
      : (DEFAULT_USAGE[keySpec.replace(/_[^_]*$/, '').replace(/_P\d+$/, '')] ?? 'SIGN_VERIFY'));
  const key: KmsKey = {
    keyId,
    arn: formatArn('kms', keyRegion, account, `key/${keyId}`),
    account,
    region: keyRegion,
    state: spec.state ?? 'Enabled',
    spec: keySpec,
    usage,
    manager: spec.manager ?? 'CUSTOMER',
    creationDate: now,
    description: spec.description ?? '',
    conditions: new Set(spec.conditions ?? []),
  };
  world.kms.keys.set(key.arn, key);
  return key;
}

/**
 * The AWS-managed key behind `alias/aws/<service>` in `region`, created on first use as AWS does
 * (with its alias).
 *
 * @example
 * ```ts
 * const key = awsManagedKey(world, 'kinesis', now, 'us-east-1');
 * ```
 */
export function awsManagedKey(world: ModelWorld, service: string, now: number, region: string): KmsKey {
  const aliasName = `alias/aws/${service}`;
  const aliasArn = formatArn('kms', region, world.accountId, aliasName);
  const existing = world.kms.aliases.get(aliasArn);
  if (existing !== undefined) {
    const key = world.kms.keys.get(existing.targetKeyArn);
    if (key !== undefined) return key;
  }
  const key = createKey(world, { manager: 'AWS', description: `Default key that protects my ${service} data when no other key is defined` }, now, region);
  const alias: KmsAlias = { aliasName, aliasArn, targetKeyArn: key.arn, creationDate: now, lastUpdatedDate: now };
  world.kms.aliases.set(aliasArn, alias);
  return key;
}

/**
 * Which of the five KeyId forms a string is: a key id (UUID), a key ARN, an alias ARN, an alias
 * name (`alias/...`), or none of them.
 *
 * @example
 * ```ts
 * keyIdForm('alias/aws/kinesis'); // 'alias-name'
 * ```
 */
export function keyIdForm(keyId: string): 'key-id' | 'key-arn' | 'alias-arn' | 'alias-name' | 'invalid' {
  if (KEY_ID_PATTERN.test(keyId)) return 'key-id';
  if (keyId.startsWith('alias/') && keyId.length > 'alias/'.length) return 'alias-name';
  const arn = parseArn(keyId);
  if (arn !== undefined && arn.service === 'kms') {
    if (arn.resource.startsWith('key/') && arn.resource.length > 4) return 'key-arn';
    if (arn.resource.startsWith('alias/') && arn.resource.length > 6) return 'alias-arn';
  }
  return 'invalid';
}

/**
 * Finds the key a KeyId names, in any of the five forms, as KMS in `region` would: a key id or an
 * alias name is looked up in the world's account and `region`; an ARN names its own account and
 * region, and one in another region than the caller's is not found there. `alias/aws/<service>`
 * names the AWS-managed key, which is created on first use. Returns `undefined` when there is no
 * such key (including an alias whose key was deleted).
 *
 * @example
 * ```ts
 * findKey(world, 'alias/orders', now, 'us-east-1');
 * ```
 */
export function findKey(world: ModelWorld, keyId: string, now: number, region: string): KmsKey | undefined {
  switch (keyIdForm(keyId)) {
    case 'key-id':
      return world.kms.keys.get(formatArn('kms', region, world.accountId, `key/${keyId}`));
    case 'key-arn': {
      const arn = parseArn(keyId)!;
      if (arn.region !== region) return undefined;
      return world.kms.keys.get(keyId);
    }
    case 'alias-name': {
      const managed = /^alias\/aws\/([a-z0-9-]+)$/.exec(keyId);
      if (managed !== null) return awsManagedKey(world, managed[1]!, now, region);
      const alias = world.kms.aliases.get(formatArn('kms', region, world.accountId, keyId));
      return alias === undefined ? undefined : world.kms.keys.get(alias.targetKeyArn);
    }
    case 'alias-arn': {
      const arn = parseArn(keyId)!;
      if (arn.region !== region) return undefined;
      const managed = /^alias\/aws\/([a-z0-9-]+)$/.exec(arn.resource);
      if (managed !== null && arn.account === world.accountId) return awsManagedKey(world, managed[1]!, now, region);
      const alias = world.kms.aliases.get(keyId);
      return alias === undefined ? undefined : world.kms.keys.get(alias.targetKeyArn);
    }
    case 'invalid':
      return undefined;
  }
}

/**
 * Why a key cannot be used to encrypt, in the order KMS would report it.
 */
export type KeyProblem =
  | 'not-found'
  | 'disabled'
  | 'pending-deletion'
  | 'access-denied'
  | 'opt-in-required'
  | 'throttled'
  | 'grant-revoked'
  | 'wrong-key-spec';

/**
 * Resolves a KeyId for encryption by a service (GenerateDataKey): the key, or the problem that
 * stops it. Conditions switched on for the key come first (KMS checks permissions and quotas
 * before state), then the key state, then the key spec (only `SYMMETRIC_DEFAULT` encryption keys
 * can make data keys).
 *
 * @example
 * ```ts
 * const r = resolveKeyForEncryption(world, 'alias/orders', now, 'us-east-1');
 * if ('problem' in r) ...
 * ```
 */
export function resolveKeyForEncryption(
  world: ModelWorld,
  keyId: string,
  now: number,
  region: string,
): { readonly key: KmsKey } | { readonly problem: KeyProblem; readonly key?: KmsKey } {
  const key = findKey(world, keyId, now, region);
  if (key === undefined) return { problem: 'not-found' };
  const problem = keyProblem(key);
  return problem === undefined ? { key } : { problem, key };
}

/**
 * The problem that stops `key` from being used to encrypt right now, or `undefined`.
 *
 * @example
 * ```ts
 * keyProblem(key); // e.g. 'disabled'
 * ```
 */
export function keyProblem(key: KmsKey): KeyProblem | undefined {
  if (key.conditions.has('opt-in-required')) return 'opt-in-required';
  if (key.conditions.has('access-denied')) return 'access-denied';
  if (key.conditions.has('throttled')) return 'throttled';
  if (key.state === 'Disabled') return 'disabled';
  if (key.state === 'PendingDeletion') return 'pending-deletion';
  if (key.spec !== 'SYMMETRIC_DEFAULT' || key.usage !== 'ENCRYPT_DECRYPT') return 'wrong-key-spec';
  return undefined;
}
