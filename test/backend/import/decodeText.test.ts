import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset } from '../../../electron/backend/import/decodeText.js';
import { ImportRefusal } from '../../../electron/backend/import/refusal.js';

const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes.set([first, second], 2 + i * 2);
  }
  return bytes;
};

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('کابل talks')]))).toBe('کابل talks');
  });

  it('decodes UTF-16 little- and big-endian files by their byte-order mark', () => {
    expect(decodeText(utf16('اسلام آباد: talks', 'le'))).toBe('اسلام آباد: talks');
    expect(decodeText(utf16('اسلام آباد: talks', 'be'))).toBe('اسلام آباد: talks');
  });

  it('refuses invalid UTF-8, naming the offset of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Kabul '), 0xe9, 0x74, 0xe9]);
    expect(() => decodeText(bytes)).toThrow(new ImportRefusal('is not valid UTF-8 text (bad byte at offset 6); save it as UTF-8 and import it again'));
  });

  it('refuses binary content with a text extension', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(new ImportRefusal('looks like a binary file, not text'));
  });

  it('refuses text full of control characters even without NUL bytes', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x01 : 0x61));
    expect(() => decodeText(bytes)).toThrow('looks like a binary file, not text');
  });

  it('refuses a UTF-16 file that holds binary data', () => {
    expect(() => decodeText(utf16('\u0000\u0001\u0002binary', 'le'))).toThrow('looks like a binary file, not text');
  });

  it('refuses an empty or whitespace-only file', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(new ImportRefusal('is empty'));
    expect(() => decodeText(new TextEncoder().encode(' \n\t\r\n '))).toThrow(new ImportRefusal('is empty'));
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x20]))).toThrow('is empty');
  });

  it('decodes with the charset a page declares', () => {
    // "کابل" in windows-1256.
    expect(decodeText(new Uint8Array([0x98, 0xc7, 0xc8, 0xe1]), 'windows-1256')).toBe('کابل');
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('agrees with the strict decoder on text with arbitrary bytes spliced in', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const textWithNoise = fc
      .tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([before, noise, after]) => new Uint8Array([...encode(before), ...noise, ...encode(after)]));
    fc.assert(
      fc.property(textWithNoise, (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const offset = firstInvalidUtf8Offset(bytes);
        expect(offset === -1).toBe(valid);
        // Everything before the offset is valid UTF-8 on its own.
        if (!valid) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('points at a surrogate encoded in UTF-8 and at a truncated sequence', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
  });
});
