import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/app.js';
import { useBackend } from '../helpers/backend.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { listArticles, runCli } from '../cli/runCli.js';

const tempDir = useTempDirs();
const backend = useBackend();
const MB = 1024 * 1024;

async function importText(b: Backend, name: string, text: string) {
  const answer = await b.dispatch('import.file', { name, data: Buffer.from(text).toString('base64') });
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as { status: string; reason?: string; items: { id: string }[] };
}

async function search(b: Backend, query: string) {
  const answer = await b.dispatch('search.query', { query });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as { total: number; hits: { article: { id: string }; snippet: { text: string; match: boolean }[] }[] };
}

describe('huge input', () => {
  it('refuses a 50 MB file by its size, without reading it into memory', async () => {
    const dir = tempDir();
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    const chunk = Buffer.alloc(MB, 'Torkham trade talks. ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const rssBefore = process.memoryUsage().rss;
    const result = await runCli(['import', file, '--json', '--data-dir', join(dir, 'data')], {});
    const grown = process.memoryUsage().rss - rssBefore;
    expect(result.code).toBe(1);
    const [entry] = JSON.parse(result.stdout) as { status: string; reason: string }[];
    expect(entry).toMatchObject({ status: 'failed', reason: expect.stringMatching(/larger than the 10 MB import limit/) });
    expect(grown).toBeLessThan(25 * MB); // reading it would take 50 MB, its base64 67 MB more
    expect(await listArticles(join(dir, 'data'))).toEqual([]);
  });

  it('refuses an over-limit file on the channel as invalid input', async () => {
    const answer = await backend().dispatch('import.file', { name: 'big.txt', data: 'QUFB'.repeat(3.6 * MB) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'data' } });
  });

  it('imports a single paragraph of a million characters, searchable, with a short snippet', async () => {
    const b = backend();
    const words = 'border trade resumed at the crossing '.repeat(27_100);
    const text = `The long paragraph\n\n${words}zarghunshah closes it.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = await importText(b, 'long.txt', text);
    expect(result.status).toBe('imported');
    const found = await search(b, 'zarghunshah');
    expect(found.total).toBe(1);
    const snippet = found.hits[0]!.snippet.map((run) => run.text).join('');
    expect(snippet.length).toBeLessThan(1000);
    expect(found.hits[0]!.snippet.some((run) => run.match && /zarghunshah/i.test(run.text))).toBe(true);
  });

  it('imports a folder of 10,000 files through the CLI, one line each, memory staying bounded', { timeout: 600_000 }, async () => {
    const dir = tempDir();
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), `Report ${i}\n\nThe joint coordination committee met for the ${i}th time.`);
    }
    const rssBefore = process.memoryUsage().rss;
    const result = await runCli(['import', folder, '--data-dir', join(dir, 'data')], {});
    const grown = process.memoryUsage().rss - rssBefore;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^imported /gm)).toHaveLength(10_000);
    expect(grown).toBeLessThan(300 * MB);
    expect(await listArticles(join(dir, 'data'))).toHaveLength(10_000);
  });
});

describe('odd text', () => {
  it('keeps zero-width and bidirectional control characters as text, and search still finds the words beside them', async () => {
    const b = backend();
    const text = 'Bidi test\n\nOfficials in Isla\u200Bmabad said \u202Eresolved\u202C the dispute. Torkham\u200D reopened.';
    const result = await importText(b, 'bidi.txt', text);
    expect(result.status).toBe('imported');
    const article = await b.dispatch('articles.get', { id: result.items[0]!.id });
    const body = article.ok ? (article.value as { body: string }).body : '';
    expect(body).toContain('Isla\u200Bmabad');
    expect(body).toContain('\u202Eresolved\u202C');
    for (const word of ['resolved', 'dispute', 'Torkham']) expect((await search(b, word)).total).toBe(1);
  });

  it('imports mixed scripts in one article and finds each script’s words', async () => {
    const b = backend();
    const text = 'Mixed scripts\n\nPakistan and Afghanistan met. پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔ د پاکستان او افغانستان خبرې وشوې. Пограничный переход.';
    expect((await importText(b, 'mixed.txt', text)).status).toBe('imported');
    for (const word of ['Afghanistan', 'مذاکرات', 'خبرې', 'переход']) expect((await search(b, word)).total).toBe(1);
  });
});
