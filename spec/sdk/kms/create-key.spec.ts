import { CreateKeyCommand, DescribeKeyCommand, KMSServiceException, type CreateKeyCommandInput } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, kmsSetup, rejection, T0, type KmsSetup } from '../../../fixtures/kms';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ALL_SPECS =
  'RSA_2048, ECC_NIST_P384, ECC_NIST_P256, ECC_NIST_P521, HMAC_384, RSA_3072, ECC_SECG_P256K1, RSA_4096, SYMMETRIC_DEFAULT, HMAC_256, HMAC_224, HMAC_512, ' +
  'ECC_NIST_EDWARDS25519, ML_DSA_44, ML_DSA_65, ML_DSA_87, ML_KEM_512, ML_KEM_768, ML_KEM_1024';

describe.each(BINDINGS)('CreateKey through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  it('creates an Enabled symmetric encryption key by default, with KeyMetadata exactly as KMS returns it', async () => {
    const out = await s.client.send(new CreateKeyCommand({}));
    const id = out.KeyMetadata?.KeyId ?? '';
    expect(id).toMatch(UUID);
    expect(body(out)).toStrictEqual({
      KeyMetadata: {
        AWSAccountId: ACCOUNT,
        KeyId: id,
        Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`,
        CreationDate: new Date(T0),
        Enabled: true,
        Description: '',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: 'CUSTOMER',
        CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        KeySpec: 'SYMMETRIC_DEFAULT',
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        MultiRegion: false,
        CurrentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it('keeps the Description, and DescribeKey answers the same KeyMetadata', async () => {
    const out = await s.client.send(new CreateKeyCommand({ Description: 'orders key', Tags: [{ TagKey: 'team', TagValue: 'a' }] }));
    expect(out.KeyMetadata?.Description).toBe('orders key');
    const described = await s.client.send(new DescribeKeyCommand({ KeyId: out.KeyMetadata?.KeyId }));
    expect(body(described)).toStrictEqual(body(out));
  });

  it('leaves CurrentKeyMaterialId out when the world is told to (recordings older than 2025)', async () => {
    s.stub.restore();
    s = kmsSetup({ binding, kms: { behaviour: { currentKeyMaterialId: false } } });
    const out = await s.client.send(new CreateKeyCommand({}));
    expect(out.KeyMetadata).not.toHaveProperty('CurrentKeyMaterialId');
  });

  it.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT', { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }, true],
    [
      'RSA_4096',
      'SIGN_VERIFY',
      {
        SigningAlgorithms: [
          'RSASSA_PKCS1_V1_5_SHA_256',
          'RSASSA_PKCS1_V1_5_SHA_384',
          'RSASSA_PKCS1_V1_5_SHA_512',
          'RSASSA_PSS_SHA_256',
          'RSASSA_PSS_SHA_384',
          'RSASSA_PSS_SHA_512',
        ],
      },
      true,
    ],
    ['ECC_NIST_P256', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }, true],
    ['ECC_NIST_P521', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_512'] }, true],
    ['ECC_NIST_P384', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }, true],
    ['ECC_SECG_P256K1', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }, true],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_256'] }, true],
    ['HMAC_512', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_512'] }, true],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', { SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] }, false],
    ['ML_DSA_65', 'SIGN_VERIFY', { SigningAlgorithms: ['ML_DSA_SHAKE_256'] }, false],
    ['ML_KEM_768', 'ENCAPSULATE_DECAPSULATE', { EncapsulationAlgorithms: ['ML_KEM'] }, false],
  ] as const)('creates a %s key for %s with only the algorithms that apply', async (spec, usage, algorithms, hasCmkSpec) => {
    const out = await s.client.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: usage }));
    const m = out.KeyMetadata!;
    expect(body(out)).toStrictEqual({
      KeyMetadata: {
        AWSAccountId: ACCOUNT,
        KeyId: m.KeyId,
        Arn: m.Arn,
        CreationDate: new Date(T0),
        Enabled: true,
        Description: '',
        KeyUsage: usage,
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: 'CUSTOMER',
        ...(hasCmkSpec ? { CustomerMasterKeySpec: spec } : {}),
        KeySpec: spec,
        ...algorithms,
        MultiRegion: false,
      },
    });
  });

  it('accepts the deprecated CustomerMasterKeySpec alone', async () => {
    const out = await s.client.send(new CreateKeyCommand({ CustomerMasterKeySpec: 'RSA_3072', KeyUsage: 'SIGN_VERIFY' }));
    expect([out.KeyMetadata?.KeySpec, out.KeyMetadata?.CustomerMasterKeySpec]).toEqual(['RSA_3072', 'RSA_3072']);
  });

  it('creates a multi-Region primary key with an mrk- id and its MultiRegionConfiguration', async () => {
    const out = await s.client.send(new CreateKeyCommand({ MultiRegion: true }));
    const m = out.KeyMetadata!;
    expect(m.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(m.MultiRegion).toBe(true);
    expect(m.MultiRegionConfiguration).toStrictEqual({ MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: m.Arn, Region: 'us-east-1' }, ReplicaKeys: [] });
    const described = await s.client.send(new DescribeKeyCommand({ KeyId: m.KeyId }));
    expect(described.KeyMetadata?.Arn).toBe(m.Arn);
  });

  it('offers SM2 only in the China Regions, under the aws-cn partition', async () => {
    const err = await rejection(s.client.send(new CreateKeyCommand({ KeySpec: 'SM2', KeyUsage: 'ENCRYPT_DECRYPT' })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(
      `1 validation error detected: Value 'SM2' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [${ALL_SPECS}]`,
    );
    s.stub.restore();
    s = kmsSetup({ binding, region: 'cn-north-1' });
    const client = s.clientIn('cn-north-1');
    const out = await client.send(new CreateKeyCommand({ KeySpec: 'SM2', KeyUsage: 'ENCRYPT_DECRYPT' }));
    expect(out.KeyMetadata?.Arn).toMatch(/^arn:aws-cn:kms:cn-north-1:123456789012:key\//);
    expect(out.KeyMetadata?.EncryptionAlgorithms).toEqual(['SM2PKE']);
  });

  describe('rejects, changing nothing', () => {
    const cases: readonly [string, CreateKeyCommandInput, string][] = [
      [
        'a key spec other than symmetric without KeyUsage',
        { KeySpec: 'HMAC_256' },
        'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
      ],
      [
        'an unknown KeySpec',
        { KeySpec: 'HMAC_random' as never, KeyUsage: 'GENERATE_VERIFY_MAC' },
        `1 validation error detected: Value 'HMAC_random' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [${ALL_SPECS}]`,
      ],
      [
        'an unknown KeyUsage',
        { KeyUsage: 'RANDOM' as never },
        "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT, ENCAPSULATE_DECAPSULATE]",
      ],
      ['a KeyUsage the spec does not support', { KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'SIGN_VERIFY' }, 'KeyUsage SIGN_VERIFY is not compatible with KeySpec SYMMETRIC_DEFAULT.'],
      ['ECC with ENCRYPT_DECRYPT', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'ENCRYPT_DECRYPT' }, 'KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec ECC_NIST_P256.'],
      [
        'both KeySpec and CustomerMasterKeySpec',
        { KeySpec: 'RSA_2048', CustomerMasterKeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' },
        'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec parameter is deprecated. Use KeySpec.',
      ],
      [
        'a Description over 8192 characters',
        { Description: 'd'.repeat(8193) },
        `1 validation error detected: Value '${'d'.repeat(8193)}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192`,
      ],
      [
        'a tag key over 128 characters',
        { Tags: [{ TagKey: 'k'.repeat(129), TagValue: 'v' }] },
        `1 validation error detected: Value '${'k'.repeat(129)}' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128`,
      ],
    ];
    it.each(cases)('%s: ValidationException', async (_name, input, message) => {
      const err = await rejection(s.client.send(new CreateKeyCommand(input ?? {})));
      expect(err).toBeInstanceOf(KMSServiceException);
      expect(err.name).toBe('ValidationException');
      expect(err.message).toBe(message);
      expect(err.$fault).toBe('client');
      expect(err.$metadata?.httpStatusCode).toBe(400);
      expect(s.world.kms.keyCount).toBe(0);
    });
  });

  it.each([
    [{ Origin: 'EXTERNAL' }, 'EXTERNAL'],
    [{ Origin: 'AWS_CLOUDHSM' }, 'AWS_CLOUDHSM'],
    [{ Origin: 'EXTERNAL_KEY_STORE', XksKeyId: 'xks-key' }, 'EXTERNAL_KEY_STORE'],
    [{ XksKeyId: 'xks-key' }, 'EXTERNAL_KEY_STORE'],
  ] as const)('answers %j, a key the world cannot hold, with UnsupportedOperationException naming it [INF] and creates nothing', async (input, origin) => {
    const err = await rejection(s.client.send(new CreateKeyCommand(input)));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('UnsupportedOperationException');
    expect(err.message).toBe(
      `CreateKey with Origin ${origin} is not modelled by kinesis-sse-harness: the world creates keys with Origin AWS_KMS only (no imported key material, no custom key stores).`,
    );
    expect(err.$metadata?.httpStatusCode).toBe(400);
    expect(s.world.kms.keyCount).toBe(0);
  });

  it('answers a CustomKeyStoreId with CustomKeyStoreNotFoundException: the world holds no custom key stores [DOC text]', async () => {
    const err = await rejection(s.client.send(new CreateKeyCommand({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-1234567890abcdef0' })));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('CustomKeyStoreNotFoundException');
    expect(err.message).toBe('The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.');
    expect(s.world.kms.keyCount).toBe(0);
  });

  it('records the new key as a KeyState transition none → Enabled at the call time', async () => {
    s.clock.advance(5_000);
    const out = await s.client.send(new CreateKeyCommand({}));
    const transitions = s.world.trace.filter((e) => e.kind === 'transition');
    expect(transitions).toEqual([
      expect.objectContaining({ time: T0 + 5_000, service: 'kms', resource: out.KeyMetadata?.Arn, property: 'KeyState', from: 'none', to: 'Enabled' }),
    ]);
  });
});
