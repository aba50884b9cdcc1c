import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { dataKeyBytes, sealBlob } from './cipher';
import { dataKeyLengthRequired, dryRun, keySpecNotValid } from './messages';
import { keyForCrypto } from './rules';
import { CRYPTO_ERRORS, ENCRYPTION_CONTEXT, GRANT_TOKENS, KEY_ID, RECIPIENT } from './shapes';

/** The input of GenerateDataKey, in the service model's order. */
const INPUT = structure({
  KeyId: KEY_ID,
  EncryptionContext: ENCRYPTION_CONTEXT,
  NumberOfBytes: { type: 'integer', min: 1, max: 1024 },
  KeySpec: { type: 'string', enum: ['AES_256', 'AES_128'] },
  GrantTokens: GRANT_TOKENS,
  Recipient: RECIPIENT,
  DryRun: { type: 'boolean' },
});

/** The output of GenerateDataKey, in the service model's order. */
const OUTPUT = structure({
  CiphertextBlob: { type: 'blob' },
  Plaintext: { type: 'blob' },
  KeyId: { type: 'string' },
  CiphertextForRecipient: { type: 'blob' },
  KeyMaterialId: { type: 'string' },
});

/** Data key lengths by KeySpec [DOC]. */
const KEY_SPEC_BYTES: Readonly<Record<string, number>> = { AES_256: 32, AES_128: 16 };

/**
 * GenerateDataKey: a data key of `KeySpec` (AES_256: 32 bytes, AES_128: 16) or `NumberOfBytes`
 * (1–1024) — exactly one of the two [DOC; `ValidationException: Please specify either number of
 * bytes or key spec.` PEER moto] — as `Plaintext` and as `CiphertextBlob` sealed under a symmetric
 * encryption key with the encryption context, and `KeyId: <key ARN>` [REAL: members and ARN,
 * LocalStack `test_generate_data_key`, AWS-validated 2023]; `KeyMaterialId` (the key's material id)
 * when `kms.behaviour.currentKeyMaterialId` is on [MODEL/DOC 2025; the 2023 recording predates it].
 * The key rules are `keyForCrypto`'s; an asymmetric or HMAC key is `InvalidKeyUsageException` [DOC].
 * Decrypt of the blob gives the plaintext back. Data keys are deterministic from the world's seed.
 *
 * @example
 * ```ts
 * generateDataKey.run(world, { KeyId: 'alias/orders', KeySpec: 'AES_256' }, { now, region: 'us-east-1' });
 * ```
 */
export const generateDataKey = defineOperation({
  service: 'kms',
  name: 'GenerateDataKey',
  input: INPUT,
  output: OUTPUT,
  errors: CRYPTO_ERRORS,
  run(world, input, ctx) {
    if ((input.KeySpec === undefined) === (input.NumberOfBytes === undefined)) return fail(dataKeyLengthRequired());
    const found = keyForCrypto(world, input.KeyId, ctx, 'GenerateDataKey');
    if (!found.ok) return found;
    const key = found.value;
    if (key.spec !== 'SYMMETRIC_DEFAULT') return fail(keySpecNotValid(key.arn, key.spec, 'GenerateDataKey'));
    if (input.DryRun === true) return fail(dryRun());
    const plaintext = dataKeyBytes(world, input.KeySpec === undefined ? input.NumberOfBytes! : KEY_SPEC_BYTES[input.KeySpec]!);
    const blob = sealBlob(world, key, plaintext, input.EncryptionContext, 'SYMMETRIC_DEFAULT');
    return ok({
      CiphertextBlob: blob,
      Plaintext: plaintext,
      KeyId: key.arn,
      ...(world.kmsOptions.behaviour.currentKeyMaterialId && key.keyMaterialId !== undefined ? { KeyMaterialId: key.keyMaterialId } : {}),
    });
  },
});
