import type { Backend } from '../../../../electron/backend/app.js';
import { annotating } from '../../handlers/annotatingHarness.js';

/** An English article whose text has emoji (two UTF-16 code units each) before and inside highlights. */
export const ENGLISH_BODY =
  'ISLAMABAD: 🇵🇰 Pakistan said the Torkham crossing 🚧 will reopen, "soon", after talks.\n\n' +
  'Afghanistan, in reply, said trade must grow 📈 and the border stay open.';
/** An Urdu article (stored right to left). */
export const URDU_BODY = 'اسلام آباد: پاکستان اور افغانستان نے طورخم سرحد دوبارہ کھولنے پر اتفاق کیا۔\n\nمذاکرات اگلے ماہ کابل میں ہوں گے۔';

const span = (body: string, text: string) => {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`“${text}” is not in the body`);
  return { start, end: start + text.length };
};

/**
 * A workspace with two articles: overlapping highlights in English text with emoji, an Urdu
 * highlight, a two-level codebook, notes that a spreadsheet would take for formulas, and statements.
 */
export async function seedAnnotations(backend: Backend) {
  const { ok } = annotating(backend);
  const english = await ok('articles.create', {
    title: 'Torkham to reopen, officials say',
    body: ENGLISH_BODY,
    url: 'https://example.com/torkham',
    outlet: 'Dawn',
    published_at: '2025-04-17',
  });
  const urdu = await ok('articles.create', { title: 'طورخم سرحد', body: URDU_BODY, outlet: 'Jang', published_at: '2025-04-18' });
  const security = await ok('tags.create', { name: 'Zz Security', colour: '#aa3300', description: 'Borders & militancy' });
  const border = await ok('tags.create', { name: 'Border', parent_id: security.id, colour: '#cc6600' });
  const trade = await ok('tags.create', { name: 'Zz Trade', colour: '#2266aa' });

  // Overlapping: the whole first sentence, and the crossing inside it.
  const sentence = await ok('annotations.create', {
    article_id: english.id,
    ...span(ENGLISH_BODY, '🇵🇰 Pakistan said the Torkham crossing 🚧 will reopen, "soon"'),
    tag_ids: [border.id],
    note: '=HYPERLINK("http://evil.example") — and a line\nbreak, with "quotes"',
  });
  const crossing = await ok('annotations.create', {
    article_id: english.id,
    ...span(ENGLISH_BODY, 'Torkham crossing 🚧'),
    tag_ids: [border.id, trade.id],
  });
  const growth = await ok('annotations.create', {
    article_id: english.id,
    ...span(ENGLISH_BODY, 'trade must grow 📈'),
    tag_ids: [trade.id],
    note: '@mention -1 +1',
  });
  const urduQuote = await ok('annotations.create', {
    article_id: urdu.id,
    ...span(URDU_BODY, 'طورخم سرحد دوبارہ کھولنے'),
    tag_ids: [border.id],
    note: 'سرحد پر نوٹ',
  });
  const pakistanSaid = await ok('statements.create', {
    annotation_id: sentence.id,
    speaker_text: 'Ishaq Dar',
    side_id: 'pakistan',
    kind: 'reported',
    stance: 'conciliatory',
    said_on: '2025-04-17',
  });
  const afghanSaid = await ok('statements.create', {
    annotation_id: growth.id,
    speaker_text: 'Amir Khan Muttaqi',
    side_id: 'afghanistan',
    kind: 'direct',
    responds_to: pakistanSaid.id,
  });
  return {
    articles: { english, urdu },
    tags: { security, border, trade },
    highlights: { sentence, crossing, growth, urduQuote },
    statements: { pakistanSaid, afghanSaid },
  };
}
export type Seeded = Awaited<ReturnType<typeof seedAnnotations>>;

/** The file an export.annotations call answered, decoded. */
export async function exported(backend: Backend, input: { format: 'csv' | 'json' | 'w3c' | 'qdpx'; article_ids?: string[] }) {
  const file = await annotating(backend).ok('export.annotations', input);
  return { ...file, bytes: Buffer.from(file.data, 'base64') };
}
