/**
 * The day a statement was made, read from the sentence around its quote and resolved against the
 * article's publication date: "on Thursday" is the Thursday on or before that date, "yesterday"
 * the day before it, "15 April 2025" itself. Pure; dates are calendar days (YYYY-MM-DD, UTC).
 */

export interface TextSpan {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Where a date is mentioned and how to turn the reference date into the day meant. */
interface Mention extends TextSpan {
  resolve(reference: Date | null): Date | null;
}

type Finder = (text: string) => Mention[];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const shift = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The given weekday (0 = Sunday) on or before the reference date; strictly before when `strictly`. */
function weekdayBefore(reference: Date | null, weekday: number, strictly: boolean): Date | null {
  if (!reference) return null;
  const back = (reference.getUTCDay() - weekday + 7) % 7 || (strictly ? 7 : 0);
  return shift(reference, -back);
}

function relative(days: number): Mention['resolve'] {
  return (reference) => reference && shift(reference, days);
}

function calendarDate(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return utc(year, month, day);
}

/** A day and month without a year is the latest such day on or before the reference date. */
function dayOfMonth(month: number, day: number, year: number | null): Mention['resolve'] {
  return (reference) => {
    if (year !== null) return calendarDate(year, month, day);
    if (!reference) return null;
    const sameYear = calendarDate(reference.getUTCFullYear(), month, day);
    if (sameYear && sameYear <= reference) return sameYear;
    return calendarDate(reference.getUTCFullYear() - 1, month, day);
  };
}

function mentions(text: string, pattern: RegExp, resolver: (match: RegExpExecArray) => Mention['resolve'] | null): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const resolve = resolver(match);
    if (resolve) found.push({ start: match.index, end: match.index + match[0].length, resolve });
  }
  return found;
}

const englishDates: Finder = (text) => [
  ...mentions(text, new RegExp(String.raw`\b${MONTH}\s+${DAY}\b${YEAR}`, 'g'), (m) =>
    dayOfMonth(MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]), m[3] ? Number(m[3]) : null),
  ),
  ...mentions(text, new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}${YEAR}\b`, 'g'), (m) =>
    dayOfMonth(MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]), m[3] ? Number(m[3]) : null),
  ),
  ...mentions(text, /\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => () => calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))),
];

const englishDays: Finder = (text) => [
  ...mentions(text, new RegExp(String.raw`\b(last\s+)?(${ENGLISH_WEEKDAYS.join('|')})\b`, 'gi'), (m) => {
    const weekday = ENGLISH_WEEKDAYS.indexOf(m[2]!.toLowerCase());
    return (reference) => weekdayBefore(reference, weekday, m[1] !== undefined);
  }),
  ...mentions(text, /\b(?:yesterday|last night)\b/gi, () => relative(-1)),
  ...mentions(text, /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/gi, () => relative(0)),
  ...mentions(text, /\blast week\b/gi, () => relative(-7)),
];

/**
 * Arabic-script text folded one character for one (so offsets stay valid): Urdu heh goal and
 * teh marbuta to heh, Arabic yeh and alef maksura to Farsi yeh, Arabic kaf to keheh, the
 * zero-width non-joiner of "سه‌شنبه" to a space.
 */
function foldArabicScript(text: string): string {
  return text.replace(/[ہۃةيىكـ\u200c]/gu, (c) => ({ ہ: 'ه', ۃ: 'ه', ة: 'ه', ي: 'ی', ى: 'ی', ك: 'ک', ـ: ' ' })[c] ?? ' ');
}

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{M}])`;

/** Dari and Pashto weekdays (Persian names; Pashto writes a final ې): شنبه is Saturday, یکشنبه Sunday, دوشنبه Monday… */
const PERSIAN_WEEKDAY = new RegExp(`${NOT_LETTER_BEFORE}(?:(یک|دو|سه|چهار|پنج) ?)?(شنب|جمع)[هې]${NOT_LETTER_AFTER}`, 'gu');
const PERSIAN_PREFIX: Record<string, number> = { یک: 0, دو: 1, سه: 2, چهار: 3, پنج: 4 };

/**
 * Urdu weekdays (جمعہ, Friday, folds to the Dari جمعه above). پیر, منگل, بدھ and ہفتہ are also ordinary words (saint, Mars, Buddha, week), so
 * they count only before کو / کے روز / کے دن ("on"); the others stand alone.
 */
const URDU_WEEKDAYS: [RegExp, number][] = [
  [/سوموار/u, 1], [/جمعرات/u, 4], [/اتوار/u, 0],
  [/پیر(?= (?:کو|کے روز|کے دن))/u, 1], [/منگل(?= (?:کو|کے روز|کے دن))/u, 2],
  [/بدھ(?= (?:کو|کے روز|کے دن))/u, 3], [/هفته(?= (?:کو|کے روز|کے دن))/u, 6],
];

const ARABIC_SCRIPT_RELATIVE: [RegExp, number][] = [
  [/دیروز|گزشته روز|پرون/u, -1], // Dari, Urdu ("the past day"), Pashto: yesterday
  [/امروز|آج|نن/u, 0], // today
  [/(?:گزشته|پچھلے) هفتے|هفته گذشته/u, -7], // Urdu, Dari: last week
];

const bounded = (pattern: RegExp) => new RegExp(`${NOT_LETTER_BEFORE}(?:${pattern.source})${NOT_LETTER_AFTER}`, 'gu');

const arabicScriptDays: Finder = (raw) => {
  const text = foldArabicScript(raw);
  return [
    ...mentions(text, PERSIAN_WEEKDAY, (m) => {
      // جمعه alone is Friday; with a prefix it is not a weekday name.
      if (m[2] === 'جمع') return m[1] ? null : (reference) => weekdayBefore(reference, 5, false);
      const weekday = m[1] ? PERSIAN_PREFIX[m[1]]! : 6;
      return (reference) => weekdayBefore(reference, weekday, false);
    }),
    ...URDU_WEEKDAYS.flatMap(([pattern, weekday]) =>
      mentions(text, bounded(pattern), () => (reference) => weekdayBefore(reference, weekday, false)),
    ),
    ...ARABIC_SCRIPT_RELATIVE.flatMap(([pattern, days]) => mentions(text, bounded(pattern), () => relative(days))),
  ];
};

const FINDERS: Finder[] = [englishDates, englishDays, arabicScriptDays];

/** Sentence ends: . ! ? and the Urdu and Arabic full stop and question mark before a space, or a line break. */
const SENTENCE_END = /[.!?۔؟][\p{Pe}\p{Pf}"'”’»]*\s+|\n\s*/gu;

/** The sentence(s) holding the span: from the end of the sentence before it to the end of the last. */
export function sentenceAround(body: string, span: TextSpan): TextSpan {
  let start = 0;
  let end = body.length;
  for (const match of body.matchAll(SENTENCE_END)) {
    const after = match.index + match[0].length;
    if (after <= span.start) start = after;
    else if (match.index >= span.end) {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { start, end };
}

function referenceDate(publishedAt: string | null): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

const distance = (a: TextSpan, b: TextSpan) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * The day the words at `span` were said: the date mention in the sentence around them nearest
 * to them, resolved against the publication date; else the publication date; null when neither.
 */
export function resolveSaidOn(body: string, span: TextSpan, publishedAt: string | null): string | null {
  const reference = referenceDate(publishedAt);
  const sentence = sentenceAround(body, span);
  const text = body.slice(sentence.start, sentence.end);
  const local = { start: span.start - sentence.start, end: span.end - sentence.start };
  const candidates = FINDERS.flatMap((find) => find(text))
    .sort((a, b) => distance(a, local) - distance(b, local) || a.start - b.start);
  for (const mention of candidates) {
    const day = mention.resolve(reference);
    if (day) return iso(day);
  }
  return reference && iso(reference);
}
