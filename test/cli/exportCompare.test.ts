import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { docxHtml, pdfPages, squash } from '../backend/export/readBack.js';
import { compareSeed } from '../backend/services/compareSeed.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

describe('parallax compare --format docx|pdf|html', () => {
  const tempDir = useTempDirs();

  /** Two topics; one statement is filed under both, so it must keep one source number. */
  function workspace(): string {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    const seed = compareSeed(backend.workspace.db);
    const article = seed.article({ title: 'Talks, in Kabul', outlet: 'Dawn', url: 'https://dawn.com/t' });
    const trade = seed.tag('Zz Trade');
    const security = seed.tag('Zz Security');
    const dar = seed.actor('Ishaq Dar', 'pakistan', [{ title: 'Deputy PM', from: '2024-04' }]);
    seed.statement({ article, quote: 'Trade must grow', actor: dar, tags: [trade, security], said_on: '2025-04-17' });
    seed.statement({ article, quote: 'Torkham stays open', speaker_text: 'Muttaqi', side: 'afghanistan', tags: [trade], said_on: '2025-04-16' });
    seed.statement({ article, quote: 'Militants cross', speaker_text: 'ISPR', tags: [security], said_on: '2025-03-02' });
    backend.workspace.db
      .prepare(`INSERT INTO position_summary (topic_id, side_id, body, updated_at) VALUES (?, 'pakistan', 'Wants trade.', '2025-04-18')`)
      .run(trade);
    backend.close();
    return dataDir;
  }

  async function compareTo(format: string): Promise<{ code: number; stdout: string; out: string }> {
    const out = join(tempDir(), `compare.${format}`);
    const result = await runCli(['compare', '--format', format, '--out', out, '--data-dir', workspace()], {});
    expect(result.stderr).toBe('');
    return { ...result, out };
  }

  it('writes HTML: one two-column comparison per topic, with summaries and numbered sources', async () => {
    const { code, stdout, out } = await compareTo('html');
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote 3 statements to ${out}\n`);
    const doc = new JSDOM(readFileSync(out, 'utf8')).window.document;
    expect(doc.querySelector('h1')!.textContent).toBe('Pakistan and Afghanistan compared');
    const tables = [...doc.querySelectorAll('.comparison')];
    expect(tables.map((t) => t.querySelector('.comparison-title')!.textContent)).toEqual([
      'Zz Trade: Pakistan and Afghanistan compared',
      'Zz Security: Pakistan and Afghanistan compared',
    ]);
    expect([...tables[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Wants trade.', ''],
      ['Trade must grow— Ishaq Dar, Deputy PM (Pakistan), 17 April 2025, Dawn, https://dawn.com/t [1]', 'Torkham stays open— Muttaqi (Afghanistan), 16 April 2025, Dawn, https://dawn.com/t [2]'],
    ]);
    // The statement filed under both topics is source 1 in each table.
    expect(tables[1]!.querySelector('td .marker')!.textContent).toBe('[1]');
    expect([...doc.querySelectorAll('.sources li')]).toHaveLength(3);
  });

  it('writes a DOCX whose tables carry the side names and statements', async () => {
    const { code, out } = await compareTo('docx');
    expect(code).toBe(0);
    const { html } = await docxHtml(readFileSync(out));
    expect(html).toContain('<h1 class="title">Pakistan and Afghanistan compared</h1>');
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<th><p><strong>Pakistan</strong></p></th><th><p><strong>Afghanistan</strong></p></th>');
    for (const quote of ['Trade must grow', 'Torkham stays open', 'Militants cross']) expect(html).toContain(`“${quote}”`);
  });

  it('writes a PDF with every statement', async () => {
    const { code, out } = await compareTo('pdf');
    expect(code).toBe(0);
    const text = squash((await pdfPages(readFileSync(out))).join(' '));
    for (const quote of ['Trade must grow', 'Torkham stays open', 'Militants cross', 'Wants trade.']) expect(text).toContain(quote);
  }, 60_000);

  it('needs --out for DOCX and PDF, and names the new formats when one is wrong', async () => {
    const dataDir = workspace();
    expect(await runCli(['compare', '--format', 'docx', '--data-dir', dataDir], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format docx needs --out FILE.'),
    });
    expect((await runCli(['compare', '--format', 'rtf', '--data-dir', dataDir], {})).stderr).toContain(
      '--format must be md, csv, json, docx, pdf or html, not “rtf”.',
    );
  });
});
