/**
 * Name folding shared by the gazetteer checks and the actor index: two spellings of one name
 * (case, curly or straight apostrophes, hyphens, Arabic-script letter variants across Urdu,
 * Pashto and Dari, zero-width non-joiners) fold to the same key.
 */

// Letters that Urdu, Pashto, Dari and Arabic write differently for the same sound in names.
const ARABIC_SCRIPT_FOLDS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ې': 'ی', 'ۍ': 'ی', 'ے': 'ی', 'ئ': 'ی',
  'ك': 'ک', 'ګ': 'گ',
  'ہ': 'ه', 'ە': 'ه', 'ة': 'ه', 'ۀ': 'ه', 'ۃ': 'ه',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ؤ': 'و',
  'ډ': 'ڈ', 'ټ': 'ٹ', 'ړ': 'ڑ',
};

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g; // harakat, superscript alef, tatweel
const APOSTROPHES = /[’‘ʼ`]/;

/** One word: letters, combining marks, digits, apostrophes inside or at the end. */
export const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’‘ʼ]*/gu;

export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const ARABIC_SCRIPT_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]/;

/** The comparable key of one word: lower case, possessive dropped, script variants folded. */
export function foldWord(word: string): string {
  const plain = word.normalize('NFC').replace(ARABIC_MARKS, '');
  let out = '';
  for (const ch of plain) out += foldChar(ch);
  return out.replace(/'s$|'$/, '');
}

/** One character folded to one character of the same UTF-16 length, so offsets survive. */
export function foldChar(ch: string): string {
  const arabic = ARABIC_SCRIPT_FOLDS[ch];
  if (arabic) return arabic;
  if (APOSTROPHES.test(ch)) return "'";
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

/** Words of a text with their UTF-16 offsets; hyphens, spaces and ZWNJ separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = foldWord(match[0]);
    if (key) tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], key });
  }
  return tokens;
}

/** The folded form of a whole name: its word keys joined by single spaces. */
export function foldName(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

export function isArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}
