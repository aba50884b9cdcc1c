import {
  DecryptCommand,
  DisabledException,
  EncryptCommand,
  GenerateDataKeyCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  KMSInvalidStateException,
  NotFoundException,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, kmsSetup, OTHER_ACCOUNT, rejection, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';

// GenerateDataKey / Encrypt / Decrypt: answers by the key's state, ciphertexts only this world opens.
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(BINDINGS)('KMS cryptographic operations through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  it('envelope encryption: GenerateDataKey, then Decrypt of its CiphertextBlob gives the Plaintext back', async () => {
    const key = s.world.kms.createKey({ alias: 'alias/app' });
    const context = { tenant: 'acme' };
    const dataKey = await s.client.send(new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256', EncryptionContext: context }));
    expect(Object.keys(body(dataKey)).sort()).toEqual(['CiphertextBlob', 'KeyId', 'KeyMaterialId', 'Plaintext']);
    expect(dataKey.KeyId).toBe(key.Arn);
    expect(dataKey.Plaintext).toHaveLength(32);
    const opened = await s.client.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob, EncryptionContext: context }));
    expect(opened.Plaintext).toEqual(dataKey.Plaintext);
    expect(opened.KeyId).toBe(key.Arn);
    expect(opened.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
  });

  it('NumberOfBytes gives that many bytes; neither or both of KeySpec and NumberOfBytes is a ValidationException [DOC; PEER text]', async () => {
    const key = s.world.kms.createKey();
    expect((await s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, NumberOfBytes: 64 }))).Plaintext).toHaveLength(64);
    expect((await s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_128' }))).Plaintext).toHaveLength(16);
    for (const input of [{}, { KeySpec: 'AES_256' as const, NumberOfBytes: 32 }]) {
      const err = await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, ...input })));
      expect([err.name, err.message]).toEqual(['ValidationException', 'Please specify either number of bytes or key spec.']);
    }
  });

  it('Encrypt → Decrypt round trip; the answer names the key ARN and the algorithm [REAL members]', async () => {
    const key = s.world.kms.createKey();
    const sealed = await s.client.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('hello'), EncryptionContext: { a: '1', b: '2' } }));
    expect(Object.keys(body(sealed)).sort()).toEqual(['CiphertextBlob', 'EncryptionAlgorithm', 'KeyId']);
    expect([sealed.KeyId, sealed.EncryptionAlgorithm]).toEqual([key.Arn, 'SYMMETRIC_DEFAULT']);
    const opened = await s.client.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, KeyId: key.Arn, EncryptionContext: { b: '2', a: '1' } }));
    expect(new TextDecoder().decode(opened.Plaintext)).toBe('hello');
  });

  it('the encryption context must match: none, or another, is InvalidCiphertextException with no message [REAL 2025]', async () => {
    const key = s.world.kms.createKey();
    const { CiphertextBlob } = await s.client.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x'), EncryptionContext: { k: 'v' } }));
    for (const EncryptionContext of [undefined, { k: 'w' }, { k: 'v', extra: '' }]) {
      const err = await rejection(s.client.send(new DecryptCommand({ CiphertextBlob, ...(EncryptionContext === undefined ? {} : { EncryptionContext }) })));
      expect(err).toBeInstanceOf(InvalidCiphertextException);
    }
  });

  it('a blob that is not ours, or altered, is InvalidCiphertextException; another world of another seed cannot open ours', async () => {
    const key = s.world.kms.createKey();
    const { CiphertextBlob } = await s.client.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('secret') }));
    const altered = Uint8Array.from(CiphertextBlob!);
    altered[altered.length - 20] = altered[altered.length - 20]! ^ 1;
    for (const blob of [bytes('not a ciphertext of this world'), altered, CiphertextBlob!.subarray(4)]) {
      expect(await rejection(s.client.send(new DecryptCommand({ CiphertextBlob: blob })))).toBeInstanceOf(InvalidCiphertextException);
    }
    s.stub.restore();
    const other = kmsSetup({ binding, seed: 8 });
    try {
      const twin = other.world.kms.createKey();
      expect(twin.Arn).not.toBe(key.Arn);
      const err = await rejection(other.client.send(new DecryptCommand({ CiphertextBlob })));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.message).toBe(`Key '${key.Arn}' does not exist`);
    } finally {
      other.stub.restore();
      s = kmsSetup({ binding });
    }
  });

  it('Decrypt with a KeyId of another key: IncorrectKeyException [REAL text]', async () => {
    const a = s.world.kms.createKey();
    const b = s.world.kms.createKey();
    const { CiphertextBlob } = await s.client.send(new EncryptCommand({ KeyId: a.KeyId, Plaintext: bytes('x') }));
    const err = await rejection(s.client.send(new DecryptCommand({ CiphertextBlob, KeyId: b.KeyId })));
    expect(err).toBeInstanceOf(IncorrectKeyException);
    expect(err.message).toBe('The key ID in the request does not identify a CMK that can perform this operation.');
  });

  it('by the key state: Disabled → DisabledException, PendingDeletion → KMSInvalidStateException [REAL: LocalStack test_cant_use_disabled_or_deleted_keys]', async () => {
    const key = s.world.kms.createKey();
    const { CiphertextBlob } = await s.client.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x') }));
    s.world.kms.disable(key.KeyId);
    for (const p of [
      s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' })),
      s.client.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x') })),
      s.client.send(new DecryptCommand({ CiphertextBlob })),
    ]) {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(DisabledException);
      expect(err.message).toBe(`${key.Arn} is disabled.`);
    }
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    for (const p of [s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' })), s.client.send(new DecryptCommand({ CiphertextBlob }))]) {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(KMSInvalidStateException);
      expect(err.message).toBe(`${key.Arn} is pending deletion.`);
    }
  });

  it('an unknown key is NotFoundException; a signing key is InvalidKeyUsageException [REAL text]; an RSA key cannot make data keys', async () => {
    const err = await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: UNKNOWN_KEY_ID, KeySpec: 'AES_256' })));
    expect(err).toBeInstanceOf(NotFoundException);
    const signing = s.world.kms.createKey({ spec: 'ECC_NIST_P256', usage: 'SIGN_VERIFY' });
    const usage = await rejection(s.client.send(new EncryptCommand({ KeyId: signing.KeyId, Plaintext: bytes('x') })));
    expect(usage).toBeInstanceOf(InvalidKeyUsageException);
    expect(usage.message).toBe(`${signing.Arn} key usage is SIGN_VERIFY which is not valid for Encrypt.`);
    const rsa = s.world.kms.createKey({ spec: 'RSA_2048', usage: 'ENCRYPT_DECRYPT' });
    expect(await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: rsa.KeyId, KeySpec: 'AES_256' })))).toBeInstanceOf(InvalidKeyUsageException);
  });

  it('RSA keys: an RSAES algorithm is required, OAEP size limits [REAL 2023], and Decrypt needs the KeyId and the algorithm', async () => {
    const rsa = s.world.kms.createKey({ spec: 'RSA_2048', usage: 'ENCRYPT_DECRYPT' });
    const wrong = await rejection(s.client.send(new EncryptCommand({ KeyId: rsa.KeyId, Plaintext: bytes('x') })));
    expect([wrong.name, wrong.message]).toEqual(['InvalidKeyUsageException', 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.']);
    const big = await rejection(s.client.send(new EncryptCommand({ KeyId: rsa.KeyId, Plaintext: new Uint8Array(215), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' })));
    expect([big.name, big.message]).toEqual(['ValidationException', 'Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.']);
    const { CiphertextBlob } = await s.client.send(new EncryptCommand({ KeyId: rsa.KeyId, Plaintext: new Uint8Array(190), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }));
    expect(await rejection(s.client.send(new DecryptCommand({ CiphertextBlob })))).toBeInstanceOf(InvalidCiphertextException);
    const opened = await s.client.send(new DecryptCommand({ CiphertextBlob, KeyId: rsa.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }));
    expect(opened.Plaintext).toEqual(new Uint8Array(190));
    expect(opened.EncryptionAlgorithm).toBe('RSAES_OAEP_SHA_256');
  });

  it('AWS managed keys are usable only through their service: AccessDeniedException, and nothing is created', async () => {
    const before = s.world.kms.keyCount;
    const err = await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: 'alias/aws/kinesis', KeySpec: 'AES_256' })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toContain(`arn:aws:iam::${ACCOUNT}:root is not authorized to perform: kms:GenerateDataKey`);
    expect(s.world.kms.keyCount).toBe(before);
  });

  it("another account's key with the default policy: AccessDeniedException; with a policy naming our account: usable", async () => {
    const theirs = s.world.kms.createKey({ account: OTHER_ACCOUNT });
    const err = await rejection(s.client.send(new EncryptCommand({ KeyId: theirs.Arn, Plaintext: bytes('x') })));
    expect(err.name).toBe('AccessDeniedException');
    s.world.model.kms.keys.get(theirs.Arn)!.policy = {
      document: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${OTHER_ACCOUNT}:root`, ACCOUNT] }, Action: 'kms:*', Resource: '*' }] }),
      deniedServices: [],
    };
    expect((await s.client.send(new EncryptCommand({ KeyId: theirs.Arn, Plaintext: bytes('x') }))).KeyId).toBe(theirs.Arn);
  });

  it('a rejected call changes nothing: the next data key is the one it would have been', async () => {
    const key = s.world.kms.createKey();
    await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', NumberOfBytes: 3 })));
    await rejection(s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', DryRun: true })));
    const a = await s.client.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }));
    s.stub.restore();
    s = kmsSetup({ binding });
    const again = s.world.kms.createKey();
    expect(again.Arn).toBe(key.Arn);
    const b = await s.client.send(new GenerateDataKeyCommand({ KeyId: again.KeyId, KeySpec: 'AES_256' }));
    expect(b.Plaintext).toEqual(a.Plaintext);
    expect(b.CiphertextBlob).toEqual(a.CiphertextBlob);
  });
});
