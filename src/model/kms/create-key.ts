import { ok, fail } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { kmsValidation } from './errors';
import { createKey, VALID_USAGES } from './keys';
import { keyMetadata } from './metadata';
import type { KeySpec, KeyUsage } from './state';

/**
 * KeySpec values as KMS lists them in its enum message outside the China Regions [REAL: the first
 * twelve, in AWS's own order, LocalStack snapshot `test_hmac_create_key_invalid_operations` 2023;
 * INF: the later additions appended].
 */
const KEY_SPECS: readonly string[] = [
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
const CMK_SPECS: readonly string[] = KEY_SPECS.slice(0, 12);

/** KeyUsage values [REAL: the first three in AWS's order (same snapshot); INF: later additions appended]. */
const KEY_USAGES: readonly KeyUsage[] = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'];

const ORIGINS: readonly string[] = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'];

/** SM2 keys exist only in the China Regions [DOC]; elsewhere the enum does not offer it. */
function inChina(region: string): boolean {
  return region.startsWith('cn-');
}

function members(region: string): Members {
  const specs = inChina(region) ? [...KEY_SPECS, 'SM2'] : KEY_SPECS;
  const cmkSpecs = inChina(region) ? [...CMK_SPECS, 'SM2'] : CMK_SPECS;
  return {
    Policy: { type: 'string', min: 1, max: 131072 },
    Description: { type: 'string', min: 0, max: 8192 },
    KeyUsage: { type: 'string', enum: KEY_USAGES },
    CustomerMasterKeySpec: { type: 'string', enum: cmkSpecs },
    KeySpec: { type: 'string', enum: specs },
    Origin: { type: 'string', enum: ORIGINS },
    CustomKeyStoreId: { type: 'string', min: 1, max: 64 },
    BypassPolicyLockoutSafetyCheck: { type: 'boolean' },
    Tags: {
      type: 'list',
      member: {
        type: 'structure',
        members: { TagKey: { type: 'string', required: true, min: 1, max: 128 }, TagValue: { type: 'string', required: true, min: 0, max: 256 } },
      },
    },
    MultiRegion: { type: 'boolean' },
    XksKeyId: { type: 'string', min: 1, max: 128 },
  };
}

interface CreateKeyInput {
  readonly Description?: string;
  readonly KeyUsage?: KeyUsage;
  readonly CustomerMasterKeySpec?: KeySpec;
  readonly KeySpec?: KeySpec;
  readonly Origin?: string;
  readonly CustomKeyStoreId?: string;
  readonly XksKeyId?: string;
  readonly MultiRegion?: boolean;
}

/**
 * CreateKey: a new key in the caller's account and region, Enabled, origin AWS_KMS. Symmetric
 * encryption by default; any other KeySpec needs a KeyUsage KMS accepts for it. Policy and Tags
 * are validated and not kept (the world models no key policies or tags). Origins other than
 * AWS_KMS and custom key stores are not modelled: such a call rejects with a TypeError naming it.
 *
 * @example
 * ```ts
 * const r = createKeyOperation(world, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, { now, region: 'us-east-1' });
 * ```
 */
export const createKeyOperation: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, members(ctx.region));
  if (invalid !== undefined) return fail(invalid);
  const input = rawInput as CreateKeyInput;
  if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) {
    // [INF] text
    return fail(kmsValidation('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec parameter is deprecated. Use KeySpec.'));
  }
  const spec: KeySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  if (spec !== 'SYMMETRIC_DEFAULT' && input.KeyUsage === undefined) {
    // [REAL] LocalStack snapshot test_hmac_create_key_invalid_operations (2023)
    return fail(kmsValidation('You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.'));
  }
  const usage: KeyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  if (!VALID_USAGES[spec].includes(usage)) {
    // [DOC] which pairs are valid; [INF] text
    return fail(kmsValidation(`KeyUsage ${usage} is not compatible with KeySpec ${spec}.`));
  }
  if ((input.Origin !== undefined && input.Origin !== 'AWS_KMS') || input.CustomKeyStoreId !== undefined || input.XksKeyId !== undefined) {
    throw new TypeError(
      `[kinesis-sse-harness] CreateKey with ${input.Origin !== undefined && input.Origin !== 'AWS_KMS' ? `Origin '${input.Origin}'` : 'a custom key store'} is not modelled; the world creates AWS_KMS keys only`,
    );
  }
  const key = createKey(
    world,
    { spec, usage, multiRegion: input.MultiRegion === true, ...(input.Description === undefined ? {} : { description: input.Description }) },
    ctx.now,
    ctx.region,
    'CreateKey',
  );
  return ok({ KeyMetadata: keyMetadata(world, key) });
};
