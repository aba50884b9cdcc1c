import { base64Decode, base64Encode, utf8Bytes, utf8Text } from '../bytes';

/**
 * Shard iterators expire 5 minutes after they are issued. [DOC]
 *
 * @example
 * ```ts
 * const expired = now - it.issuedAt > ITERATOR_TTL_MS; // ExpiredIteratorException
 * ```
 */
export const ITERATOR_TTL_MS = 300_000;

/**
 * What a shard iterator stands for: a position in one shard of one stream, issued at a time.
 * The world keeps no table of iterators; it is all in the (opaque) string.
 *
 * @example
 * ```ts
 * const it: ShardIteratorState = { arn, serial: 0, shardIndex: 0, position: 0n, issuedAt: now, hop: 0 };
 * ```
 */
export interface ShardIteratorState {
  readonly arn: string;
  readonly serial: number;
  readonly shardIndex: number;
  /** Records whose counter is at least this are next. */
  readonly position: bigint;
  readonly issuedAt: number;
  /**
   * How many GetRecords calls led to this iterator from the one GetShardIterator issued (0). Every
   * GetRecords answers a NextShardIterator one hop further, so it always differs from the iterator
   * it was given, even when no time passed and nothing was read. [REAL + DOC] Absent means 0.
   */
  readonly hop?: number;
}

// AWS's iterators start with these 8 bytes ("AAAAAAAAAAE" in base64).
const HEADER = [0, 0, 0, 0, 0, 0, 0, 1];

/**
 * Encodes an iterator as AWS-looking base64.
 *
 * @example
 * ```ts
 * encodeIterator({ arn, serial: 0, shardIndex: 0, position: 0n, issuedAt: now, hop: 0 }).startsWith('AAAAAAAAAAE'); // true
 * ```
 */
export function encodeIterator(it: ShardIteratorState): string {
  const body = utf8Bytes(`${it.serial}|${it.shardIndex}|${it.position}|${it.issuedAt}|${it.hop ?? 0}|${it.arn}`);
  const bytes = new Uint8Array(HEADER.length + body.length);
  bytes.set(HEADER);
  bytes.set(body, HEADER.length);
  return base64Encode(bytes);
}

/**
 * Decodes an iterator made by {@link encodeIterator}, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * decodeIterator('not an iterator'); // undefined
 * ```
 */
export function decodeIterator(text: string): ShardIteratorState | undefined {
  const bytes = base64Decode(text);
  if (bytes === undefined || bytes.length <= HEADER.length || HEADER.some((b, i) => bytes[i] !== b)) return undefined;
  const body = utf8Text(bytes.subarray(HEADER.length));
  if (body === undefined) return undefined;
  // issuedAt is any finite time as `String(number)` writes it: a fractional millisecond (a fake
  // clock advanced by 0.5, a real clock with sub-millisecond precision) or an exponent.
  const m = /^(\d+)\|(\d+)\|(\d+)\|(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\|(\d+)\|(arn:.+)$/s.exec(body);
  if (m === null) return undefined;
  const issuedAt = Number(m[4]);
  if (!Number.isFinite(issuedAt)) return undefined;
  const hop = Number(m[5]);
  return { serial: Number(m[1]), shardIndex: Number(m[2]), position: BigInt(m[3]!), issuedAt, ...(hop === 0 ? {} : { hop }), arn: m[6]! };
}

/**
 * A ShardIterator as GetRecords reads it: one wrapped in double quotes (as the AWS CLI prints it
 * and shell scripts pass it on) is accepted without them. [REAL: LocalStack
 * `test_get_records_shard_iterator_with_surrounding_quotes`, AWS-validated]
 *
 * @example
 * ```ts
 * unquoteIterator('"AAAAAAAAAAE..."'); // 'AAAAAAAAAAE...'
 * ```
 */
export function unquoteIterator(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/**
 * A time as AWS prints it in iterator messages: `Thu Jan 22 01:22:02 UTC 2015`.
 *
 * @example
 * ```ts
 * amzUtc(0); // 'Thu Jan 01 00:00:00 UTC 1970'
 * ```
 */
export function amzUtc(time: number): string {
  const m = /^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/.exec(new Date(time).toUTCString());
  if (m === null) return String(time);
  return `${m[1]} ${m[3]} ${m[2]!.padStart(2, '0')} ${m[5]} UTC ${m[4]}`;
}

/**
 * ExpiredIteratorException's text. [REAL]
 *
 * @example
 * ```ts
 * expiredIteratorMessage(0, 300_001);
 * ```
 */
export function expiredIteratorMessage(issuedAt: number, now: number): string {
  return (
    `Iterator expired. The iterator was created at time ${amzUtc(issuedAt)} while right now it is ${amzUtc(now)} ` +
    `which is further in the future than the tolerated delay of ${ITERATOR_TTL_MS} milliseconds.`
  );
}
