import { ImportRefusal } from './refusal.js';

/** How much of the start of a file is inspected to tell text from binary content. */
const SNIFF_LENGTH = 8192;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** C0 controls other than tab, line feed, form feed, carriage return and escape; plus DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}

/** NUL anywhere in the start, or many other control codes, means binary. */
function looksBinary(codes: ArrayLike<number>): boolean {
  const length = Math.min(codes.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (code === 0) return true;
    if (isControl(code)) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

function charCodes(text: string): number[] {
  const head = text.slice(0, SNIFF_LENGTH);
  return Array.from({ length: head.length }, (_, i) => head.charCodeAt(i));
}

/** Offset of the first byte that breaks UTF-8 (well-formed sequences per Unicode table 3-7). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') {
      const offset = firstInvalidUtf8Offset(bytes);
      throw new ImportRefusal(`is not valid UTF-8 text (bad byte at offset ${offset}); save it as UTF-8 and import it again`);
    }
    throw new ImportRefusal(`is not valid ${encoding} text`);
  }
}

/**
 * Decodes a text file: a byte-order mark wins, else `charset` (what an HTML file declares), else
 * UTF-8, always strictly. Refuses binary content and blank files with the reason.
 */
export function decodeText(bytes: Uint8Array, charset = 'utf-8'): string {
  const bom = byteOrderMark(bytes);
  if (!bom && looksBinary(bytes.subarray(0, SNIFF_LENGTH))) throw new ImportRefusal('looks like a binary file, not text');
  const text = decodeStrictly(bom ? bytes.subarray(bom.length) : bytes, bom?.encoding ?? charset);
  if (bom && looksBinary(charCodes(text))) throw new ImportRefusal('looks like a binary file, not text');
  if (text.trim() === '') throw new ImportRefusal('is empty');
  return text;
}
