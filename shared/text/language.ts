/**
 * Script-based language guess, good enough to set reading direction and pick a font.
 * Arabic-script text is told apart by letters that only one of Urdu, Pashto and Persian uses.
 */
export type Language = 'en' | 'ur' | 'ps' | 'fa' | 'ar' | 'und';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const PASHTO_ONLY = /[ځڅډړږښګڼۍې]/g;
const URDU_ONLY = /[ٹڈڑںےھ]/g;
const PERSIAN_MARKERS = /[پچژگکی]/g;
const ARABIC_MARKERS = /[ةىك]/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const arabicScript = count(sample, ARABIC_SCRIPT);
  const latin = count(sample, LATIN);
  if (arabicScript === 0 && latin === 0) return 'und';
  if (latin >= arabicScript) return 'en';
  const pashto = count(sample, PASHTO_ONLY);
  const urdu = count(sample, URDU_ONLY);
  if (pashto > urdu && pashto >= 2) return 'ps';
  if (urdu > 0 && urdu >= pashto) return 'ur';
  if (count(sample, PERSIAN_MARKERS) >= count(sample, ARABIC_MARKERS)) return 'fa';
  return 'ar';
}

const RTL_LANGUAGES = new Set(['ur', 'ps', 'fa', 'ar', 'he', 'ckb', 'sd', 'ug', 'yi']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
