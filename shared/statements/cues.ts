import type { ArticleText } from './articleText.js';
import { foldedSet, phrasesRegex, type CueLexicon, type CueType } from './lexicon.js';
import { tokenize } from './names.js';
import type { Span } from './textLayout.js';

/** A reporting expression found outside quotations: "said", "according to", "نے کہا", "وویل". */
export interface Cue extends Span {
  type: CueType;
  lexicon: CueLexicon;
  /** Where the speaker's mention ends when it comes first: before "نے" in "X نے کہا". */
  subjectEnd: number;
}

const URDU_SUBJECT_MARKERS = foldedSet(['نے']);
const URDU_GENITIVES = foldedSet(['کا', 'کی', 'کے']);

const regexCache = new WeakMap<CueLexicon, [CueType, RegExp][]>();

function regexesOf(lexicon: CueLexicon): [CueType, RegExp][] {
  let regexes = regexCache.get(lexicon);
  if (!regexes) {
    const lists: [CueType, string[]][] = [
      ['verb', lexicon.verbs],
      ['participle', lexicon.participles],
      ['act', lexicon.acts],
      ['according', lexicon.according],
    ];
    regexes = lists.filter(([, list]) => list.length > 0).map(([type, list]) => [type, phrasesRegex(list)]);
    regexCache.set(lexicon, regexes);
  }
  return regexes;
}

// Urdu puts the speaker before an ergative "نے" ("ڈار نے ایک بیان میں کہا") or a genitive
// ("ڈار کا کہنا تھا"); adverbials may sit between the marker and the verb.
function urduSubjectEnd(doc: ArticleText, cueStart: number, verb: string): number {
  const sentence = doc.sentenceAt(cueStart);
  const before = tokenize(doc.body.slice(sentence.start, cueStart));
  const markers = verb.startsWith('کهنا') ? URDU_GENITIVES : URDU_SUBJECT_MARKERS;
  for (let i = before.length - 1; i >= 0; i--) {
    if (markers.has(before[i]!.key)) return sentence.start + before[i]!.start;
    if (markers === URDU_GENITIVES) break;
  }
  return cueStart;
}

export function findCues(doc: ArticleText, lexicons: readonly CueLexicon[]): Cue[] {
  const cues: Cue[] = [];
  for (const lexicon of lexicons) {
    for (const [type, regex] of regexesOf(lexicon)) {
      for (const match of doc.folded.matchAll(regex)) {
        const start = match.index;
        if (doc.insideQuotation(start)) continue;
        const subjectEnd = lexicon.language === 'ur' && type === 'verb' ? urduSubjectEnd(doc, start, match[0]) : start;
        cues.push({ start, end: start + match[0].length, type, lexicon, subjectEnd });
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
