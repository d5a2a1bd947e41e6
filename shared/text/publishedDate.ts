import { linesOf } from './lines.js';

/**
 * The publication date an article states about itself near its top, for files that carry no
 * date of their own. Conservative on purpose: a date inside a sentence ("on 17 April 2025 the
 * talks…") is an event, not a publication date, so only labelled dates ("Published …",
 * "Updated: …"), lines that are nothing but a date, and a date in a dateline count.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|sday|urday)?\.?,?\s+)?`;

// Each form anchored at the start of what follows a label; groups give year, month, day.
const DATE_FORMS: { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})(?![\d])/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`^${WEEKDAY}${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[2]!, m[1]!] },
];

function toIsoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.slice(0, 3).toLowerCase()];
  const d = Number(day);
  if (!m || y < 1900 || y > 2100 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date at the start of `text` as YYYY-MM-DD, with how many characters it took; else null. */
function leadingDate(text: string): { date: string; length: number } | null {
  for (const form of DATE_FORMS) {
    const match = form.re.exec(text);
    if (!match) continue;
    const date = toIsoDate(...form.ymd(match));
    return date ? { date, length: match[0].length } : null;
  }
  return null;
}

/** A written or ISO date, as YYYY-MM-DD: `April 17, 2025`, `17th April 2025`, `2025-04-17T08:00Z`. */
export function parseWrittenDate(text: string): string | null {
  return leadingDate(text.trim())?.date ?? null;
}

const LABEL = /(?:^|[|·•—–]\s*)((?:first\s+)?published|posted|(?:last\s+)?updated|dated?)(?:\s+on)?\s*[:\-–—]?\s*/gi;
/** What may follow a date on a line of its own: a time and a zone, or nothing. */
const TIME_TAIL = /^[\s,|·–—-]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$/i;
const DATELINE_PLACE = /^[A-Z][A-Z .'-]{1,40}[A-Z],\s+/;

const LINES_SEARCHED = 10;

// Lower rank wins: a stated publication beats an undated-label date line, which beats "Updated".
type Candidate = { date: string; rank: number };

function candidatesIn(line: string): Candidate[] {
  const found: Candidate[] = [];
  for (const label of line.matchAll(LABEL)) {
    const date = leadingDate(line.slice(label.index + label[0].length));
    if (date) found.push({ date: date.date, rank: /updated/i.test(label[1]!) ? 2 : 0 });
  }
  const bare = leadingDate(line);
  if (bare && line.length <= 80 && TIME_TAIL.test(line.slice(bare.length))) found.push({ date: bare.date, rank: 1 });
  const place = DATELINE_PLACE.exec(line);
  if (place) {
    const date = leadingDate(line.slice(place[0].length));
    if (date && /^\s*(?:[:—–]|-\s)/.test(line.slice(place[0].length + date.length))) found.push({ date: date.date, rank: 1 });
  }
  return found;
}

/** The first `count` non-empty lines of `text`, trimmed; the rest of a long text is not read. */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const { start, end } of linesOf(text)) {
    if (lines.length === count) break;
    const line = text.slice(start, end).trim();
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** The publication date stated in the first lines of `text`, as YYYY-MM-DD, or null. */
export function findPublishedDate(text: string): string | null {
  let best: Candidate | null = null;
  for (const line of firstLines(text, LINES_SEARCHED)) {
    for (const candidate of candidatesIn(line)) {
      if (!best || candidate.rank < best.rank) best = candidate;
    }
  }
  return best?.date ?? null;
}
