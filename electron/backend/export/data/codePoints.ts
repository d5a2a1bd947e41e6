/**
 * Converts UTF-16 offsets (JavaScript string indexes, as Parallax stores them) into code point
 * offsets (what QDA-XML and the W3C TextPositionSelector count as characters): they differ
 * after each astral character (an emoji, say), which takes two code units but is one character.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  // before[i] = code points wholly before code unit i; a low surrogate counts with its pair.
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    const unit = text.charCodeAt(i);
    const pairsWithNext = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
    if (!pairsWithNext) count++;
  }
  before[text.length] = count;
  return (offset) => before[Math.max(0, Math.min(offset, text.length))]!;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
