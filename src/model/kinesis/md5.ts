/**
 * MD5 (RFC 1321) of a byte array, as 32 lowercase hex digits. Kinesis maps a partition key to a
 * 128-bit hash key with MD5 of its UTF-8 bytes; the model cannot use node:crypto, so this is a
 * small pure implementation.
 *
 * @example
 * ```ts
 * md5Hex(new Uint8Array()); // 'd41d8cd98f00b204e9800998ecf8427e'
 * ```
 */
export function md5Hex(bytes: Uint8Array): string {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 8) >>> 6) + 1) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  // Length in bits, little-endian 64-bit (the high word matters only past 512 MiB).
  const lengthAt = padded.length - 8;
  padded[lengthAt] = bitLength & 0xff;
  padded[lengthAt + 1] = (bitLength >>> 8) & 0xff;
  padded[lengthAt + 2] = (bitLength >>> 16) & 0xff;
  padded[lengthAt + 3] = (bitLength >>> 24) & 0xff;
  const high = Math.floor(bytes.length / 0x20000000);
  padded[lengthAt + 4] = high & 0xff;
  padded[lengthAt + 5] = (high >>> 8) & 0xff;
  padded[lengthAt + 6] = (high >>> 16) & 0xff;
  padded[lengthAt + 7] = (high >>> 24) & 0xff;

  let a0 = 0x67452301;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476;
  const m = new Int32Array(16);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      m[i] = padded[j]! | (padded[j + 1]! << 8) | (padded[j + 2]! << 16) | (padded[j + 3]! << 24);
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const sum = (a + f + K[i]! + m[g]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << S[i]!) | (sum >>> (32 - S[i]!)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  return [a0, b0, c0, d0].map(wordHex).join('');
}

function wordHex(word: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += ((word >>> (i * 8)) & 0xff).toString(16).padStart(2, '0');
  return out;
}

const S: readonly number[] = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16,
  23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

const K: readonly number[] = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0);
