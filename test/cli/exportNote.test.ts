import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app.js';
import { docxHtml, pdfPages, squash } from '../backend/export/readBack.js';
import { compareSeed } from '../backend/services/compareSeed.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

const PAKISTAN = ['Trade through Torkham must grow.', 'Security comes first for Islamabad.'];
const AFGHANISTAN = ['Kabul will not let its soil be used against anyone.', 'Afghan traders need the crossing open.'];
const URDU = 'پاکستان اچھے تعلقات چاہتا ہے۔';

async function ok<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

describe('parallax export note', () => {
  const tempDir = useTempDirs();

  /** A note citing two statements from each side (one of them in Urdu) and the Trade comparison. */
  async function workspace(): Promise<{ dataDir: string; noteId: string }> {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    const seed = compareSeed(backend.workspace.db);
    const article = seed.article({ title: 'Talks in Kabul', outlet: 'Dawn', url: 'https://www.dawn.com/t' });
    const urduArticle = seed.article({ title: 'مذاکرات', outlet: 'Jang', body: `${URDU} مزید`, language: 'ur' });
    const trade = seed.tag('Zz Trade');
    const dar = seed.actor('Ishaq Dar', 'pakistan', [{ title: 'Deputy PM', from: '2024-04' }]);
    const statements = [
      seed.statement({ article, quote: PAKISTAN[0]!, actor: dar, tags: [trade], said_on: '2025-04-17' }),
      seed.statement({ article, quote: PAKISTAN[1]!, speaker_text: 'ISPR', said_on: '2025-04-15' }),
      seed.statement({ article, quote: AFGHANISTAN[0]!, speaker_text: 'Muttaqi', side: 'afghanistan', tags: [trade], said_on: '2025-04-16' }),
      seed.statement({ article: urduArticle, quote: URDU, speaker_text: 'Zabihullah Mujahid', side: 'afghanistan', said_on: '2025-04-14' }),
      seed.statement({ article, quote: AFGHANISTAN[1]!, speaker_text: 'Azizi', side: 'afghanistan', tags: [trade], said_on: '2025-04-13' }),
    ];
    const note = await ok<{ id: string }>(backend, 'briefings.create', { title: 'Torkham: where the sides stand', author: 'A. Analyst', caveat: 'OFFICIAL – SENSITIVE' });
    const tokens: string[] = [];
    for (const id of statements.slice(0, 4)) {
      tokens.push((await ok<{ token: string }>(backend, 'briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id } })).token);
    }
    const compare = await ok<{ token: string }>(backend, 'briefings.cite', { note_id: note.id, kind: 'compare', topic_id: trade });
    const body = ['## What was said', '', ...tokens.flatMap((t) => [t, '']), '## Trade', '', compare.token, ''].join('\n');
    await ok(backend, 'briefings.update', { id: note.id, body });
    backend.close();
    return { dataDir, noteId: note.id };
  }

  async function exportAs(format: string, env: Record<string, string | undefined> = {}) {
    const { dataDir, noteId } = await workspace();
    const out = join(tempDir(), `note.${format}`);
    const result = await runCli(['export', 'note', noteId, '--format', format, '--out', out, '--data-dir', dataDir], env);
    return { result, out };
  }

  it('writes Markdown with every cited quotation and the sources', async () => {
    const { result, out } = await exportAs('md');
    expect(result).toMatchObject({ code: 0, stdout: `Wrote ${out}\n`, stderr: '' });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Torkham: where the sides stand');
    for (const quote of [...PAKISTAN, ...AFGHANISTAN, URDU]) expect(md).toContain(`“${quote}”`);
    expect(md).toMatch(/\n## Sources\n\n1\. Ishaq Dar, Deputy PM \(Pakistan\), 17 April 2025\. “Talks in Kabul”\. Dawn\. <https:\/\/www\.dawn\.com\/t>\n/);
  });

  it('writes HTML with the Urdu quotation right to left', async () => {
    const { result, out } = await exportAs('html');
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<blockquote dir="rtl" lang="ur"><p>${URDU}</p></blockquote>`);
    expect(html).not.toMatch(/<script/i);
  });

  it('writes a DOCX that reads back with its headings, quotations and sources', async () => {
    const { result, out } = await exportAs('docx');
    expect(result.code).toBe(0);
    const { html } = await docxHtml(readFileSync(out));
    expect(html).toContain('<h1 class="title">Torkham: where the sides stand</h1>');
    expect(html).toContain('<h2>What was said</h2>');
    for (const quote of [...PAKISTAN, ...AFGHANISTAN]) expect(html).toContain(`“${quote}”`);
    expect(html).toContain('<h1>Sources</h1>');
  });

  it('writes a PDF, through the system Chromium, with every cited quotation and the caveat on each page', async () => {
    const { result, out } = await exportAs('pdf');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const pages = await pdfPages(readFileSync(out));
    const text = squash(pages.join(' '));
    for (const quote of [...PAKISTAN, ...AFGHANISTAN]) expect(text).toContain(quote);
    for (const page of pages) expect(page).toContain('OFFICIAL – SENSITIVE');
  }, 60_000);

  it('says clearly when no Chromium is found for a PDF, and writes nothing', async () => {
    const { result, out } = await exportAs('pdf', { PARALLAX_CHROMIUM: '/no/such/chromium' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'parallax: PDF export needs Chromium: none was found (looked in /no/such/chromium). Install chromium or set PARALLAX_CHROMIUM.\n',
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses an unknown format, a missing --out and an unknown note', async () => {
    const { dataDir, noteId } = await workspace();
    expect(await runCli(['export', 'note', noteId, '--format', 'rtf', '--out', 'x', '--data-dir', dataDir], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be docx, pdf, html or md for a note, not “rtf”.'),
    });
    expect((await runCli(['export', 'note', noteId, '--format', 'md', '--data-dir', dataDir], {})).stderr).toContain('needs --out FILE');
    const missing = await runCli(['export', 'note', '00000000-0000-4000-8000-000000000000', '--format', 'md', '--out', join(tempDir(), 'x.md'), '--data-dir', dataDir], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^parallax: .*00000000-0000-4000-8000-000000000000/);
  });
});
