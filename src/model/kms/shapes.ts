import { list, required, structure, type Shape } from '../shape';
import type { KeySpec, KeyUsage } from './state';

/**
 * Every shape of the modelled KMS operations, in AWS's terms (botocore
 * `kms/2014-11-01/service-2.json`; member names as the SDK's `schemas_0.js` has them). Input
 * members are declared in the order AWS lists violations; output members in the service model's
 * order.
 */

/**
 * `KeyId` (KeyIdType): 1–2048 characters, no pattern [MODEL]; required where an operation needs it.
 *
 * @example
 * ```ts
 * validateInput('kms', {}, { KeyId: KEY_ID }); // Value null at 'keyId' … must not be null
 * ```
 */
export const KEY_ID = { type: 'string', required: true, min: 1, max: 2048 } as const satisfies Shape;

/**
 * `KeyId` where it is optional (ListAliases).
 *
 * @example
 * ```ts
 * validateInput('kms', { KeyId: '' }, { KeyId: OPTIONAL_KEY_ID }); // length violation
 * ```
 */
export const OPTIONAL_KEY_ID = { type: 'string', min: 1, max: 2048 } as const satisfies Shape;

/**
 * `AliasName` (AliasNameType): 1–256 characters of `^[a-zA-Z0-9:/_-]+$` [MODEL; REAL: the pattern as AWS prints it].
 *
 * @example
 * ```ts
 * validateInput('kms', { AliasName: 'alias/bad name' }, { AliasName: ALIAS_NAME }); // pattern violation
 * ```
 */
export const ALIAS_NAME = { type: 'string', required: true, min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' } as const satisfies Shape;

/**
 * `GrantTokens`: up to 10 tokens of 1–8192 characters [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { KeyId: 'k', GrantTokens: [] }, { KeyId: KEY_ID, GrantTokens: GRANT_TOKENS }); // undefined
 * ```
 */
export const GRANT_TOKENS = list({ type: 'string', min: 1, max: 8192 }, { max: 10 });

/**
 * `Limit` of ListAliases and ListGrants: "between 1 and 100, inclusive … defaults to 50" [DOC].
 *
 * @example
 * ```ts
 * validateInput('kms', { Limit: 101 }, { Limit: LIMIT_SHAPE }); // ValidationException
 * ```
 */
export const LIMIT_SHAPE = { type: 'integer', min: 1, max: 100 } as const satisfies Shape;

/**
 * `Marker` (MarkerType): 1–1024 characters of `[\u0020-\u00FF]*` [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { Marker: '' }, { Marker: MARKER_SHAPE }); // ValidationException
 * ```
 */
export const MARKER_SHAPE = { type: 'string', min: 1, max: 1024, pattern: '[\\u0020-\\u00FF]*' } as const satisfies Shape;

/**
 * `GranteePrincipal` (PrincipalIdType): 1–256 characters of `^[\w+=,.@:/-]+$` [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { GranteePrincipal: 'a b' }, { GranteePrincipal: PRINCIPAL }); // pattern violation
 * ```
 */
export const PRINCIPAL = { type: 'string', min: 1, max: 256, pattern: '^[\\w+=,.@:/-]+$' } as const satisfies Shape;

/**
 * `GrantId` (GrantIdType): 1–128 characters [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { GrantId: '' }, { GrantId: GRANT_ID }); // length violation
 * ```
 */
export const GRANT_ID = { type: 'string', min: 1, max: 128 } as const satisfies Shape;

/**
 * `PendingWindowInDays`: the model allows 1–365 [MODEL]; KMS itself accepts 7–30 [DOC, REAL]
 * (a rule in rules.ts).
 *
 * @example
 * ```ts
 * validateInput('kms', { PendingWindowInDays: 0 }, { PendingWindowInDays: PENDING_WINDOW_IN_DAYS }); // range violation
 * ```
 */
export const PENDING_WINDOW_IN_DAYS = { type: 'integer', min: 1, max: 365 } as const satisfies Shape;

/**
 * KeySpec values as KMS lists them in its enum message outside the China Regions [REAL: the first
 * twelve, in AWS's own order, LocalStack snapshot `test_hmac_create_key_invalid_operations` 2023;
 * INF: the later additions appended].
 *
 * @example
 * ```ts
 * KEY_SPECS.includes('SYMMETRIC_DEFAULT'); // true
 * ```
 */
export const KEY_SPECS: readonly KeySpec[] = [
  'RSA_2048',
  'ECC_NIST_P384',
  'ECC_NIST_P256',
  'ECC_NIST_P521',
  'HMAC_384',
  'RSA_3072',
  'ECC_SECG_P256K1',
  'RSA_4096',
  'SYMMETRIC_DEFAULT',
  'HMAC_256',
  'HMAC_224',
  'HMAC_512',
  'ECC_NIST_EDWARDS25519',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ML_KEM_512',
  'ML_KEM_768',
  'ML_KEM_1024',
];

/** The deprecated CustomerMasterKeySpec's values, in the same order [INF]. */
const CMK_SPECS: readonly KeySpec[] = KEY_SPECS.slice(0, 12);

/**
 * KeyUsage values [REAL: the first three in AWS's order (same snapshot); INF: later additions appended].
 *
 * @example
 * ```ts
 * KEY_USAGES[0]; // 'ENCRYPT_DECRYPT'
 * ```
 */
export const KEY_USAGES: readonly KeyUsage[] = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'];

/**
 * `Tags` (TagList) of CreateKey and TagResource: entries of TagKey (1–128) and TagValue (0–256), both
 * required [MODEL]; the list itself has no bound in the model (KMS's 50-tag rule is in tags.ts).
 *
 * @example
 * ```ts
 * validateInput('kms', { Tags: [{ TagKey: '' , TagValue: '' }] }, { Tags: TAG_LIST }); // length violation at tags.1.member.tagKey
 * ```
 */
export const TAG_LIST = list(structure({ TagKey: required({ type: 'string', min: 1, max: 128 }), TagValue: required({ type: 'string', min: 0, max: 256 }) }));

/**
 * `EncryptionContext` (EncryptionContextType): a map of strings to strings, no bounds [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { EncryptionContext: { a: 1 } }, { EncryptionContext: ENCRYPTION_CONTEXT }); // SerializationException
 * ```
 */
export const ENCRYPTION_CONTEXT = { type: 'map', value: { type: 'string' } } as const satisfies Shape;

/**
 * `EncryptionAlgorithm` (EncryptionAlgorithmSpec), in the service model's order [MODEL].
 *
 * @example
 * ```ts
 * ENCRYPTION_ALGORITHM.enum[0]; // 'SYMMETRIC_DEFAULT'
 * ```
 */
export const ENCRYPTION_ALGORITHM = { type: 'string', enum: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] } as const satisfies Shape;

/**
 * `Recipient` (RecipientInfo): a Nitro Enclave's attestation; the world has no enclaves and
 * answers as if it were absent [INF: documented].
 *
 * @example
 * ```ts
 * RECIPIENT.members.AttestationDocument.type; // 'blob'
 * ```
 */
export const RECIPIENT = structure({
  KeyEncryptionAlgorithm: { type: 'string', enum: ['RSAES_OAEP_SHA_256'] },
  AttestationDocument: { type: 'blob', min: 1, max: 262144 },
});

/**
 * `Policy` (PolicyType): 1–131072 characters of tab, line feed, carriage return and U+0020–U+00FF [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { Policy: '' }, { Policy: POLICY }); // length violation
 * ```
 */
export const POLICY = { type: 'string', min: 1, max: 131072, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' } as const satisfies Shape;

/**
 * `PolicyName` (PolicyNameType): 1–128 word characters [MODEL].
 *
 * @example
 * ```ts
 * validateInput('kms', { PolicyName: 'a b' }, { PolicyName: POLICY_NAME }); // pattern violation
 * ```
 */
export const POLICY_NAME = { type: 'string', min: 1, max: 128, pattern: '[\\w]+' } as const satisfies Shape;

const ORIGINS: readonly string[] = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'];

/** SM2 keys exist only in the China Regions [DOC]; elsewhere the enum does not offer it. */
function inChina(region: string): boolean {
  return region.startsWith('cn-');
}

/** The members of CreateKey with the enums of a region (SM2 only in the China Regions). */
function createKeyMembers(specs: readonly KeySpec[], cmkSpecs: readonly KeySpec[]) {
  return {
    Policy: POLICY,
    Description: { type: 'string', min: 0, max: 8192 },
    KeyUsage: { type: 'string', enum: KEY_USAGES },
    CustomerMasterKeySpec: { type: 'string', enum: cmkSpecs },
    KeySpec: { type: 'string', enum: specs },
    Origin: { type: 'string', enum: ORIGINS },
    CustomKeyStoreId: { type: 'string', min: 1, max: 64 },
    BypassPolicyLockoutSafetyCheck: { type: 'boolean' },
    Tags: TAG_LIST,
    MultiRegion: { type: 'boolean' },
    XksKeyId: { type: 'string', min: 1, max: 128 },
  } as const;
}

/**
 * The input of CreateKey outside the China Regions (the declaration's `input`).
 *
 * @example
 * ```ts
 * CREATE_KEY_INPUT.members.KeySpec.enum.includes('SM2'); // false
 * ```
 */
export const CREATE_KEY_INPUT = structure(createKeyMembers(KEY_SPECS, CMK_SPECS));

const CREATE_KEY_INPUT_CHINA = structure(createKeyMembers([...KEY_SPECS, 'SM2'], [...CMK_SPECS, 'SM2']));

/**
 * The input of CreateKey from a client in `region`: the KeySpec and CustomerMasterKeySpec enums
 * offer SM2 only in the China Regions.
 *
 * @example
 * ```ts
 * createKeyInput('cn-north-1').members.KeySpec.enum.includes('SM2'); // true
 * ```
 */
export function createKeyInput(region: string): typeof CREATE_KEY_INPUT {
  return inChina(region) ? CREATE_KEY_INPUT_CHINA : CREATE_KEY_INPUT;
}

/**
 * The input of the key-management operations that take only a KeyId (EnableKey, DisableKey,
 * CancelKeyDeletion).
 *
 * @example
 * ```ts
 * KEY_ONLY_INPUT.members.KeyId.required; // true
 * ```
 */
export const KEY_ONLY_INPUT = structure({ KeyId: KEY_ID });

const MULTI_REGION_KEY = structure({ Arn: { type: 'string' }, Region: { type: 'string' } });

/**
 * KeyMetadata as CreateKey and DescribeKey return it: every member of the service model, typed
 * (CreationDate, DeletionDate and ValidTo are timestamps). The world fills the members it models;
 * see `keyMetadata`.
 *
 * @example
 * ```ts
 * KEY_METADATA.members.CreationDate.type; // 'timestamp'
 * ```
 */
export const KEY_METADATA = structure({
  AWSAccountId: { type: 'string' },
  KeyId: required({ type: 'string' }),
  Arn: { type: 'string' },
  CreationDate: { type: 'timestamp' },
  Enabled: { type: 'boolean' },
  Description: { type: 'string' },
  KeyUsage: { type: 'string' },
  KeyState: { type: 'string' },
  DeletionDate: { type: 'timestamp' },
  ValidTo: { type: 'timestamp' },
  Origin: { type: 'string' },
  CustomKeyStoreId: { type: 'string' },
  CloudHsmClusterId: { type: 'string' },
  ExpirationModel: { type: 'string' },
  KeyManager: { type: 'string' },
  CustomerMasterKeySpec: { type: 'string' },
  KeySpec: { type: 'string' },
  EncryptionAlgorithms: list({ type: 'string' }),
  SigningAlgorithms: list({ type: 'string' }),
  KeyAgreementAlgorithms: list({ type: 'string' }),
  EncapsulationAlgorithms: list({ type: 'string' }),
  MultiRegion: { type: 'boolean' },
  MultiRegionConfiguration: structure({ MultiRegionKeyType: { type: 'string' }, PrimaryKey: MULTI_REGION_KEY, ReplicaKeys: list(MULTI_REGION_KEY) }),
  PendingDeletionWindowInDays: { type: 'integer' },
  MacAlgorithms: list({ type: 'string' }),
  XksKeyConfiguration: structure({ Id: { type: 'string' } }),
  CurrentKeyMaterialId: { type: 'string' },
});

/**
 * The output of CreateKey and DescribeKey.
 *
 * @example
 * ```ts
 * KEY_METADATA_OUTPUT.members.KeyMetadata === KEY_METADATA; // true
 * ```
 */
export const KEY_METADATA_OUTPUT = structure({ KeyMetadata: KEY_METADATA });

/**
 * An entry of ListAliases (CreationDate and LastUpdatedDate are timestamps).
 *
 * @example
 * ```ts
 * ALIAS_LIST_ENTRY.members.LastUpdatedDate.type; // 'timestamp'
 * ```
 */
export const ALIAS_LIST_ENTRY = structure({
  AliasName: { type: 'string' },
  AliasArn: { type: 'string' },
  TargetKeyId: { type: 'string' },
  CreationDate: { type: 'timestamp' },
  LastUpdatedDate: { type: 'timestamp' },
});

/**
 * An entry of ListGrants (CreationDate is a timestamp; Constraints' encryption contexts are maps
 * of strings).
 *
 * @example
 * ```ts
 * GRANT_LIST_ENTRY.members.Operations.type; // 'list'
 * ```
 */
export const GRANT_LIST_ENTRY = structure({
  KeyId: { type: 'string' },
  GrantId: { type: 'string' },
  Name: { type: 'string' },
  CreationDate: { type: 'timestamp' },
  GranteePrincipal: { type: 'string' },
  RetiringPrincipal: { type: 'string' },
  IssuingAccount: { type: 'string' },
  Operations: list({ type: 'string' }),
  Constraints: structure({
    EncryptionContextSubset: { type: 'map', value: { type: 'string' } },
    EncryptionContextEquals: { type: 'map', value: { type: 'string' } },
    SourceArn: { type: 'string' },
  }),
  GranteeServicePrincipal: { type: 'string' },
  RetiringServicePrincipal: { type: 'string' },
});

/**
 * The paging members every KMS list output ends with.
 *
 * @example
 * ```ts
 * PAGE_MEMBERS.Truncated.type; // 'boolean'
 * ```
 */
export const PAGE_MEMBERS = { NextMarker: { type: 'string' }, Truncated: { type: 'boolean' } } as const satisfies Readonly<Record<string, Shape>>;

/**
 * The output of operations whose output is Unit (an empty body on the wire).
 *
 * @example
 * ```ts
 * Object.keys(UNIT.members).length; // 0
 * ```
 */
export const UNIT = structure({});

/**
 * The exceptions Encrypt and GenerateDataKey share in the service model. [MODEL]
 *
 * @example
 * ```ts
 * CRYPTO_ERRORS.includes('DisabledException'); // true
 * ```
 */
export const CRYPTO_ERRORS = [
  'NotFoundException',
  'DisabledException',
  'KeyUnavailableException',
  'DependencyTimeoutException',
  'InvalidKeyUsageException',
  'InvalidGrantTokenException',
  'KMSInternalException',
  'KMSInvalidStateException',
  'DryRunOperationException',
] as const;

/**
 * The exceptions EnableKeyRotation and DisableKeyRotation share in the service model. [MODEL]
 *
 * @example
 * ```ts
 * KEY_ROTATION_ERRORS.includes('UnsupportedOperationException'); // true
 * ```
 */
export const KEY_ROTATION_ERRORS = [
  'NotFoundException',
  'DisabledException',
  'InvalidArnException',
  'DependencyTimeoutException',
  'KMSInternalException',
  'KMSInvalidStateException',
  'UnsupportedOperationException',
] as const;
