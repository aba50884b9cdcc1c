import type { ModelWorld } from '../world';
import type { KeySpec, KmsKey } from './state';

/**
 * KeyMetadata as CreateKey and DescribeKey return it (timestamps epoch ms). Members KMS omits are
 * absent: `DeletionDate` only while PendingDeletion, `MultiRegionConfiguration` only for
 * multi-Region keys, each algorithm list only for the usages it belongs to.
 *
 * @example
 * ```ts
 * const m: KeyMetadataShape = keyMetadata(world, key);
 * ```
 */
export interface KeyMetadataShape {
  readonly AWSAccountId: string;
  readonly KeyId: string;
  readonly Arn: string;
  readonly CreationDate: number;
  readonly Enabled: boolean;
  readonly Description: string;
  readonly KeyUsage: string;
  readonly KeyState: string;
  readonly DeletionDate?: number;
  readonly Origin: 'AWS_KMS';
  readonly KeyManager: 'CUSTOMER' | 'AWS';
  readonly CustomerMasterKeySpec?: string;
  readonly KeySpec: string;
  readonly EncryptionAlgorithms?: readonly string[];
  readonly SigningAlgorithms?: readonly string[];
  readonly KeyAgreementAlgorithms?: readonly string[];
  readonly EncapsulationAlgorithms?: readonly string[];
  readonly MacAlgorithms?: readonly string[];
  readonly MultiRegion: boolean;
  readonly MultiRegionConfiguration?: {
    readonly MultiRegionKeyType: 'PRIMARY';
    readonly PrimaryKey: { readonly Arn: string; readonly Region: string };
    readonly ReplicaKeys: readonly never[];
  };
  readonly CurrentKeyMaterialId?: string;
}

/** Key specs the deprecated `CustomerMasterKeySpec` member can name (its SDK enum). */
const CMK_SPECS: ReadonlySet<KeySpec> = new Set<KeySpec>([
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
]);

const RSA_SIGNING = [
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
];

const ECDSA: Readonly<Partial<Record<KeySpec, string>>> = {
  ECC_NIST_P256: 'ECDSA_SHA_256',
  ECC_NIST_P384: 'ECDSA_SHA_384',
  ECC_NIST_P521: 'ECDSA_SHA_512',
  ECC_SECG_P256K1: 'ECDSA_SHA_256',
};

/**
 * The algorithm lists a key of this spec and usage supports, by KeyMetadata member [DOC: KMS key
 * spec reference; REAL for SYMMETRIC_DEFAULT, HMAC and ECC_NIST_P256 signing (LocalStack snapshots
 * recorded against AWS)].
 *
 * @example
 * ```ts
 * algorithms('HMAC_256', 'GENERATE_VERIFY_MAC'); // { MacAlgorithms: ['HMAC_SHA_256'] }
 * ```
 */
export function algorithms(spec: KeySpec, usage: string): Partial<Record<'EncryptionAlgorithms' | 'SigningAlgorithms' | 'KeyAgreementAlgorithms' | 'EncapsulationAlgorithms' | 'MacAlgorithms', string[]>> {
  if (spec === 'SYMMETRIC_DEFAULT') return { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] };
  if (spec.startsWith('HMAC_')) return { MacAlgorithms: [`HMAC_SHA_${spec.slice(5)}`] };
  if (spec.startsWith('ML_KEM_')) return { EncapsulationAlgorithms: ['ML_KEM'] };
  if (spec.startsWith('ML_DSA_')) return { SigningAlgorithms: ['ML_DSA_SHAKE_256'] };
  if (usage === 'KEY_AGREEMENT') return { KeyAgreementAlgorithms: ['ECDH'] };
  if (spec.startsWith('RSA_')) {
    return usage === 'ENCRYPT_DECRYPT' ? { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] } : { SigningAlgorithms: [...RSA_SIGNING] };
  }
  if (spec === 'SM2') return usage === 'ENCRYPT_DECRYPT' ? { EncryptionAlgorithms: ['SM2PKE'] } : { SigningAlgorithms: ['SM2DSA'] };
  if (spec === 'ECC_NIST_EDWARDS25519') return { SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] };
  const ecdsa = ECDSA[spec];
  return ecdsa === undefined ? {} : { SigningAlgorithms: [ecdsa] };
}

/**
 * A key's KeyMetadata, as KMS returns it now. Every call builds a fresh object.
 *
 * @example
 * ```ts
 * keyMetadata(world, key).KeyState; // 'Enabled'
 * ```
 */
export function keyMetadata(world: ModelWorld, key: KmsKey): KeyMetadataShape {
  return {
    AWSAccountId: key.account,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: key.creationDate,
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.usage,
    KeyState: key.state,
    ...(key.state === 'PendingDeletion' && key.deletionDate !== undefined ? { DeletionDate: key.deletionDate } : {}),
    Origin: 'AWS_KMS',
    KeyManager: key.manager,
    ...(CMK_SPECS.has(key.spec) ? { CustomerMasterKeySpec: key.spec } : {}),
    KeySpec: key.spec,
    ...algorithms(key.spec, key.usage),
    MultiRegion: key.multiRegion,
    ...(key.multiRegion
      ? { MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: key.arn, Region: key.region }, ReplicaKeys: [] } }
      : {}),
    ...(world.kmsOptions.behaviour.currentKeyMaterialId && key.keyMaterialId !== undefined ? { CurrentKeyMaterialId: key.keyMaterialId } : {}),
  };
}
