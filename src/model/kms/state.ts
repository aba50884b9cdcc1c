import type { Pending } from '../pending';
import { AliasIndex } from './alias-index';
import type { KEY_CONDITIONS, KEY_STATES } from '../vocabulary';

// Declared in ../vocabulary; re-exported for the files that import it with the key's types.
export { KEY_CONDITIONS } from '../vocabulary';

/**
 * A KMS key's state (the subset the world models: every KMS key can be in these three; AWS also
 * has Creating, PendingImport, PendingReplicaDeletion, Unavailable and Updating for imported,
 * multi-Region replica and custom-key-store keys, which the world does not create).
 *
 * @example
 * ```ts
 * const s: KeyState = 'PendingDeletion';
 * ```
 */
export type KeyState = (typeof KEY_STATES)[number];

/**
 * KMS key specs (the SDK's `KeySpec` enum). `SYMMETRIC_DEFAULT` is the only one Kinesis and
 * Firehose can encrypt with. `SM2` exists only in the China Regions.
 *
 * @example
 * ```ts
 * const spec: KeySpec = 'SYMMETRIC_DEFAULT';
 * ```
 */
export type KeySpec =
  | 'SYMMETRIC_DEFAULT'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'
  | 'ECC_NIST_P256'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'ECC_SECG_P256K1'
  | 'ECC_NIST_EDWARDS25519'
  | 'HMAC_224'
  | 'HMAC_256'
  | 'HMAC_384'
  | 'HMAC_512'
  | 'ML_DSA_44'
  | 'ML_DSA_65'
  | 'ML_DSA_87'
  | 'ML_KEM_512'
  | 'ML_KEM_768'
  | 'ML_KEM_1024'
  | 'SM2';

/**
 * KMS key usages (the SDK's `KeyUsageType` enum).
 *
 * @example
 * ```ts
 * const usage: KeyUsage = 'ENCRYPT_DECRYPT';
 * ```
 */
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT' | 'ENCAPSULATE_DECAPSULATE';

/**
 * Conditions a test can switch on per key, to stand for what the world does not model itself
 * (IAM and key policies, opt-in regions, KMS request quotas).
 *
 * - `access-denied`: the caller or the service principal may not use the key.
 * - `opt-in-required`: the account is not subscribed to KMS in that region.
 * - `throttled`: KMS throttles requests that use the key.
 * - `grant-revoked` (Firehose): the grant Firehose holds on the key was revoked.
 *
 * @example
 * ```ts
 * world.kms.setCondition('alias/orders', 'throttled' satisfies KeyCondition);
 * ```
 */
export type KeyCondition = (typeof KEY_CONDITIONS)[number];


/**
 * A KMS key in the world.
 *
 * @example
 * ```ts
 * world.kms.describe('alias/orders'); // a snapshot of the KmsKey the alias points to
 * ```
 */
export interface KmsKey {
  /** The key id: a UUID, or `mrk-` and 32 hex digits for a multi-Region key. */
  readonly keyId: string;
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  state: KeyState;
  readonly spec: KeySpec;
  readonly usage: KeyUsage;
  readonly manager: 'CUSTOMER' | 'AWS';
  readonly creationDate: number;
  description: string;
  /** Whether the key was created as a multi-Region primary key. */
  readonly multiRegion: boolean;
  /** The current key material's id (64 hex digits), for symmetric encryption keys. */
  readonly keyMaterialId?: string;
  /** While PendingDeletion: when the key will be deleted. */
  deletionDate?: number;
  pendingWindowInDays?: number;
  /** The pending deletion, so CancelKeyDeletion can cancel it. */
  deletion?: Pending;
  /**
   * The failure conditions set on the key. Replaced, never changed in place (a key without any
   * shares one empty set: an empty Set and Map cost some 340 bytes, a sixth of a key).
   */
  conditions: ReadonlySet<KeyCondition>;
  /**
   * The key's tags, by tag key, in the order they were first added (ListResourceTags lists them
   * so). Replaced, never changed in place, like `conditions`.
   */
  tags: ReadonlyMap<string, string>;
  /** The key policy set by CreateKey's `Policy` or PutKeyPolicy; absent: the default key policy (see `policy.ts`). */
  policy?: KeyPolicy;
  /** Automatic rotation of the key material, while enabled (EnableKeyRotation). */
  rotation?: KeyRotation;
}

/**
 * A key policy document the world keeps, with what it means for Kinesis and Firehose (evaluated
 * once, when it is set; see `policy.ts`).
 *
 * @example
 * ```ts
 * const p: KeyPolicy = { document: '{"Version":"2012-10-17","Statement":[]}', deniedServices: ['kinesis', 'firehose'] };
 * ```
 */
export interface KeyPolicy {
  /** The document, as given (GetKeyPolicy answers it unchanged). */
  readonly document: string;
  /** The services this policy keeps from using the key for server-side encryption. */
  readonly deniedServices: readonly SseService[];
}

/**
 * The services that encrypt with KMS keys in the world.
 *
 * @example
 * ```ts
 * const s: SseService = 'firehose';
 * ```
 */
export type SseService = 'kinesis' | 'firehose';

/**
 * Automatic rotation of a key's material: the period (90–2560 days, default 365) and when it was
 * last enabled or its period last changed (the next rotation is a whole number of periods after it).
 *
 * @example
 * ```ts
 * const r: KeyRotation = { periodInDays: 365, since: Date.UTC(2026, 0, 1) };
 * ```
 */
export interface KeyRotation {
  readonly periodInDays: number;
  readonly since: number;
}

/**
 * A KMS alias. `alias/aws/*` aliases point at AWS-managed keys.
 *
 * @example
 * ```ts
 * world.kms.aliases.get('arn:aws:kms:us-east-1:123456789012:alias/orders')?.targetKeyArn;
 * ```
 */
export interface KmsAlias {
  readonly aliasName: string;
  readonly aliasArn: string;
  /** The ARN of the key it points to. */
  targetKeyArn: string;
  readonly creationDate: number;
  lastUpdatedDate: number;
}

/**
 * A grant on a KMS key (Firehose creates one per delivery stream encrypted with a CMK).
 *
 * @example
 * ```ts
 * world.kms.grants.get(grantId)?.operations; // e.g. ['Encrypt', 'GenerateDataKey']
 * ```
 */
export interface KmsGrant {
  readonly grantId: string;
  readonly keyArn: string;
  readonly name?: string;
  readonly granteePrincipal: string;
  readonly retiringPrincipal?: string;
  readonly operations: readonly string[];
  readonly creationDate: number;
  /** The resource that holds the grant (a delivery stream ARN), for the world's own bookkeeping. */
  readonly holder?: string;
}

/**
 * The KMS part of the world: keys by ARN, aliases by alias ARN (a map that also indexes them by
 * key, see `AliasIndex`), grants by id.
 *
 * @example
 * ```ts
 * world.kms.keys.size; // keys of every account and region
 * ```
 */
export interface KmsState {
  readonly keys: Map<string, KmsKey>;
  readonly aliases: Map<string, KmsAlias>;
  readonly grants: Map<string, KmsGrant>;
  /** How many ciphertexts and data keys the world has made (each gets its own nonce from it). */
  sealed: number;
}

/**
 * An empty {@link KmsState}.
 *
 * @example
 * ```ts
 * const kms = createKmsState();
 * ```
 */
export function createKmsState(): KmsState {
  return { keys: new Map(), aliases: new AliasIndex(), grants: new Map(), sealed: 0 };
}
