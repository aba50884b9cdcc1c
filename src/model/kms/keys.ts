import { formatArn, parseArn } from '../arn';
import type { ServiceError } from '../errors';
import { deriveSeed, hexDigitsFrom, uuid } from '../rng';
import { appendTrace, type ModelWorld } from '../world';
import { aliasNotFound, invalidArnRegion, invalidKeyId, keyDoesNotExist } from './messages';
import { policyDeniesService } from './policy';
import type { KeyCondition, KeySpec, KeyUsage, KmsAlias, KmsKey, SseService } from './state';

/**
 * The UUID form of a KMS key id.
 *
 * @example
 * ```ts
 * KEY_ID_PATTERN.test('1234abcd-12ab-34cd-56ef-1234567890ab'); // true
 * ```
 */
export const KEY_ID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The id form of a multi-Region key: `mrk-` and 32 hex digits.
 *
 * @example
 * ```ts
 * MRK_KEY_ID_PATTERN.test('mrk-1234abcd12ab34cd56ef1234567890ab'); // true
 * ```
 */
export const MRK_KEY_ID_PATTERN = /^mrk-[0-9a-fA-F]{32}$/;

/**
 * What a new key should be; everything optional (a symmetric, enabled, customer-managed key in
 * the world's account and the caller's region).
 *
 * @example
 * ```ts
 * const spec: NewKey = { spec: 'RSA_2048', usage: 'SIGN_VERIFY', state: 'Disabled' };
 * ```
 */
export interface NewKey {
  readonly description?: string;
  readonly spec?: KeySpec;
  /** Default: the usage {@link defaultUsage} gives for the spec. */
  readonly usage?: KeyUsage;
  readonly account?: string;
  readonly region?: string;
  readonly manager?: 'CUSTOMER' | 'AWS';
  readonly state?: 'Enabled' | 'Disabled';
  readonly conditions?: readonly KeyCondition[];
  /** A multi-Region primary key (id `mrk-…`). Default false. */
  readonly multiRegion?: boolean;
}

/**
 * The key usages KMS accepts for each key spec [DOC: CreateKey API reference, KeyUsage].
 *
 * @example
 * ```ts
 * VALID_USAGES.RSA_2048; // ['ENCRYPT_DECRYPT', 'SIGN_VERIFY']
 * ```
 */
export const VALID_USAGES: Readonly<Record<KeySpec, readonly KeyUsage[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  ML_KEM_512: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_768: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_1024: ['ENCAPSULATE_DECAPSULATE'],
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
};

/**
 * The usage a key of `spec` gets when none is given: the first usage KMS accepts for it
 * (`ENCRYPT_DECRYPT` for symmetric and RSA keys, `SIGN_VERIFY` for ECC and ML-DSA keys,
 * `GENERATE_VERIFY_MAC` for HMAC keys). Only test setup uses this; CreateKey requires KeyUsage for
 * every key but a symmetric encryption key, as AWS does.
 *
 * @example
 * ```ts
 * defaultUsage('ECC_NIST_P256'); // 'SIGN_VERIFY'
 * ```
 */
export function defaultUsage(spec: KeySpec): KeyUsage {
  return VALID_USAGES[spec][0]!;
}

/**
 * Services whose AWS managed key `alias/aws/<service>` KMS creates on first reference [INF: the
 * list; DOC: AWS managed keys are created when first used].
 *
 * @example
 * ```ts
 * AWS_MANAGED_SERVICES.includes('kinesis'); // true
 * ```
 */
export const AWS_MANAGED_SERVICES: readonly string[] = [
  'acm',
  'backup',
  'codecommit',
  'dynamodb',
  'ebs',
  'elasticfilesystem',
  'es',
  'firehose',
  'fsx',
  'glue',
  'kinesis',
  'kinesisvideo',
  'lambda',
  'lightsail',
  'rds',
  'redshift',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'xray',
];

const SERVICE_TITLES: Readonly<Record<string, string>> = { kinesis: 'Kinesis', firehose: 'Firehose' };

/** What a new key without conditions or tags holds (shared: a key's sets are replaced, never changed). */
const NO_CONDITIONS: ReadonlySet<KeyCondition> = new Set();
const NO_TAGS: ReadonlyMap<string, string> = new Map();

/**
 * Adds a key to the world, records its `KeyState` transition (`none` → its state) in the trace and
 * returns it. The key id is drawn from the world's id generator; a symmetric key's key-material id
 * is derived from its key id, so it draws nothing more.
 *
 * @example
 * ```ts
 * const key = createKey(world, { description: 'orders' }, now, 'us-east-1');
 * ```
 */
export function createKey(world: ModelWorld, spec: NewKey, now: number, region: string, detail?: string): KmsKey {
  const drawn = uuid(world.ids);
  const multiRegion = spec.multiRegion === true;
  const keyId = multiRegion ? `mrk-${drawn.replace(/-/g, '')}` : drawn;
  const account = spec.account ?? world.accountId;
  const keyRegion = spec.region ?? region;
  const keySpec = spec.spec ?? 'SYMMETRIC_DEFAULT';
  const key: KmsKey = {
    keyId,
    arn: formatArn('kms', keyRegion, account, `key/${keyId}`),
    account,
    region: keyRegion,
    state: spec.state ?? 'Enabled',
    spec: keySpec,
    usage: spec.usage ?? defaultUsage(keySpec),
    manager: spec.manager ?? 'CUSTOMER',
    creationDate: now,
    description: spec.description ?? '',
    multiRegion,
    ...(keySpec === 'SYMMETRIC_DEFAULT' ? { keyMaterialId: hexDigitsFrom(deriveSeed(0, `key-material:${keyId}`), 64) } : {}),
    conditions: spec.conditions === undefined || spec.conditions.length === 0 ? NO_CONDITIONS : new Set(spec.conditions),
    tags: NO_TAGS,
  };
  world.kms.keys.set(key.arn, key);
  appendTrace(world, {
    kind: 'transition',
    time: now,
    service: 'kms',
    resource: key.arn,
    property: 'KeyState',
    from: 'none',
    to: key.state,
    ...(detail === undefined ? {} : { detail }),
  });
  return key;
}

/**
 * The AWS-managed key behind `alias/aws/<service>` in `region`, created with its alias if it does
 * not exist yet: the explicit creation, called where AWS creates it (a service's first use of it,
 * DescribeKey naming it). Lookups never create it (see {@link resolveKeyId}).
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
  const title = SERVICE_TITLES[service] ?? service;
  const key = createKey(
    world,
    { manager: 'AWS', description: `Default key that protects my ${title} data when no other key is defined` },
    now,
    region,
    `AWS managed key created on first use of ${aliasName}`,
  );
  const alias: KmsAlias = { aliasName, aliasArn, targetKeyArn: key.arn, creationDate: now, lastUpdatedDate: now };
  world.kms.aliases.set(aliasArn, alias);
  return key;
}

/**
 * Which of the five KeyId forms a string is: a key id (UUID or `mrk-…`), a key ARN, an alias ARN,
 * an alias name (`alias/...`), or none of them.
 *
 * @example
 * ```ts
 * keyIdForm('alias/aws/kinesis'); // 'alias-name'
 * ```
 */
export function keyIdForm(keyId: string): 'key-id' | 'key-arn' | 'alias-arn' | 'alias-name' | 'invalid' {
  if (KEY_ID_PATTERN.test(keyId) || MRK_KEY_ID_PATTERN.test(keyId)) return 'key-id';
  if (keyId.startsWith('alias/') && keyId.length > 'alias/'.length) return 'alias-name';
  const arn = parseArn(keyId);
  if (arn !== undefined && arn.service === 'kms') {
    if (arn.resource.startsWith('key/') && arn.resource.length > 4) return 'key-arn';
    if (arn.resource.startsWith('alias/') && arn.resource.length > 6) return 'alias-arn';
  }
  return 'invalid';
}

/**
 * Which KeyId forms an operation accepts, as its API reference says.
 *
 * - `aliases`: alias names and alias ARNs (DescribeKey); otherwise only key ids and key ARNs.
 * - `crossAccount`: key or alias ARNs of another account (DescribeKey, ListGrants).
 *
 * @example
 * ```ts
 * const describeKeyMode: LocateMode = { aliases: true, crossAccount: true };
 * ```
 */
export interface LocateMode {
  readonly aliases: boolean;
  readonly crossAccount: boolean;
}

/**
 * What a KeyId names, as KMS in a region resolves it, without changing the world:
 *
 * - `key`: an existing key;
 * - `aws-managed`: `alias/aws/<service>` (or its alias ARN) of the world's account, whose AWS
 *   managed key AWS has not created yet; whoever uses it creates it explicitly with
 *   {@link awsManagedKey}, where AWS creates it (a service's first use, DescribeKey);
 * - `none`: no key, with KMS's NotFoundException for it.
 *
 * @example
 * ```ts
 * const r: KeyLookup = resolveKeyId(world, 'alias/orders', 'us-east-1', ANY_KEY_ID);
 * if (r.found === 'key') r.key.arn;
 * ```
 */
export type KeyLookup =
  | { readonly found: 'key'; readonly key: KmsKey }
  | { readonly found: 'aws-managed'; readonly service: string; readonly region: string }
  | { readonly found: 'none'; readonly error: ServiceError };

/**
 * The mode that accepts every KeyId form, of any account (DescribeKey; the services' own use).
 *
 * @example
 * ```ts
 * resolveKeyId(world, keyArn, 'us-east-1', ANY_KEY_ID);
 * ```
 */
export const ANY_KEY_ID: LocateMode = { aliases: true, crossAccount: true };

const MANAGED_ALIAS = /^alias\/aws\/([a-z0-9-]+)$/;

function none(error: ServiceError): KeyLookup {
  return { found: 'none', error };
}

function viaAlias(world: ModelWorld, aliasName: string, aliasArn: string, account: string, region: string): KeyLookup {
  const alias = world.kms.aliases.get(aliasArn);
  if (alias !== undefined) {
    const key = world.kms.keys.get(alias.targetKeyArn);
    return key === undefined ? none(keyDoesNotExist(alias.targetKeyArn)) : { found: 'key', key };
  }
  const managed = MANAGED_ALIAS.exec(aliasName);
  if (managed !== null && account === world.accountId && AWS_MANAGED_SERVICES.includes(managed[1]!)) {
    return { found: 'aws-managed', service: managed[1]!, region };
  }
  return none(aliasNotFound(aliasArn));
}

/**
 * The one KeyId resolution of the model: what `keyId` names as KMS in `region` would resolve it,
 * or KMS's error. A key id or alias name is looked up in the world's account and `region`; an ARN
 * names its own account and region, and an ARN of another region is `NotFoundException: Invalid
 * arn <region>`. `mode` says which forms the operation accepts. Pure: reads the KMS state only and
 * creates nothing (an AWS managed key not created yet is `aws-managed`).
 *
 * @example
 * ```ts
 * const r = resolveKeyId(world, 'alias/orders', 'us-east-1', { aliases: true, crossAccount: true });
 * ```
 */
export function resolveKeyId(world: ModelWorld, keyId: string, region: string, mode: LocateMode): KeyLookup {
  switch (keyIdForm(keyId)) {
    case 'key-id': {
      const arn = formatArn('kms', region, world.accountId, `key/${keyId}`);
      const key = world.kms.keys.get(arn);
      return key === undefined ? none(keyDoesNotExist(arn)) : { found: 'key', key };
    }
    case 'key-arn': {
      const arn = parseArn(keyId)!;
      if (arn.region !== region) return none(invalidArnRegion(arn.region));
      const key = world.kms.keys.get(keyId);
      if (key === undefined || (!mode.crossAccount && arn.account !== world.accountId)) return none(keyDoesNotExist(keyId));
      return { found: 'key', key };
    }
    case 'alias-name': {
      if (!mode.aliases) return none(invalidKeyId(keyId));
      return viaAlias(world, keyId, formatArn('kms', region, world.accountId, keyId), world.accountId, region);
    }
    case 'alias-arn': {
      if (!mode.aliases) return none(invalidKeyId(keyId));
      const arn = parseArn(keyId)!;
      if (arn.region !== region) return none(invalidArnRegion(arn.region));
      if (!mode.crossAccount && arn.account !== world.accountId) return none(aliasNotFound(keyId));
      return viaAlias(world, arn.resource, keyId, arn.account, region);
    }
    case 'invalid':
      return none(invalidKeyId(keyId));
  }
}

/**
 * The region a KeyId is resolved in by test setup and fault plans, which have no caller region:
 * an ARN's own region, else the world's.
 *
 * @example
 * ```ts
 * resolveKeyId(world, keyId, homeRegion(world, keyId), ANY_KEY_ID);
 * ```
 */
export function homeRegion(world: ModelWorld, keyId: string): string {
  return parseArn(keyId)?.region ?? world.region;
}

/**
 * Why a key cannot be used to encrypt, in the order KMS would report it.
 *
 * @example
 * ```ts
 * const p: KeyProblem = 'disabled';
 * ```
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
 * The problem that stops `key` from being used to encrypt right now, or `undefined`. With the
 * `service` that asks, a key policy that denies that service is `access-denied` too (see `policy.ts`),
 * as the `access-denied` condition is.
 *
 * @example
 * ```ts
 * keyProblem(key, 'kinesis'); // e.g. 'disabled'
 * ```
 */
export function keyProblem(key: KmsKey, service?: SseService): KeyProblem | undefined {
  if (key.conditions.has('opt-in-required')) return 'opt-in-required';
  if (key.conditions.has('access-denied') || (service !== undefined && policyDeniesService(key, service))) return 'access-denied';
  if (key.conditions.has('throttled')) return 'throttled';
  if (key.state === 'Disabled') return 'disabled';
  if (key.state === 'PendingDeletion') return 'pending-deletion';
  if (key.spec !== 'SYMMETRIC_DEFAULT' || key.usage !== 'ENCRYPT_DECRYPT') return 'wrong-key-spec';
  return undefined;
}
