import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { sealBlob } from './cipher';
import { algorithmFor, plaintextFits } from './crypto';
import { dryRun } from './messages';
import { keyForCrypto } from './rules';
import { CRYPTO_ERRORS, ENCRYPTION_ALGORITHM, ENCRYPTION_CONTEXT, GRANT_TOKENS, KEY_ID } from './shapes';

/** The input of Encrypt, in the service model's order. */
const INPUT = structure({
  KeyId: KEY_ID,
  Plaintext: { type: 'blob', required: true, min: 1, max: 4096 },
  EncryptionContext: ENCRYPTION_CONTEXT,
  GrantTokens: GRANT_TOKENS,
  EncryptionAlgorithm: ENCRYPTION_ALGORITHM,
  DryRun: { type: 'boolean' },
});

/** The output of Encrypt. */
const OUTPUT = structure({ CiphertextBlob: { type: 'blob' }, KeyId: { type: 'string' }, EncryptionAlgorithm: { type: 'string' } });

/**
 * Encrypt: seals up to 4096 bytes under a key (any KeyId form, cross-account by ARN) with an
 * optional encryption context; answers `{ CiphertextBlob, KeyId: <key ARN>, EncryptionAlgorithm }`
 * [DOC; REAL: the members, LocalStack `test_encrypt_decrypt_encryption_context` 2025]. The key rules
 * are `keyForCrypto`'s (NotFoundException, AccessDeniedException, DisabledException,
 * KMSInvalidStateException, InvalidKeyUsageException); the algorithm must suit the key's spec and
 * the plaintext its size limit (RSA: 214/190 bytes for RSA_2048 [REAL]). The blob is the world's own
 * fake (see `cipher.ts`): deterministic from the seed, opened only by this world's Decrypt. With
 * `DryRun: true` the checks run and the answer is `DryRunOperationException` [DOC].
 *
 * @example
 * ```ts
 * encrypt.run(world, { KeyId: 'alias/orders', Plaintext: utf8Bytes('secret') }, { now, region: 'us-east-1' });
 * ```
 */
export const encrypt = defineOperation({
  service: 'kms',
  name: 'Encrypt',
  input: INPUT,
  output: OUTPUT,
  errors: CRYPTO_ERRORS,
  run(world, input, ctx) {
    const found = keyForCrypto(world, input.KeyId, ctx, 'Encrypt');
    if (!found.ok) return found;
    const key = found.value;
    const algorithm = algorithmFor(key, input.EncryptionAlgorithm);
    if (!algorithm.ok) return algorithm;
    const fits = plaintextFits(key, algorithm.value, input.Plaintext.length);
    if (!fits.ok) return fits;
    if (input.DryRun === true) return fail(dryRun());
    const context = algorithm.value === 'SYMMETRIC_DEFAULT' ? input.EncryptionContext : undefined;
    return ok({ CiphertextBlob: sealBlob(world, key, input.Plaintext, context, algorithm.value), KeyId: key.arn, EncryptionAlgorithm: algorithm.value });
  },
});
