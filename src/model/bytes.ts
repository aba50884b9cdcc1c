/**
 * Byte helpers the pure model needs without Node's Buffer or the DOM's TextEncoder/btoa.
 */

/**
 * The UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does).
 *
 * @example
 * ```ts
 * utf8Bytes('é'); // Uint8Array [0xc3, 0xa9]
 * ```
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * Decodes UTF-8 bytes produced by {@link utf8Bytes}; returns `undefined` for malformed input.
 *
 * @example
 * ```ts
 * utf8Text(utf8Bytes('shard')); // 'shard'
 * ```
 */
export function utf8Text(bytes: Uint8Array): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let c: number;
    let n: number;
    if (b < 0x80) [c, n] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [c, n] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [c, n] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [c, n] = [b & 0x07, 3];
    else return undefined;
    for (let k = 1; k <= n; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (cont & 0x3f);
    }
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const EQUALS = 61;

/** Each character code's value in {@link ALPHABET}, -1 for any other (so `=` inside the text is refused). */
const DECODE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Standard base64 (with padding) of bytes.
 *
 * @example
 * ```ts
 * base64Encode(Uint8Array.from([0, 0, 1])); // 'AAAB'
 * ```
 */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2]!;
    out += ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!;
    out += b1 === undefined ? '=' : ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!;
    out += b2 === undefined ? '=' : ALPHABET[b2 & 63]!;
  }
  return out;
}

/**
 * Decodes canonical base64 made by {@link base64Encode}; `undefined` for anything else.
 *
 * @example
 * ```ts
 * base64Decode('AAAB'); // Uint8Array [0, 0, 1]
 * ```
 */
export function base64Decode(text: string): Uint8Array | undefined {
  const n = text.length;
  if (n % 4 !== 0) return undefined;
  const pad = n === 0 ? 0 : text.charCodeAt(n - 1) === EQUALS ? (text.charCodeAt(n - 2) === EQUALS ? 2 : 1) : 0;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const last = i + 4 === n;
    const c0 = DECODE[text.charCodeAt(i)] ?? -1;
    const c1 = DECODE[text.charCodeAt(i + 1)] ?? -1;
    const c2 = last && pad === 2 ? 0 : (DECODE[text.charCodeAt(i + 2)] ?? -1);
    const c3 = last && pad >= 1 ? 0 : (DECODE[text.charCodeAt(i + 3)] ?? -1);
    if ((c0 | c1 | c2 | c3) < 0) return undefined;
    out[o++] = (c0 << 2) | (c1 >> 4);
    if (!(last && pad === 2)) out[o++] = ((c1 & 15) << 4) | (c2 >> 2);
    if (!(last && pad >= 1)) out[o++] = ((c2 & 3) << 6) | c3;
    // Canonical only: the bits the padding leaves unused must be zero (as base64Encode writes them).
    if (last && ((pad === 2 && (c1 & 15) !== 0) || (pad === 1 && (c2 & 3) !== 0))) return undefined;
  }
  return out;
}
