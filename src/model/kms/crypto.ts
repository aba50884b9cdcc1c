import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import { algorithmIncompatible, plaintextTooLarge } from './messages';
import type { KmsKey } from './state';

/**
 * The encryption algorithms a key of each encrypting spec supports [DOC: key spec reference].
 *
 * @example
 * ```ts
 * algorithmsFor('RSA_2048'); // ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']
 * ```
 */
export function algorithmsFor(spec: string): readonly string[] {
  if (spec === 'SYMMETRIC_DEFAULT') return ['SYMMETRIC_DEFAULT'];
  if (spec.startsWith('RSA_')) return ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
  if (spec === 'SM2') return ['SM2PKE'];
  return [];
}

/** RSA modulus bytes by spec. */
const RSA_BYTES: Readonly<Record<string, number>> = { RSA_2048: 256, RSA_3072: 384, RSA_4096: 512 };

/**
 * The largest plaintext Encrypt takes for a key spec and algorithm: 4096 bytes for symmetric keys
 * (the model's bound), OAEP's `k - 2·hLen - 2` for RSA (214/190 bytes for RSA_2048 with SHA-1/SHA-256
 * [REAL: LocalStack snapshots 2023], the same formula for 3072 and 4096 [DOC table]), 1024 for SM2 [DOC].
 *
 * @example
 * ```ts
 * maxPlaintext('RSA_2048', 'RSAES_OAEP_SHA_256'); // 190
 * ```
 */
export function maxPlaintext(spec: string, algorithm: string): number {
  const k = RSA_BYTES[spec];
  if (k !== undefined) return algorithm === 'RSAES_OAEP_SHA_1' ? k - 42 : k - 66;
  return spec === 'SM2' ? 1024 : 4096;
}

/**
 * The encryption algorithm an Encrypt or Decrypt call uses with `key`: the one given (default
 * SYMMETRIC_DEFAULT [DOC]), which the key's spec must support (`InvalidKeyUsageException: Algorithm
 * <A> is incompatible with key spec <S>.` [PEER LocalStack text; INF]).
 *
 * @example
 * ```ts
 * algorithmFor(key, undefined); // ok('SYMMETRIC_DEFAULT') for a symmetric key
 * ```
 */
export function algorithmFor(key: KmsKey, given: string | undefined): Result<string, ServiceError> {
  const algorithm = given ?? 'SYMMETRIC_DEFAULT';
  return algorithmsFor(key.spec).includes(algorithm) ? ok(algorithm) : fail(algorithmIncompatible(algorithm, key.spec));
}

/**
 * Checks a plaintext's size against {@link maxPlaintext}: `ValidationException: Algorithm <A> and key
 * spec <S> cannot encrypt data larger than <n> bytes.` [REAL] past it.
 *
 * @example
 * ```ts
 * plaintextFits(key, 'RSAES_OAEP_SHA_1', 300); // fail(...) for RSA_2048
 * ```
 */
export function plaintextFits(key: KmsKey, algorithm: string, length: number): Result<undefined, ServiceError> {
  const max = maxPlaintext(key.spec, algorithm);
  return length > max ? fail(plaintextTooLarge(algorithm, key.spec, max)) : ok(undefined);
}
