import { detectLanguage, directionOf } from '../../../shared/text/language';

export interface TextLanguage {
  /** BCP-47 code for the `lang` attribute; undefined when nothing is known. */
  lang: string | undefined;
  dir: 'ltr' | 'rtl';
  /** Class choosing the Arabic-script face: Nastaliq for Urdu, Naskh for Pashto, Dari and Arabic. */
  scriptClass: 'script-nastaliq' | 'script-naskh' | undefined;
}

interface ArticleLanguage {
  language: string;
  direction: 'ltr' | 'rtl';
}

/**
 * The language and direction of one piece of an article (a paragraph, the title, a key point),
 * judged on its own text: an English paragraph inside an Urdu article reads left to right and
 * the other way round. Text in the article's own script keeps the article's language, which was
 * judged on the whole text: a short Urdu paragraph often lacks the letters that tell Urdu from
 * Persian.
 */
export function textLanguage(text: string, article: ArticleLanguage): TextLanguage {
  const detected = detectLanguage(text);
  const articleLang = article.language === 'und' ? undefined : article.language;
  if (detected === 'und') return withScript(articleLang, article.direction);
  const dir = directionOf(detected);
  return withScript(dir === article.direction ? (articleLang ?? detected) : detected, dir);
}

function withScript(lang: string | undefined, dir: 'ltr' | 'rtl'): TextLanguage {
  return { lang, dir, scriptClass: scriptClassOf(lang) };
}

export function scriptClassOf(lang: string | undefined): TextLanguage['scriptClass'] {
  const base = lang?.toLowerCase().split('-')[0];
  if (base === 'ur') return 'script-nastaliq';
  if (base === 'ps' || base === 'fa' || base === 'prs' || base === 'ar') return 'script-naskh';
  return undefined;
}
