import type { ActorIndex, ActorMatch, ActorMention } from './actorIndex.js';
import type { ArticleText } from './articleText.js';
import { ANONYMOUS_MARKERS, foldedSet, HONORIFICS, SIDE_HINTS, type CueLexicon } from './lexicon.js';
import { isArabicScript, tokenize, type Token } from './names.js';
import type { Span } from './textLayout.js';

/**
 * Who a speaker phrase names: an actor ("Foreign Minister Ishaq Dar"), someone referred back to
 * ("he", "the minister"), a named person outside the registry ("Tahir Khan") or an unnamed one
 * ("a government source").
 */
export type SpeakerHow = 'named' | 'reference' | 'unresolved' | 'anonymous';

export interface Speaker extends Span {
  actor: ActorMatch | null;
  /** The actor's name, or the name this text gives the speaker. */
  name: string;
  how: SpeakerHow;
}

const HONORIFIC_KEYS = foldedSet(HONORIFICS);
const ANONYMOUS_KEYS = foldedSet(ANONYMOUS_MARKERS);
const MAX_MENTION_WORDS = 8;

/** Tokens of a span with body offsets. */
function tokensIn(doc: ArticleText, span: Span): Token[] {
  return tokenize(doc.text(span)).map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start }));
}

const spanOf = (tokens: readonly Token[]): Span => ({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });

export class SpeakerResolver {
  /** Speakers of the statements so far, in text order: what "he" and "the minister" refer to. */
  private readonly history: Speaker[] = [];

  constructor(
    private readonly doc: ArticleText,
    private readonly actors: ActorIndex,
  ) {}

  remember(speaker: Speaker): void {
    this.history.push(speaker);
  }

  get last(): Speaker | undefined {
    return this.history[this.history.length - 1];
  }

  /**
   * Resolve a speaker phrase. The part after its last comma is tried first (the subject nearest
   * the verb: "Speaking in Kabul, Muttaqi said"); an appositive ("Tahir Khan, an expert, told")
   * sends the search back over the whole phrase.
   */
  resolve(phrase: Span, lexicon: CueLexicon): Speaker | null {
    const fillers = foldedSet(lexicon.fillers);
    const trimmed = (tokens: Token[]) => {
      let [from, to] = [0, tokens.length];
      while (from < to && fillers.has(tokens[from]!.key)) from++;
      while (to > from && fillers.has(tokens[to - 1]!.key)) to--;
      return tokens.slice(from, to);
    };
    const whole = trimmed(tokensIn(this.doc, phrase));
    const chunks = this.chunks(phrase).map((chunk) => trimmed(tokensIn(this.doc, chunk)));
    const last = chunks[chunks.length - 1] ?? [];

    const nearest = last.length > 0 ? this.namedIn(spanOf(last)) : null;
    if (nearest) return nearest;
    if (last.length > 0) {
      const reference = this.reference(last, lexicon);
      if (reference) return reference;
    }
    const anywhere = whole.length > 0 ? this.namedIn(spanOf(whole)) : null;
    if (anywhere) return anywhere;
    const name = nameRun(last) ?? nameRun(whole);
    if (name) return this.unresolved(spanOf(name), 'unresolved');
    if (whole.length === 0) return this.referBack(null, false, phrase);
    const mentionTokens = (last.length > 0 ? last : (chunks.find((c) => c.length > 0) ?? whole)).slice(0, MAX_MENTION_WORDS);
    const anonymous = mentionTokens.some((t) => ANONYMOUS_KEYS.has(t.key));
    return this.unresolved(spanOf(mentionTokens), anonymous || !isArabicScript(mentionTokens[0]!.text) ? 'anonymous' : 'unresolved');
  }

  private chunks(phrase: Span): Span[] {
    const spans: Span[] = [];
    let start = phrase.start;
    for (let i = phrase.start; i < phrase.end; i++) {
      if (/[,،]/.test(this.doc.body[i]!)) {
        spans.push({ start, end: i });
        start = i + 1;
      }
    }
    spans.push({ start, end: phrase.end });
    return spans;
  }

  private namedIn(span: Span): Speaker | null {
    const found = this.actors.find(this.doc.text(span));
    const best: ActorMention | undefined = found.find((m) => m.kind === 'person') ?? found[0];
    if (!best) return null;
    return {
      start: span.start + best.start,
      end: span.start + best.end,
      actor: { actorId: best.actorId, name: best.name, side: best.side },
      name: best.name,
      how: 'named',
    };
  }

  // "he", "انہوں", "the minister", "the Pakistani envoy": refer back to an earlier speaker.
  private reference(tokens: Token[], lexicon: CueLexicon): Speaker | null {
    const pronouns = foldedSet(lexicon.pronouns);
    const roles = foldedSet(lexicon.roles);
    const arabic = isArabicScript(tokens[0]!.text);
    const pronoun = arabic ? pronouns.has(tokens[tokens.length - 1]!.key) : tokens.length <= 2 && pronouns.has(tokens[0]!.key);
    if (pronoun) {
      const word = arabic ? tokens[tokens.length - 1]! : tokens[0]!;
      const plural = ['they', 'هغوی', 'دوی', 'ایشان', 'آنان', 'آنها'].includes(word.key);
      return this.referBack(null, plural, word);
    }
    const titled = tokens.some((t) => roles.has(t.key)) && !ANONYMOUS_KEYS.has(tokens[0]!.key) && !nameRun(tokens);
    if (!titled) return null;
    const side = (Object.keys(SIDE_HINTS) as (keyof typeof SIDE_HINTS)[]).find((s) =>
      tokens.some((t) => foldedSet(SIDE_HINTS[s]).has(t.key)),
    );
    return this.referBack(side ?? null, false, spanOf(tokens));
  }

  /** The last speaker (of the hinted side), or failing that the last actor of that side named in the text. */
  private referBack(side: string | null, plural: boolean, mention: Span): Speaker | null {
    const earlier = this.history.findLast(
      (s) => (side === null || s.actor?.side === side) && (plural || s.how !== 'anonymous'),
    );
    if (earlier) return { start: mention.start, end: mention.end, actor: earlier.actor, name: earlier.name, how: 'reference' };
    if (side === null) return null;
    const named = this.actors.find(this.doc.body.slice(0, mention.start)).findLast((m) => m.side === side);
    return named
      ? { start: mention.start, end: mention.end, actor: named, name: named.name, how: 'reference' }
      : null;
  }

  private unresolved(span: Span, how: SpeakerHow): Speaker {
    const name = this.doc.text(span);
    return { ...span, actor: null, name, how };
  }
}

// The last run of two or more capitalised words that are not titles: "Tahir Khan" in
// "Security analyst Brig (retd) Tahir Khan". Latin script only: Arabic script has no capitals.
function nameRun(tokens: readonly Token[]): Token[] | null {
  let best: Token[] | null = null;
  let run: Token[] = [];
  const close = () => {
    if (run.length >= 2) best = run;
    run = [];
  };
  for (const token of tokens) {
    const capital = /^\p{Lu}/u.test(token.text) && !HONORIFIC_KEYS.has(token.key) && !TITLE_WORDS.has(token.key);
    const joined = run.length > 0 && token.start - run[run.length - 1]!.end <= 1;
    if (!joined) close();
    if (capital) run.push(token);
    else close();
  }
  close();
  return best;
}

const TITLE_WORDS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'according', 'meanwhile',
  'however', 'speaking', 'responding', 'writing', 'addressing', 'minister', 'prime', 'deputy', 'foreign', 'interior',
  'defence', 'defense', 'information', 'commerce', 'federal', 'chief', 'acting', 'president', 'spokesman',
  'spokesperson', 'envoy', 'special', 'political', 'security', 'senior', 'pakistan', 'pakistani', 'afghan',
  'afghanistan', 'chinese', 'china',
]);
