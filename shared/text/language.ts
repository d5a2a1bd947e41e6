/**
 * Script-based language guess, good enough to set reading direction and pick a font.
 * Arabic-script text is told apart by letters that only one of Urdu, Pashto and Persian uses.
 */
export type Language = 'en' | 'ur' | 'ps' | 'fa' | 'ar' | 'und';

// Letters that only one of the Arabic-script languages uses, by code unit.
const PASHTO_ONLY = 'ځڅډړږښګڼۍې';
const URDU_ONLY = 'ٹڈڑںےھ';
const PERSIAN_MARKERS = 'پچژگکی';
const ARABIC_MARKERS = 'ةىك';

type Range = readonly [first: number, last: number];
const LATIN: readonly Range[] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]];
const ARABIC_SCRIPT: readonly Range[] = [[0x600, 0x6ff], [0x750, 0x77f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const letterIn = (ranges: readonly Range[]) => new RegExp(`[${ranges.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]`);
// One native scan finds whether there is any letter of a kind several times faster than the
// counting loop, and settles a text without Arabic-script letters (most articles) on its own.
const LATIN_LETTER = letterIn(LATIN);
const ARABIC_SCRIPT_LETTER = letterIn(ARABIC_SCRIPT);

// What each code unit counts as: an index into countScripts' tally (markers are Arabic-script letters).
const [LATIN_KIND, ARABIC_SCRIPT_KIND, PASHTO_KIND, URDU_KIND, PERSIAN_KIND, ARABIC_KIND] = [1, 2, 3, 4, 5, 6];
const KIND = new Uint8Array(0x10000);
for (const [first, last] of LATIN) KIND.fill(LATIN_KIND, first, last + 1);
for (const [first, last] of ARABIC_SCRIPT) KIND.fill(ARABIC_SCRIPT_KIND, first, last + 1);
for (const [letters, kind] of [[PASHTO_ONLY, PASHTO_KIND], [URDU_ONLY, URDU_KIND], [PERSIAN_MARKERS, PERSIAN_KIND], [ARABIC_MARKERS, ARABIC_KIND]] as const) {
  for (const letter of letters) KIND[letter.charCodeAt(0)] = kind;
}

/** Letters of each kind, in one pass over the code units. */
function countScripts(text: string) {
  const tally = new Uint32Array(7);
  for (let i = 0; i < text.length; i++) tally[KIND[text.charCodeAt(i)]!]!++;
  const [, latin = 0, unmarked = 0, pashto = 0, urdu = 0, persian = 0, arabic = 0] = tally;
  return { latin, arabicScript: unmarked + pashto + urdu + persian + arabic, pashto, urdu, persian, arabic };
}

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  if (!ARABIC_SCRIPT_LETTER.test(sample)) return LATIN_LETTER.test(sample) ? 'en' : 'und';
  const { arabicScript, latin, pashto, urdu, persian, arabic } = countScripts(sample);
  if (arabicScript === 0 && latin === 0) return 'und';
  if (latin >= arabicScript) return 'en';
  if (pashto > urdu && pashto >= 2) return 'ps';
  if (urdu > 0 && urdu >= pashto) return 'ur';
  if (persian >= arabic) return 'fa';
  return 'ar';
}

const RTL_LANGUAGES = new Set(['ur', 'ps', 'fa', 'ar', 'he', 'ckb', 'sd', 'ug', 'yi']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
