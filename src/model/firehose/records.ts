import type { ModelWorld } from '../world';
import type { DeliveryStream } from './state';
import { dropExpiredFirehoseRecords } from '../retention';

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
  dropExpiredFirehoseRecords(world, s, now);
  return { ids, encrypted: key !== undefined };
}
