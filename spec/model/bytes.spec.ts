import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Bytes, utf8Text } from '../../src/model/bytes';

describe('bytes', () => {
  it('utf8Bytes agrees with TextEncoder, and utf8Text reverses it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const bytes = utf8Bytes(s);
        expect(bytes).toStrictEqual(new TextEncoder().encode(s));
        expect(utf8Text(bytes)).toBe(s);
      }),
      { numRuns: 200 },
    );
    expect(utf8Bytes('\ud800')).toStrictEqual(new TextEncoder().encode('\ud800'));
    expect(utf8Text(Uint8Array.from([0xff]))).toBeUndefined();
    expect(utf8Text(Uint8Array.from([0xc3]))).toBeUndefined();
  });

  it('base64Encode agrees with Buffer; base64Decode reverses it and refuses anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = base64Encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(text)).toStrictEqual(bytes);
      }),
      { numRuns: 200 },
    );
    for (const bad of ['A', 'AB=C', 'A===', '!!!!', 'AAB=']) expect(base64Decode(bad)).toBeUndefined();
  });
});
