import { utf8Bytes, utf8Text } from '../bytes';
import type { ModelWorld } from '../world';
import type { KmsKey } from './state';

// The world's ciphertexts. NOT cryptography: a small keyed mixing function over the world's seed
// and the key's key-material id, so that a blob is deterministic for a seed and call sequence,
// opens only in a world of that seed, only under the key that made it and only with the same
// encryption context, and any change to it is detected. It protects nothing; it lets code that
// does envelope encryption beside SSE be tested. See docs/kms.md ("Ciphertexts").
//
// Layout of a blob (all the world's own; AWS documents its ciphertext blob as opaque):
//   'K' 'S' 'H' version(1) | algorithm(1) | arn length(2, big-endian) | key ARN (UTF-8) | nonce(4)
//   | body (plaintext XOR keystream) | tag(16)

const MAGIC = [0x4b, 0x53, 0x48, 0x01];
const TAG_BYTES = 16;

/**
 * The encryption algorithms a blob can record, by their byte in the blob.
 *
 * @example
 * ```ts
 * BLOB_ALGORITHMS[0]; // 'SYMMETRIC_DEFAULT'
 * ```
 */
export const BLOB_ALGORITHMS: readonly string[] = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'];

/** A 32-bit mix (murmur3's finaliser) of a running state with a word. */
function mix(h: number, v: number): number {
  let x = (h ^ Math.imul(v >>> 0, 0xcc9e2d51)) >>> 0;
  x = Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The secret a key's blobs are made with: the world's seed and the key's material and ARN. */
function keySecret(world: ModelWorld, key: KmsKey): number {
  let h = mix(0x9e3779b9, world.seed);
  const material = key.keyMaterialId ?? key.arn;
  for (let i = 0; i < material.length; i++) h = mix(h, material.charCodeAt(i));
  for (let i = 0; i < key.arn.length; i++) h = mix(h, key.arn.charCodeAt(i));
  return h;
}

function keystream(secret: number, nonce: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 4) {
    const word = mix(mix(mix(secret, nonce), i >>> 2), 0x5bd1e995);
    for (let b = 0; b < 4 && i + b < length; b++) out[i + b] = (word >>> (8 * b)) & 0xff;
  }
  return out;
}

/** The bytes an encryption context contributes: its pairs sorted by key, each length-prefixed. */
function contextBytes(context: Readonly<Record<string, string>> | undefined): number[] {
  if (context === undefined) return [];
  const out: number[] = [];
  for (const k of Object.keys(context).sort()) {
    for (const part of [k, context[k]!]) {
      const bytes = utf8Bytes(part);
      out.push(bytes.length >>> 8, bytes.length & 0xff, ...bytes);
    }
  }
  return out;
}

function tagOf(secret: number, header: Uint8Array, body: Uint8Array, context: readonly number[]): Uint8Array {
  const lanes = [mix(secret, 1), mix(secret, 2), mix(secret, 3), mix(secret, 4)];
  const feed = (v: number): void => {
    for (let l = 0; l < 4; l++) lanes[l] = mix(lanes[l]!, v + l);
  };
  for (const b of header) feed(b);
  feed(0x100);
  for (const b of body) feed(b);
  feed(0x200);
  for (const b of context) feed(b);
  const out = new Uint8Array(TAG_BYTES);
  for (let l = 0; l < 4; l++) {
    const w = mix(lanes[l]!, 0xfeedface);
    for (let b = 0; b < 4; b++) out[4 * l + b] = (w >>> (8 * b)) & 0xff;
  }
  return out;
}

/**
 * Bytes for a data key: `length` bytes drawn from the world's seed and a counter of the world, so
 * the same seed and calls give the same data keys [INF: deterministic by design].
 *
 * @example
 * ```ts
 * dataKeyBytes(world, 32).length; // 32
 * ```
 */
export function dataKeyBytes(world: ModelWorld, length: number): Uint8Array {
  const n = ++world.kms.sealed;
  return keystream(mix(mix(0x85ebca6b, world.seed), 0x44415441), n, length);
}

/**
 * Seals `plaintext` under `key` with an encryption context: a blob only {@link openBlob} with the
 * same world seed, key and context opens. Each call takes a new nonce from the world's counter.
 *
 * @example
 * ```ts
 * const blob = sealBlob(world, key, utf8Bytes('secret'), { purpose: 'test' }, 'SYMMETRIC_DEFAULT');
 * ```
 */
export function sealBlob(
  world: ModelWorld,
  key: KmsKey,
  plaintext: Uint8Array,
  context: Readonly<Record<string, string>> | undefined,
  algorithm: string,
): Uint8Array {
  const nonce = ++world.kms.sealed;
  const arn = utf8Bytes(key.arn);
  const header = Uint8Array.from([
    ...MAGIC,
    Math.max(0, BLOB_ALGORITHMS.indexOf(algorithm)),
    arn.length >>> 8,
    arn.length & 0xff,
    ...arn,
    (nonce >>> 24) & 0xff,
    (nonce >>> 16) & 0xff,
    (nonce >>> 8) & 0xff,
    nonce & 0xff,
  ]);
  const secret = keySecret(world, key);
  const stream = keystream(secret, nonce, plaintext.length);
  const body = plaintext.map((b, i) => b ^ stream[i]!);
  const tag = tagOf(secret, header, body, contextBytes(context));
  const blob = new Uint8Array(header.length + body.length + TAG_BYTES);
  blob.set(header, 0);
  blob.set(body, header.length);
  blob.set(tag, header.length + body.length);
  return blob;
}

/**
 * What a blob says before it is opened: the ARN of the key that sealed it and the algorithm, or
 * `undefined` when it is not a blob of this harness.
 *
 * @example
 * ```ts
 * blobHeader(blob)?.keyArn;
 * ```
 */
export function blobHeader(blob: Uint8Array): { readonly keyArn: string; readonly algorithm: string } | undefined {
  if (blob.length < MAGIC.length + 3 + 4 + TAG_BYTES) return undefined;
  for (let i = 0; i < MAGIC.length; i++) if (blob[i] !== MAGIC[i]) return undefined;
  const algorithm = BLOB_ALGORITHMS[blob[4]!];
  const arnLength = (blob[5]! << 8) | blob[6]!;
  if (algorithm === undefined || 7 + arnLength + 4 + TAG_BYTES > blob.length) return undefined;
  const keyArn = utf8Text(blob.subarray(7, 7 + arnLength));
  return keyArn === undefined ? undefined : { keyArn, algorithm };
}

/**
 * Opens a blob sealed under `key` with `context`: the plaintext, or `undefined` when the blob was
 * not made by this world under that key, was altered, or the context differs.
 *
 * @example
 * ```ts
 * openBlob(world, key, blob, { purpose: 'test' }); // the plaintext
 * ```
 */
export function openBlob(world: ModelWorld, key: KmsKey, blob: Uint8Array, context: Readonly<Record<string, string>> | undefined): Uint8Array | undefined {
  const head = blobHeader(blob);
  if (head === undefined || head.keyArn !== key.arn) return undefined;
  const headerLength = 7 + utf8Bytes(head.keyArn).length + 4;
  const header = blob.subarray(0, headerLength);
  const body = blob.subarray(headerLength, blob.length - TAG_BYTES);
  const tag = blob.subarray(blob.length - TAG_BYTES);
  const secret = keySecret(world, key);
  const expected = tagOf(secret, header, body, contextBytes(context));
  let diff = 0;
  for (let i = 0; i < TAG_BYTES; i++) diff |= expected[i]! ^ tag[i]!;
  if (diff !== 0) return undefined;
  const nonce = ((header[headerLength - 4]! << 24) | (header[headerLength - 3]! << 16) | (header[headerLength - 2]! << 8) | header[headerLength - 1]!) >>> 0;
  const stream = keystream(secret, nonce, body.length);
  return body.map((b, i) => b ^ stream[i]!);
}
