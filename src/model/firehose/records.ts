import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import { utf8Length } from '../validate';
import type { ModelWorld } from '../world';
import { findStream } from './describe';
import { recordKeyProblem } from './lifecycle';
import { GRANT_REVOKED, invalidKms, notFound, notPermittedOnType } from './messages';
import type { DeliveryStream } from './state';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Length of a RecordId (AWS's look about 220 base64 characters). [AWS-REAL aws-cli example]
 *
 * @example
 * ```ts
 * recordId(world).length === RECORD_ID_LENGTH; // true
 * ```
 */
export const RECORD_ID_LENGTH = 224;

/**
 * A RecordId as Firehose makes them: a long base64-looking string, drawn from the world's id
 * generator.
 *
 * @example
 * ```ts
 * recordId(world).length; // 224
 * ```
 */
export function recordId(world: ModelWorld): string {
  // An array joined once: a string built by += keeps its rope of 224 pieces alive (~7 KB per id).
  const chars = new Array<string>(RECORD_ID_LENGTH);
  for (let i = 0; i < RECORD_ID_LENGTH; i++) chars[i] = ALPHABET[Math.floor(world.ids.next() * 64)]!;
  return chars.join('');
}

/**
 * The size in bytes of a record's Data (a string blob counts as UTF-8).
 *
 * @example
 * ```ts
 * dataSize(new Uint8Array(3)); // 3
 * ```
 */
export function dataSize(data: unknown): number {
  if (data instanceof Uint8Array) return data.byteLength;
  if (typeof data === 'string') return utf8Length(data);
  return 0;
}

/**
 * The delivery stream records may be written to right now, or the error PutRecord and
 * PutRecordBatch answer: ResourceNotFoundException for an unknown name (and while CREATING or
 * CREATING_FAILED, or DELETING with `behaviour.recordsWhileDeleting: 'reject'`),
 * InvalidArgumentException on a non-DirectPut stream, InvalidKMSResourceException (K-1) when the
 * CMK in effect cannot be used.
 *
 * @example
 * ```ts
 * const target = writableStream(world, 'd', now, 'us-east-1');
 * ```
 */
export function writableStream(world: ModelWorld, name: string, region: string): Result<DeliveryStream, ServiceError> {
  const s = findStream(world, name, region);
  if (s === undefined) return fail(notFound(name, world.accountId));
  if (s.type !== 'DirectPut') return fail(notPermittedOnType(s.type));
  if (s.status === 'CREATING' || s.status === 'CREATING_FAILED') return fail(notFound(name, world.accountId));
  if ((s.status === 'DELETING' || s.status === 'DELETING_FAILED') && world.firehoseOptions.behaviour.recordsWhileDeleting === 'reject') {
    return fail(notFound(name, world.accountId));
  }
  const problem = recordKeyProblem(world, s);
  if (problem !== undefined) return fail(invalidKms(GRANT_REVOKED, problem));
  return ok(s);
}

/**
 * Accepts records of the given sizes into the stream at `now` and returns their RecordIds and
 * whether they were encrypted.
 *
 * @example
 * ```ts
 * const { ids, encrypted } = acceptRecords(world, stream, [3, 4], now);
 * ```
 */
export function acceptRecords(world: ModelWorld, s: DeliveryStream, sizes: readonly number[], now: number): { readonly ids: string[]; readonly encrypted: boolean } {
  const key = s.recordKey;
  const ids: string[] = [];
  for (const size of sizes) {
    const id = recordId(world);
    ids.push(id);
    s.records.push({
      DeliveryStreamARN: s.arn,
      RecordId: id,
      time: now,
      encrypted: key !== undefined,
      ...(key === undefined ? {} : { KeyType: key.KeyType }),
      ...(key?.KeyARN === undefined ? {} : { KeyARN: key.KeyARN }),
      size,
    });
  }
  return { ids, encrypted: key !== undefined };
}
