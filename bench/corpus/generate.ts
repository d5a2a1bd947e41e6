import gazetteerJson from '../../resources/gazetteer/actors.json' with { type: 'json' };
import { createRng, type Rng } from './prng.js';
import {
  AUTHORS, BACKGROUND, CLAUSES, DATELINES, FOREIGN, OBJECTS, OUTLETS, PLACES, SAID, SUBJECTS, VERBS,
} from './vocabulary.js';

/** Bump when the corpus changes shape: cached bench workspaces of another version are rebuilt. */
export const GENERATOR_VERSION = 2;
/** The first article carries this many highlights (the reader's heavy case); the second is its twin without any. */
export const HEAVY_HIGHLIGHTS = 500;

export type Language = 'en' | 'ur' | 'ps' | 'fa';

export interface GeneratedArticle {
  id: string;
  title: string;
  body: string;
  url: string;
  outlet: string;
  author: string;
  published_at: string;
  dateline: string | null;
  language: Language;
  direction: 'ltr' | 'rtl';
  key_points: string[];
  imported_at: string;
}

export interface GeneratedHighlight {
  id: string;
  article_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  /** Indexes into the codebook's tags (the workspace maps them to ids). */
  tags: number[];
  created_at: string;
}

export interface GeneratedStatement {
  id: string;
  annotation_id: string;
  actor_id: string;
  side_id: string;
  kind: 'direct' | 'reported';
  stance: 'conciliatory' | 'neutral' | 'critical' | 'hostile';
  said_on: string;
  created_at: string;
}

export interface ArticleBundle {
  article: GeneratedArticle;
  highlights: GeneratedHighlight[];
  statements: GeneratedStatement[];
}

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** How many tags the codebook has (highlights name tags by index). */
  tagCount: number;
}

interface Speaker {
  id: string;
  name: string;
  side: string;
  role: string;
  alias: Partial<Record<Language, string>>;
}

const SPEAKERS: Speaker[] = (gazetteerJson as { actors: { id: string; name: string; kind: string; side: string; roles: { title: string }[]; aliases: { text: string; lang: string }[] }[] }).actors
  .filter((actor) => actor.kind === 'person' && (actor.side === 'pakistan' || actor.side === 'afghanistan'))
  .map((actor) => ({
    id: actor.id,
    name: actor.name,
    side: actor.side,
    role: actor.roles.at(-1)?.title ?? 'official',
    alias: Object.fromEntries(actor.aliases.map((alias) => [alias.lang, alias.text])) as Speaker['alias'],
  }));

/** A sentence of the body: where it is and who (if anyone) it quotes. */
interface Sentence {
  start: number;
  end: number;
  speaker?: Speaker;
  kind?: 'direct' | 'reported';
}

const STANCES = ['conciliatory', 'neutral', 'critical', 'hostile'] as const;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = 1400;
const IMPORTED_FROM = Date.UTC(2025, 10, 1);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Writes paragraphs and remembers each sentence's span and speaker. */
class BodyWriter {
  private text = '';
  readonly sentences: Sentence[] = [];
  private paragraph: string[] = [];

  get length() {
    return this.text.length + this.paragraph.join(' ').length;
  }

  add(sentence: string, speaker?: Speaker, kind?: Sentence['kind']) {
    const offset = this.text.length + (this.text ? 2 : 0) + this.paragraph.reduce((n, s) => n + s.length + 1, 0);
    this.paragraph.push(sentence);
    this.sentences.push({ start: offset, end: offset + sentence.length, ...(speaker ? { speaker, kind } : {}) });
  }

  endParagraph() {
    if (!this.paragraph.length) return;
    this.text += (this.text ? '\n\n' : '') + this.paragraph.join(' ');
    this.paragraph = [];
  }

  done(): string {
    this.endParagraph();
    return this.text;
  }
}

function englishSentence(rng: Rng, body: BodyWriter) {
  const speaker = rng.pick(SPEAKERS);
  const roll = rng.next();
  if (roll < 0.3) {
    const quote = `${capitalise(rng.pick(CLAUSES))}, and we have made clear that ${rng.pick(OBJECTS)} comes first`;
    body.add(`“${quote},” ${speaker.name}, the ${speaker.role}, said in ${rng.pick(PLACES)}.`, speaker, 'direct');
  } else if (roll < 0.55) {
    body.add(`${speaker.name} said that ${rng.pick(CLAUSES)}.`, speaker, 'reported');
  } else if (roll < 0.75) {
    body.add(`${speaker.name} ${rng.pick(VERBS)} ${rng.pick(SUBJECTS)} and stressed ${rng.pick(OBJECTS)}.`);
  } else {
    body.add(rng.pick(BACKGROUND));
  }
}

function foreignSentence(rng: Rng, body: BodyWriter, language: Exclude<Language, 'en'>) {
  const speaker = rng.pick(SPEAKERS);
  const name = speaker.alias[language] ?? speaker.alias.ur ?? speaker.name;
  if (rng.chance(0.4)) body.add(`${name} ${SAID[language]}: «${rng.pick(FOREIGN[language])}»`, speaker, 'direct');
  else body.add(rng.pick(FOREIGN[language]));
}

/** A news body of 3–6 KB (or `minSentences` sentences), paragraph by paragraph. */
function writeBody(rng: Rng, language: Language, dateline: string | null, minSentences: number): { body: string; sentences: Sentence[] } {
  const body = new BodyWriter();
  const target = rng.int(3000, 6000);
  const speaker = rng.pick(SPEAKERS);
  if (language === 'en') {
    body.add(`${dateline}: ${speaker.name} ${rng.pick(VERBS)} ${rng.pick(SUBJECTS)} with officials in ${rng.pick(PLACES)} on Monday.`);
  }
  const foreignParagraph = language === 'en' && rng.chance(0.15) ? rng.pick(['ur', 'ps', 'fa'] as const) : undefined;
  // UTF-8 size: Arabic-script letters take two bytes each.
  const bytes = () => (language === 'en' ? body.length : body.length * 1.8);
  while (bytes() < target || body.sentences.length < minSentences) {
    const sentences = rng.int(2, 5);
    for (let i = 0; i < sentences; i++) {
      if (language === 'en') englishSentence(rng, body);
      else foreignSentence(rng, body, language);
    }
    body.endParagraph();
    if (foreignParagraph && body.sentences.length > 6 && body.sentences.length < 12) {
      for (let i = 0; i < 2; i++) foreignSentence(rng, body, foreignParagraph);
      body.endParagraph();
    }
  }
  return { body: body.done(), sentences: body.sentences };
}

function highlightOf(rng: Rng, articleId: string, body: string, sentence: Sentence, tagCount: number, created: string): GeneratedHighlight {
  const tags = rng.chance(0.1) ? [] : [rng.int(0, tagCount - 1)];
  if (tags.length && rng.chance(0.3)) tags.push((tags[0]! + rng.int(1, tagCount - 1)) % tagCount);
  return {
    id: rng.uuid(),
    article_id: articleId,
    start: sentence.start,
    end: sentence.end,
    exact: body.slice(sentence.start, sentence.end),
    prefix: body.slice(Math.max(0, sentence.start - 32), sentence.start),
    suffix: body.slice(sentence.end, sentence.end + 32),
    note: rng.chance(0.15) ? `Compare with ${rng.pick(SUBJECTS)}.` : '',
    tags,
    created_at: created,
  };
}

/** One article with its highlights (just over ten on average) and statements (just over two): 1M and 200k at 100k articles. */
function generateArticle(rng: Rng, index: number, tagCount: number): ArticleBundle {
  const heavy = index === 0;
  const roll = rng.next();
  const language: Language = heavy || roll < 0.85 ? 'en' : roll < 0.9 ? 'ur' : roll < 0.95 ? 'ps' : 'fa';
  const day = new Date(FIRST_DAY + rng.int(0, DAYS) * DAY_MS).toISOString().slice(0, 10);
  const dateline = language === 'en' ? rng.pick(DATELINES) : null;
  const { body, sentences } = writeBody(rng, language, dateline, heavy ? HEAVY_HIGHLIGHTS + 20 : 0);
  const speaker = rng.pick(SPEAKERS);
  const place = rng.pick(PLACES);
  const title = language === 'en'
    ? `${speaker.name} ${rng.pick(VERBS)} ${rng.pick(SUBJECTS)} in ${place}`
    : rng.pick(FOREIGN[language]).replace(/[.۔]$/, '');
  const outlet = rng.pick(OUTLETS);
  const id = rng.uuid();
  const importedAt = new Date(IMPORTED_FROM - index * 1000).toISOString();
  const article: GeneratedArticle = {
    id,
    title,
    body,
    url: `https://${slug(outlet)}.example/${day.slice(0, 7).replace('-', '/')}/${index}-${slug(title).slice(0, 60) || 'story'}`,
    outlet,
    author: rng.pick(AUTHORS),
    published_at: day,
    dateline,
    language,
    direction: language === 'en' ? 'ltr' : 'rtl',
    key_points: language === 'en' && rng.chance(0.2) ? sentences.slice(1, 4).map((s) => body.slice(s.start, s.end)) : [],
    imported_at: importedAt,
  };
  const picked = heavy ? sentences.slice(0, HEAVY_HIGHLIGHTS) : Array.from({ length: rng.int(0, 25) }, () => rng.pick(sentences));
  const seen = new Set<number>();
  const highlights: GeneratedHighlight[] = [];
  const statements: GeneratedStatement[] = [];
  for (const sentence of picked) {
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    const highlight = highlightOf(rng, id, body, sentence, tagCount, importedAt);
    highlights.push(highlight);
    if (sentence.speaker && rng.chance(0.4)) {
      statements.push({
        id: rng.uuid(),
        annotation_id: highlight.id,
        actor_id: sentence.speaker.id,
        side_id: sentence.speaker.side,
        kind: sentence.kind ?? 'reported',
        stance: rng.pick(STANCES),
        said_on: day,
        created_at: importedAt,
      });
    }
  }
  return { article, highlights, statements };
}

/**
 * The corpus, one article at a time (so 100,000 articles never sit in memory at once). Article
 * 0 is the heavy one; article 1 is its twin (the same text, one sentence longer) with no
 * highlights, the reader's baseline. Imports are dated newest first, so both top the library.
 */
export function* generateCorpus({ seed, articles, tagCount }: CorpusOptions): Generator<ArticleBundle> {
  const rng = createRng(seed);
  const heavy = generateArticle(rng, 0, tagCount);
  yield heavy;
  if (articles < 2) return;
  const twin: GeneratedArticle = {
    ...heavy.article,
    id: rng.uuid(),
    title: `${heavy.article.title} (without highlights)`,
    body: `${heavy.article.body}\n\n${BACKGROUND[0]}`,
    url: `${heavy.article.url}-plain`,
    imported_at: new Date(IMPORTED_FROM - 1000).toISOString(),
  };
  yield { article: twin, highlights: [], statements: [] };
  for (let index = 2; index < articles; index++) yield generateArticle(rng, index, tagCount);
}
