import { fail, ok, type Result } from '../result';
import { invalidMarker } from './messages';

/**
 * The page size when `Limit` is absent [DOC].
 *
 * @example
 * ```ts
 * page(entries, (e) => e.AliasArn, undefined, undefined); // at most DEFAULT_LIMIT entries
 * ```
 */
export const DEFAULT_LIMIT = 50;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url of a string's UTF-16 code units (each below 256 for the ids used here). */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i) & 0xff;
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) & 0xff : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < text.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < text.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

function decode(marker: string): string | undefined {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const ch of marker) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * One page of a KMS list: at most `limit` items starting at the item `marker` names (an opaque
 * string this function made before), with `NextMarker` and `Truncated: true` when more follow, else
 * `Truncated: false` [DOC]. An unknown marker is `InvalidMarkerException` [MODEL: type; INF: text].
 *
 * @example
 * ```ts
 * const r = page(aliases, (a) => a.AliasArn, 2, undefined);
 * ```
 */
export function page<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  limit: number | undefined,
  marker: string | undefined,
): Result<{ readonly items: T[]; readonly Truncated: boolean; readonly NextMarker?: string }> {
  let start = 0;
  if (marker !== undefined) {
    const id = decode(marker);
    start = id === undefined ? -1 : items.findIndex((item) => idOf(item) === id);
    if (start < 0) {
      return fail(invalidMarker());
    }
  }
  const size = limit ?? DEFAULT_LIMIT;
  const slice = items.slice(start, start + size);
  const next = items[start + size];
  return ok(next === undefined ? { items: slice, Truncated: false } : { items: slice, Truncated: true, NextMarker: encode(idOf(next)) });
}
