import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { list, structure } from '../shape';
import { blobHeader, openBlob } from './cipher';
import { algorithmFor } from './crypto';
import { resolveKeyId, ANY_KEY_ID } from './keys';
import { dryRun, incorrectKey, invalidCiphertext, keyDoesNotExist } from './messages';
import { keyForCrypto } from './rules';
import { ENCRYPTION_ALGORITHM, ENCRYPTION_CONTEXT, GRANT_TOKENS, RECIPIENT } from './shapes';

/** The input of Decrypt, in the service model's order (KeyId is optional here). */
const INPUT = structure({
  CiphertextBlob: { type: 'blob', required: true, min: 1, max: 6144 },
  EncryptionContext: ENCRYPTION_CONTEXT,
  GrantTokens: GRANT_TOKENS,
  KeyId: { type: 'string', min: 1, max: 2048 },
  EncryptionAlgorithm: ENCRYPTION_ALGORITHM,
  Recipient: RECIPIENT,
  DryRun: { type: 'boolean' },
  DryRunModifiers: list({ type: 'string', enum: ['IGNORE_CIPHERTEXT'] }),
});

/** The output of Decrypt, in the service model's order. */
const OUTPUT = structure({
  KeyId: { type: 'string' },
  Plaintext: { type: 'blob' },
  EncryptionAlgorithm: { type: 'string' },
  CiphertextForRecipient: { type: 'blob' },
  KeyMaterialId: { type: 'string' },
});

/**
 * Decrypt: opens a blob this world's Encrypt or GenerateDataKey made, and answers `{ KeyId: <key
 * ARN>, Plaintext, EncryptionAlgorithm, KeyMaterialId }` [REAL: members, LocalStack
 * `test_encrypt_decrypt_encryption_context` 2025; DOC: KeyId is the key ARN; KeyMaterialId with
 * `kms.behaviour.currentKeyMaterialId`]. In order: a blob that is not this world's, altered, or
 * opened with another encryption context (also none where one was given) is
 * `InvalidCiphertextException` with no message [REAL]; a `KeyId` that names another key than the
 * blob's is `IncorrectKeyException` [REAL text]; an asymmetric key's blob needs the `KeyId` [DOC]
 * (else InvalidCiphertextException [INF]); the key the blob names must still exist
 * (`NotFoundException` [INF]) and pass `keyForCrypto`'s rules (DisabledException,
 * KMSInvalidStateException when pending deletion, AccessDeniedException).
 *
 * @example
 * ```ts
 * decrypt.run(world, { CiphertextBlob: blob, EncryptionContext: { purpose: 'test' } }, { now, region: 'us-east-1' });
 * ```
 */
export const decrypt = defineOperation({
  service: 'kms',
  name: 'Decrypt',
  input: INPUT,
  output: OUTPUT,
  errors: [
    'NotFoundException',
    'DisabledException',
    'InvalidCiphertextException',
    'KeyUnavailableException',
    'IncorrectKeyException',
    'InvalidKeyUsageException',
    'DependencyTimeoutException',
    'InvalidGrantTokenException',
    'KMSInternalException',
    'KMSInvalidStateException',
    'DryRunOperationException',
  ],
  run(world, input, ctx) {
    const head = blobHeader(input.CiphertextBlob);
    if (input.KeyId !== undefined) {
      const named = resolveKeyId(world, input.KeyId, ctx.region, ANY_KEY_ID);
      if (named.found === 'none') return fail(named.error);
      if (head !== undefined && (named.found !== 'key' || named.key.arn !== head.keyArn)) return fail(incorrectKey());
    }
    if (head === undefined) return fail(invalidCiphertext());
    if (head.algorithm !== 'SYMMETRIC_DEFAULT' && input.KeyId === undefined) return fail(invalidCiphertext());
    if (!world.kms.keys.has(head.keyArn)) return fail(keyDoesNotExist(head.keyArn));
    const found = keyForCrypto(world, head.keyArn, ctx, 'Decrypt');
    if (!found.ok) return found;
    const key = found.value;
    const algorithm = algorithmFor(key, input.EncryptionAlgorithm);
    if (!algorithm.ok) return algorithm;
    if (algorithm.value !== head.algorithm) return fail(invalidCiphertext());
    const context = head.algorithm === 'SYMMETRIC_DEFAULT' ? input.EncryptionContext : undefined;
    const plaintext = openBlob(world, key, input.CiphertextBlob, context);
    if (plaintext === undefined) return fail(invalidCiphertext());
    if (input.DryRun === true) return fail(dryRun());
    return ok({
      KeyId: key.arn,
      Plaintext: plaintext,
      EncryptionAlgorithm: head.algorithm,
      ...(world.kmsOptions.behaviour.currentKeyMaterialId && key.keyMaterialId !== undefined ? { KeyMaterialId: key.keyMaterialId } : {}),
    });
  },
});
