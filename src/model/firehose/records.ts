import type { ModelWorld } from '../world';
import { createRng, type Rng } from '../rng';
import type { DeliveryStream, FirehoseRecordInfo, StoredFirehoseRecord } from './state';
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
  return drawRecordId(world.ids);
}

/**
 * The RecordId that was drawn from an id generator in state `idState` (a stored record's): the same
 * draws again, from a generator started in that state.
 *
 * @example
 * ```ts
 * const state = world.ids.state();
 * recordId(world) === recordIdAt(state | 0); // true
 * ```
 */
export function recordIdAt(idState: number): string {
  return drawRecordId(createRng(idState >>> 0));
}

function drawRecordId(rng: Rng): string {
  // An array joined once: a string built by += keeps its rope of 224 pieces alive (~7 KB per id).
  const chars = new Array<string>(RECORD_ID_LENGTH);
  for (let i = 0; i < RECORD_ID_LENGTH; i++) chars[i] = ALPHABET[Math.floor(rng.next() * 64)]!;
  return chars.join('');
}

/**
 * The record as a view shows it (`world.firehose.records`, the matchers). Its `RecordId` is drawn
 * again on first read and then remembered: a matcher that reads only times and keys over 100,000
 * records does not draw 22 million numbers.
 *
 * @example
 * ```ts
 * const info = recordInfo(stream, stream.records[0]);
 * info.RecordId.length; // 224
 * ```
 */
export function recordInfo(s: DeliveryStream, r: StoredFirehoseRecord): FirehoseRecordInfo {
  let id: string | undefined;
  const idState = r.idState;
  // Members in the order the records were always shown in; RecordId is an enumerable getter, so
  // equality, printing, spreading and JSON see it as a string member.
  const info = {
    DeliveryStreamARN: s.arn,
    get RecordId(): string {
      return (id ??= recordIdAt(idState));
    },
    time: r.time,
    encrypted: r.key !== undefined,
  } as { -readonly [K in keyof FirehoseRecordInfo]: FirehoseRecordInfo[K] };
  if (r.key !== undefined) {
    info.KeyType = r.key.KeyType;
    if (r.key.KeyARN !== undefined) info.KeyARN = r.key.KeyARN;
  }
  info.size = r.size;
  return info;
}

/**
 * Accepts records of the given sizes into the stream at `now` and returns their RecordIds and
 * whether they were encrypted. The stream keeps each record without its RecordId (see
 * {@link StoredFirehoseRecord}).
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
    const idState = world.ids.state() | 0;
    ids.push(recordId(world));
    s.records.push({ idState, time: now, size, key });
  }
  dropExpiredFirehoseRecords(world, s, now);
  return { ids, encrypted: key !== undefined };
}
