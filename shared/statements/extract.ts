import { detectLanguage } from '../text/language.js';
import type { ActorIndex } from './actorIndex.js';
import { ArticleText } from './articleText.js';
import { findCues, type Cue } from './cues.js';
import type { Side } from './gazetteer.js';
import { ENGLISH, foldedSet, lexiconsFor, type CueLexicon } from './lexicon.js';
import { tokenize, type Token } from './names.js';
import type { Quotation } from './quotations.js';
import { SpeakerResolver, type Speaker, type SpeakerHow } from './speakers.js';
import type { Span } from './textLayout.js';

/**
 * Statement suggestions: direct quotations and reported speech in an article body, each with its
 * speaker resolved to an actor and side where the gazetteer knows them. Pure: the caller supplies
 * the body (canonical plain text, paragraphs separated by "\n\n") and the actor index.
 */
export interface Suggestion {
  /** UTF-16 offsets into the body: the quoted words (without marks) or the reported clause. */
  start: number;
  end: number;
  quote: string;
  kind: 'direct' | 'reported';
  /** The words in the text that name the speaker ("Dar", "he", "a government source"). */
  speakerMention: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  actorId: string | null;
  /** The actor's name, or the text's own name for a speaker the registry does not know. */
  speaker: string | null;
  side: Side | null;
  /** 0..1: how sure the extractor is of the span and speaker together. */
  confidence: number;
}

export interface ExtractOptions {
  /** BCP-47 language of the body; detected from its script when absent. */
  language?: string;
}

type Attribution =
  | { via: 'cue'; cue: Cue }
  | { via: 'phrase'; phrase: Span; lexicon: CueLexicon }
  | { via: 'previous' };

interface Draft extends Span {
  kind: Suggestion['kind'];
  attribution: Attribution;
  confidence: number;
}

const SPEAKER_CONFIDENCE: Record<SpeakerHow, number> = { named: 1, reference: 0.9, unresolved: 0.85, anonymous: 0.7 };
const UNATTRIBUTED_CONFIDENCE = 0.4;

// English verbs whose object comes before "that" and which need it: "told reporters that".
const NEEDS_THAT = foldedSet(['told', 'tells', 'informed', 'assured', 'telling']);
// A word after "said" that cannot start a reported clause without "that".
const NOT_A_CLAUSE_START = foldedSet([
  'on', 'in', 'at', 'during', 'while', 'after', 'before', 'to', 'of', 'for', 'with', 'by', 'from', 'about', 'as',
  'when', 'and', 'but', 'or', 'so', 'then', 'here', 'there', 'nothing', 'earlier', 'later', 'last', 'yesterday',
  'today', 'separately', 'also', 'however',
]);
// "said on Sunday the …", "said yesterday the …": a time adverbial may precede a clause without "that".
const TIME_ADVERBIAL = /^(?:today|yesterday|earlier|later|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night))\s+/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Where an English reported clause gives way to a new one: ", but warned that", ", adding that", ", as he".
const CLAUSE_BREAK = new RegExp(
  [
    `,?\\s+(?:but|and|while)\\s+(?:also\\s+)?(?:${[...ENGLISH.verbs, ...ENGLISH.acts].map(escape).join('|')})(?![\\p{L}])`,
    `,\\s+(?:${ENGLISH.participles.map(escape).join('|')})(?![\\p{L}])`,
    `,\\s+as\\s+(?:he|she|they|it)(?![\\p{L}])`,
    `,\\s+according\\s+to(?![\\p{L}])`,
  ].join('|'),
  'gu',
);
const QUOTE_MARK = /["“”„‟«»‹›'‘’]/;
// `…,” a statement by the ministry quoted Balkhi as saying.`
const QUOTED_AS = /^[^.!?]{0,120}?\b(?:quotes|quoted)\s+(.+?)\s+as\s+saying\b/du;

const wordsIn = (text: string) => tokenize(text).length;

export function extractStatements(body: string, actors: ActorIndex, options: ExtractOptions = {}): Suggestion[] {
  const doc = new ArticleText(body);
  const language = options.language ?? detectLanguage(body);
  const cues = findCues(doc, lexiconsFor(language === 'und' ? undefined : language));
  const finder = new DraftFinder(doc, cues);
  const reported = [...finder.reported()];
  const drafts = [...reported, ...finder.quoted(reported)].sort((a, b) => a.start - b.start || a.end - b.end);

  const resolver = new SpeakerResolver(doc, actors);
  const cueSpeakers = new Map<Cue, Speaker | null>();
  const speakerOfCue = (cue: Cue): Speaker | null => {
    if (!cueSpeakers.has(cue)) cueSpeakers.set(cue, resolveCueSpeaker(cue));
    return cueSpeakers.get(cue) ?? null;
  };
  const resolveCueSpeaker = (cue: Cue): Speaker | null => {
    const earlier = finder.previousCueInSentence(cue);
    if (earlier && (cue.type === 'participle' || finder.isCoordinated(cue))) return speakerOfCue(earlier);
    return resolver.resolve(finder.speakerPhrase(cue), cue.lexicon) ?? (earlier ? speakerOfCue(earlier) : null);
  };

  return drafts.map((draft) => {
    const { attribution } = draft;
    const speaker =
      attribution.via === 'cue'
        ? speakerOfCue(attribution.cue)
        : attribution.via === 'phrase'
          ? resolver.resolve(attribution.phrase, attribution.lexicon)
          : (resolver.last ?? null);
    if (speaker) resolver.remember(speaker);
    const factor = speaker ? SPEAKER_CONFIDENCE[speaker.how] : UNATTRIBUTED_CONFIDENCE;
    return {
      start: draft.start,
      end: draft.end,
      quote: body.slice(draft.start, draft.end),
      kind: draft.kind,
      speakerMention: speaker ? body.slice(speaker.start, speaker.end) || null : null,
      ...(speaker && speaker.end > speaker.start ? { speakerStart: speaker.start, speakerEnd: speaker.end } : {}),
      actorId: speaker?.actor?.actorId ?? null,
      speaker: speaker?.name ?? null,
      side: speaker?.actor?.side ?? null,
      confidence: Math.round(draft.confidence * factor * 100) / 100,
    };
  });
}

/** Finds the spans of statements and what attributes each; speakers are resolved afterwards, in text order. */
class DraftFinder {
  constructor(
    private readonly doc: ArticleText,
    private readonly cues: readonly Cue[],
  ) {}

  previousCueInSentence(cue: Cue): Cue | undefined {
    const sentence = this.doc.sentenceAt(cue.start);
    return this.cues.findLast((c) => c.start < cue.start && c.start >= sentence.start && c.type !== 'according');
  }

  /** The words naming a cue's speaker: before it (after any quotation) or, for "according to X", after it. */
  speakerPhrase(cue: Cue): Span {
    const sentence = this.doc.sentenceAt(cue.start);
    if (cue.type === 'according' && !cue.lexicon.accordingSpeakerFirst) {
      return { start: cue.end, end: this.nextComma(cue.end, sentence.end) ?? this.sentenceEndTrimmed(sentence) };
    }
    const quotation = this.doc.quotationEndingBefore(cue.start, sentence.start);
    const from = quotation ? (quotation.closeMark ?? quotation.end) + 1 : sentence.start;
    return { start: Math.min(from, cue.subjectEnd), end: cue.subjectEnd };
  }

  // ---- reported speech ----

  *reported(): Generator<Draft> {
    for (const cue of this.cues) {
      if (cue.type === 'act') continue;
      const draft = cue.type === 'according' ? this.accordingClause(cue) : this.complementClause(cue) ?? this.trailingClause(cue);
      if (draft && this.isClause(draft)) yield draft;
    }
  }

  private complementClause(cue: Cue): Draft | null {
    const sentence = this.doc.sentenceAt(cue.start);
    const after = this.tokensBetween(cue.end, sentence.end);
    if (/^\s*[:,،]?\s*["“”„«»‘’']/.test(this.doc.body.slice(cue.end, sentence.end))) return null;
    const complementisers = foldedSet(cue.lexicon.complementisers);
    const auxiliaries = foldedSet(cue.lexicon.auxiliaries);
    const english = cue.lexicon.language === 'en';
    for (let i = 0; i < after.length && i < 12; i++) {
      const token = after[i]!;
      if (this.punctuationBetween(i === 0 ? cue.end : after[i - 1]!.end, token.start)) break;
      if (complementisers.has(token.key)) return this.clauseFrom(token.end, cue, 0.85);
      if (!english && !auxiliaries.has(token.key)) break;
    }
    if (!english || NEEDS_THAT.has(this.doc.folded.slice(cue.start, cue.end)) || this.followsQuotation(cue)) return null;
    const adverbial = TIME_ADVERBIAL.exec(this.doc.folded.slice(cue.end, sentence.end).trimStart());
    const skipped = adverbial ? wordsIn(adverbial[0]) : 0;
    const first = after[skipped];
    if (!first || after.length - skipped < 3 || NOT_A_CLAUSE_START.has(first.key)) return null;
    if (this.punctuationBetween(cue.end, first.start)) return null;
    return this.clauseFrom(first.start, cue, 0.75);
  }

  // "X, the spokesman said." / "X, said the spokesman." / "X, they argue, is Y."
  private trailingClause(cue: Cue): Draft | null {
    if (cue.type !== 'verb' || cue.lexicon.language !== 'en') return null;
    const sentence = this.doc.sentenceAt(cue.start);
    const start = sentence.start;
    const comma = this.lastComma(start, cue.start);
    if (comma === null) return null;
    const rest = this.doc.body.slice(cue.end, sentence.end);
    const between = { start: comma + 1, end: cue.start };
    const parenthetical = /^\s*,/.test(rest) && wordsIn(this.doc.text(between)) <= 3;
    const restSpan = { start: cue.end, end: sentence.end };
    if (!parenthetical && (wordsIn(rest) > 10 || /\bthat\b/.test(rest) || this.overlapsQuotation(restSpan))) return null;
    const inverted = this.doc.text(between).trim() === '';
    if (!inverted && (wordsIn(this.doc.text(between)) > 10 || this.overlapsQuotation(between))) return null;
    const clause = parenthetical ? { start, end: this.sentenceEndTrimmed(sentence) } : { start, end: comma };
    if (this.cues.some((c) => c.type === 'verb' && c.start >= clause.start && c.end <= comma)) return null;
    if (this.doc.quotations.some((q) => q.start >= clause.start && q.start <= clause.start + 1)) return null;
    const phrase = inverted ? { start: cue.end, end: this.sentenceEndTrimmed(sentence) } : between;
    return { ...clause, kind: 'reported', attribution: { via: 'phrase', phrase, lexicon: cue.lexicon }, confidence: parenthetical ? 0.65 : 0.7 };
  }

  private accordingClause(cue: Cue): Draft | null {
    const sentence = this.doc.sentenceAt(cue.start);
    if (cue.lexicon.accordingSpeakerFirst) {
      const start = this.skipSpaceAndCommas(cue.end);
      return this.clauseFrom(start, cue, 0.8);
    }
    const comma = this.nextComma(cue.end, sentence.end);
    if (comma === null) {
      // "X, according to Y." reports X unless X is already an attributed quotation.
      const before = this.lastComma(sentence.start, cue.start);
      if (before === null || this.doc.quotations.some((q) => q.start >= sentence.start && q.start < before)) return null;
      return { start: sentence.start, end: before, kind: 'reported', attribution: { via: 'cue', cue }, confidence: 0.7 };
    }
    let start = this.skipSpaceAndCommas(comma + 1);
    // Skip an appositive naming the speaker's post: "به گفته X، معاون سخنگوی …، CLAUSE".
    const next = this.nextComma(start, sentence.end);
    if (next !== null) {
      const chunk = tokenize(this.doc.text({ start, end: next }));
      const roles = foldedSet(cue.lexicon.roles);
      if (chunk.length <= 6 && chunk.some((t) => roles.has(t.key))) start = this.skipSpaceAndCommas(next + 1);
    }
    if (QUOTE_MARK.test(this.doc.body[start] ?? '')) return null;
    return this.clauseFrom(start, cue, 0.8);
  }

  private clauseFrom(from: number, cue: Cue, confidence: number): Draft {
    const sentence = this.doc.sentenceAt(cue.start);
    const start = this.skipSpaceAndCommas(from);
    let end = this.sentenceEndTrimmed(sentence);
    if (cue.lexicon.language === 'en') {
      for (const match of this.doc.folded.slice(0, end).matchAll(CLAUSE_BREAK)) {
        if (match.index < start || this.doc.insideQuotation(match.index)) continue;
        end = match.index;
        break;
      }
      end = this.beforeTrailingAside(start, end);
    }
    return { start, end, kind: 'reported', attribution: { via: 'cue', cue }, confidence };
  }

  // A single dash late in a clause starts the writer's own aside ("… in the coming days—a trip
  // expected to …"); a pair of dashes encloses a parenthesis that stays.
  private beforeTrailingAside(start: number, end: number): number {
    const dashes = [...this.doc.body.slice(start, end).matchAll(/\s?[—–]\s?/g)].filter((m) => !this.doc.insideQuotation(start + m.index));
    return dashes.length === 1 ? start + dashes[0]!.index : end;
  }

  private isClause(draft: Draft): boolean {
    if (wordsIn(this.doc.text(draft)) < 3) return false;
    // A clause that is nothing but a quotation ("saying that “…”") is the quotation's statement.
    return !this.doc.quotations.some((q) => q.start - draft.start <= 2 && draft.end - q.end <= 3);
  }

  // ---- direct quotations ----

  *quoted(reported: readonly Draft[]): Generator<Draft> {
    const found = [...reported];
    for (const quotation of this.doc.quotations) {
      const draft = this.attributeQuotation(quotation, found);
      if (draft) {
        found.push(draft);
        yield draft;
      }
    }
  }

  private attributeQuotation(q: Quotation, statements: readonly Draft[]): Draft | null {
    const confidence = (base: number) => (q.openMark === null ? base * 0.9 : base);
    const draft = (attribution: Attribution, base: number): Draft => ({ start: q.start, end: q.end, kind: 'direct', attribution, confidence: confidence(base) });
    const headEnd = q.openMark ?? q.start;
    const head = { start: this.doc.sentenceAt(headEnd).start, end: headEnd };
    const headCues = this.cues.filter((c) => c.start >= head.start && c.end <= head.end);

    const adjacent = headCues.findLast((c) => this.isAdjacent(c, headEnd));
    if (adjacent) return draft({ via: 'cue', cue: adjacent }, 0.95);
    const tail = this.tailAttribution(q);
    if (tail) return draft(tail, 0.95);
    const distant = headCues.findLast((c) => c.type !== 'according');
    if (distant) return draft({ via: 'cue', cue: distant }, 0.85);
    // A quotation opening its sentence with no cue at all continues the words of the statement
    // just before it (in the same or the previous paragraph).
    const opensSentence = this.doc.text(head).trim() === '';
    const paragraph = this.doc.paragraphAt(q.start);
    const justBefore = statements.some((s) => s.end <= q.start && paragraph - this.doc.paragraphAt(s.end) <= 1);
    if (opensSentence && justBefore && wordsIn(this.doc.text(q)) >= 5) return draft({ via: 'previous' }, 0.6);
    return null;
  }

  // "X said:", "X told reporters:", "X said that", "according to X,", "X نے کہا کہ" right before the quote.
  private isAdjacent(cue: Cue, headEnd: number): boolean {
    const between = this.doc.folded.slice(cue.end, headEnd);
    if (cue.type === 'according') return !cue.lexicon.accordingSpeakerFirst && /^[^,،.;:!?]{1,80}[,،]\s*$/u.test(between);
    const complementisers = cue.lexicon.complementisers.map(escape).join('|');
    const object = cue.lexicon.language === 'en' ? '(?:\\s+[^\\s,.;:!?]+){0,5}?' : `(?:\\s+(?:${cue.lexicon.auxiliaries.map(escape).join('|') || 'x^'}))?`;
    return new RegExp(`^${object}\\s*[:,،]?\\s*(?:(?:${complementisers})\\s*)?$`, 'u').test(between);
  }

  // `…,” he said.`, `…,” said X.`, `…,” a statement quotes X as saying.`, `«…»، او افزود.`
  private tailAttribution(q: Quotation): Attribution | null {
    if (q.closeMark === null) return null;
    const sentence = this.doc.sentenceAt(q.closeMark);
    const tail = { start: q.closeMark + 1, end: sentence.end };
    const tailText = this.doc.text(tail);
    const continues = /[,!?—…،]$/.test(this.doc.text(q)) || /^\s*[,،]/.test(tailText);
    if (!continues || tail.end <= tail.start) return null;
    const quotedAs = QUOTED_AS.exec(this.doc.folded.slice(tail.start, tail.end));
    if (quotedAs?.indices?.[1]) {
      const [from, to] = quotedAs.indices[1];
      return { via: 'phrase', phrase: { start: tail.start + from, end: tail.start + to }, lexicon: ENGLISH };
    }
    const cue = this.cues.find((c) => c.type === 'verb' && c.start >= tail.start && c.end <= tail.end);
    if (!cue) return null;
    const before = this.doc.text({ start: tail.start, end: cue.start });
    if (wordsIn(before) > 8 || /[.!?]/.test(before)) return null;
    if (wordsIn(before) > 0) return { via: 'cue', cue };
    const phrase = { start: cue.end, end: this.nextComma(cue.end, sentence.end) ?? this.sentenceEndTrimmed(sentence) };
    return wordsIn(this.doc.text(phrase)) > 0 ? { via: 'phrase', phrase, lexicon: cue.lexicon } : { via: 'cue', cue };
  }

  // ---- helpers ----

  /** `“…,” said X` or `“…,” X said`: the cue attributes the quotation before it. */
  private followsQuotation(cue: Cue): boolean {
    const sentence = this.doc.sentenceAt(cue.start);
    const q = this.doc.quotationEndingBefore(cue.start, sentence.start);
    if (!q) return false;
    const between = this.doc.body.slice((q.closeMark ?? q.end) + 1, cue.start);
    return /^\s*[,،]?[^,.;:!?،]*$/u.test(between) && wordsIn(between) <= 8;
  }

  /** "…, but warned that", "… and urged": the verb shares the subject of the one before it. */
  isCoordinated(cue: Cue): boolean {
    return /(?:^|[\s,])(?:but|and)\s+(?:also\s+)?$/u.test(this.doc.folded.slice(Math.max(0, cue.start - 12), cue.start));
  }

  private overlapsQuotation(span: Span): boolean {
    return this.doc.quotations.some((q) => q.start < span.end && q.end > span.start);
  }

  private tokensBetween(start: number, end: number): Token[] {
    return tokenize(this.doc.body.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  }

  private punctuationBetween(start: number, end: number): boolean {
    return /[,;:.!?،؛"“”«»]/.test(this.doc.body.slice(start, end));
  }

  private nextComma(from: number, to: number): number | null {
    for (let i = from; i < to; i++) if (/[,،]/.test(this.doc.body[i]!) && !this.doc.insideQuotation(i)) return i;
    return null;
  }

  private lastComma(from: number, to: number): number | null {
    for (let i = to - 1; i >= from; i--) if (/[,،]/.test(this.doc.body[i]!) && !this.doc.insideQuotation(i)) return i;
    return null;
  }

  private skipSpaceAndCommas(offset: number): number {
    let i = offset;
    while (i < this.doc.body.length && /[\s,،]/.test(this.doc.body[i]!)) i++;
    return i;
  }

  private sentenceEndTrimmed(sentence: Span): number {
    let end = sentence.end;
    while (end > sentence.start && /\s/.test(this.doc.body[end - 1]!)) end--;
    return end;
  }
}
