/** Keyboard selection moves a word at a time: these find word edges in the body text. */

/** The first word's start at or after `from`, or null when only white space follows. */
export function nextWordStart(text: string, from: number): number | null {
  const match = /\S/g;
  match.lastIndex = from;
  return match.exec(text)?.index ?? null;
}

/** The end of the word after `from` (the next word when `from` is at a word's end). */
export function nextWordEnd(text: string, from: number): number | null {
  const word = /\S+/g;
  word.lastIndex = from;
  const found = word.exec(text);
  return found ? found.index + found[0].length : null;
}

/** The end of the word before the one ending at or around `from`, but not before `min`. */
export function previousWordEnd(text: string, from: number, min: number): number {
  let end = from;
  while (end > min && /\S/.test(text[end - 1]!)) end -= 1;
  while (end > min && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}
