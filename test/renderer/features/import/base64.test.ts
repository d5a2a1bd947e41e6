import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../renderer/features/import/base64';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/import/fileKinds';

describe('bytesToBase64', () => {
  it('encodes every byte value as Node does', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes empty input and the three padding cases', () => {
    for (const length of [0, 1, 2, 3]) {
      const bytes = new Uint8Array(length).fill(0xfe);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a file at the 10 MB limit without overflowing the call stack', () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
