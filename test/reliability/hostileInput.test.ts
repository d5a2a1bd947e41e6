import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/app.js';
import { MAX_HTML_DEPTH } from '../../electron/backend/import/htmlDepth.js';
import { createApi } from '../../renderer/api/client.js';
import { createAppStore } from '../../renderer/store/appStore.js';
import type { Channel } from '../../shared/contract.js';
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

async function storedArticles(b: Backend) {
  const page = await b.dispatch('articles.list', { limit: 500 });
  if (!page.ok) throw new Error(page.error.message);
  const { items } = page.value as { items: { id: string; title: string }[] };
  return Promise.all(
    items.map(async ({ id }) => {
      const article = await b.dispatch('articles.get', { id });
      if (!article.ok) throw new Error(article.error.message);
      return article.value as { title: string; body: string };
    }),
  );
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

describe('deeply nested pages', () => {
  const PARAGRAPHS = [
    'ISLAMABAD: Officials from Pakistan and Afghanistan met on Thursday to discuss the Torkham crossing, transit trade and the return of refugees.',
    'The delegations agreed to keep the crossing open for trade and to meet again in Kabul next month, a statement from the foreign ministry said.',
    'Traders on both sides welcomed the decision, saying the closures of recent weeks had left hundreds of trucks waiting at the border.',
    'Refugee agencies asked both governments to slow the returns until the winter is over and shelters are ready in the eastern provinces.',
  ];
  const TEXT = PARAGRAPHS.join('\n\n');
  /** A page whose article paragraphs sit `depth` elements deep inside the body. */
  const nestedPage = (depth: number) =>
    `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth - 1)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth - 1)}</body></html>`;

  it.each([10_000, 2_000])('refuses a page nested %i deep at once, naming the depth and the limit, and writes nothing', async (depth) => {
    const b = backend();
    await importText(b, 'kept.txt', 'Kept report\n\nThe joint coordination committee met in Kabul.');
    const before = await storedArticles(b);
    const result = await importText(b, 'deep.html', nestedPage(depth));
    expect(result).toEqual({
      file: 'deep.html',
      status: 'failed',
      reason: `is nested ${depth.toLocaleString('en-US')} elements deep; Parallax reads pages nested at most ${MAX_HTML_DEPTH} deep`,
      items: [],
    });
    expect(await storedArticles(b)).toEqual(before);
  });

  it('imports a page nested as deep as the limit, and refuses one a level deeper', async () => {
    const b = backend();
    const atLimit = await importText(b, 'at-limit.html', nestedPage(MAX_HTML_DEPTH));
    expect(atLimit.status).toBe('imported');
    const [article] = await storedArticles(b);
    expect(article).toMatchObject({ title: 'Deep page', body: TEXT });
    const deeper = await importText(b, 'deeper.html', nestedPage(MAX_HTML_DEPTH + 1));
    expect(deeper).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^is nested 257 elements deep/) });
  });

  it('refuses a page whose metadata hides deeply nested markup, instead of failing on it', async () => {
    const title = '<b>'.repeat(5_000);
    const page = `<html><head><meta property="og:title" content="${title}"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    const result = await importText(backend(), 'meta.html', page);
    expect(result).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^is nested 5,000 elements deep/) });
  });
});

describe('cancelling a large import', () => {
  it('keeps exactly the files finished before the cancel, each whole, the large one in flight included', async () => {
    const b = backend();
    const BIG = '10-big.txt';
    const bodyOf = (i: number) =>
      i === 10 ? `Transit trade report ${i}. ${'Trucks crossed at Torkham and Chaman. '.repeat(120_000)}` : `Border report ${i}: the joint coordination committee met for the ${i}th time.`;
    const files = Array.from({ length: 30 }, (_, i) => {
      const name = i === 10 ? BIG : `${String(i).padStart(2, '0')}-report.txt`;
      return { name, title: `Report ${i}`, body: bodyOf(i) };
    });
    expect(files[10]!.body.length).toBeGreaterThan(4_000_000); // megabytes, under the 5,000,000-character article limit
    // The app's own store and API client over the real backend; Cancel is pressed as the large file goes out.
    const store = createAppStore(
      createApi(async (channel: Channel, input: unknown) => {
        const sent = input as { name?: string; files?: { name: string }[] };
        const names = sent.files?.map((file) => file.name) ?? (sent.name ? [sent.name] : []);
        if (channel.startsWith('import.') && names.includes(BIG)) store.getState().cancelImport();
        return structuredClone(await b.dispatch(channel, structuredClone(input)));
      }),
    );
    await store
      .getState()
      .importFiles(files.map(({ name, title, body }) => ({ path: name, file: new Blob([`${title}\n\n${body}`]) })));

    const { outcome } = store.getState().importing;
    expect(outcome?.cancelled).toBe(true);
    const imported = outcome!.results.filter((result) => result.status === 'imported').map((result) => result.file);
    // The files up to the large one, in order, and none after the cancel.
    expect(imported).toContain(BIG);
    expect(imported).toEqual(files.slice(0, imported.length).map((file) => file.name));
    expect(imported.length).toBeLessThan(files.length);
    const stored = await storedArticles(b);
    const expected = files.filter((file) => imported.includes(file.name));
    expect(stored.map((article) => article.title).sort()).toEqual(expected.map((file) => file.title).sort());
    for (const article of stored) expect(article.body).toBe(expected.find((file) => file.title === article.title)!.body.trim());
  });
});
