import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/fileKinds.js';
import type { Backend } from '../../../electron/backend/app.js';
import type { Article } from '../../../shared/domain/article.js';
import { useBackend } from '../../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';
import { buildDocxArticle, DOCX_ARTICLE, libraryFixture } from '../import/importFixtures.js';

const file = (name: string, content: string | Buffer) => ({ name, data: Buffer.from(content).toString('base64') });
const jsonFile = (name: string, body: string) =>
  file(name, JSON.stringify([{ title: 'Talks', body, url: 'https://example.com/talks' }]));

describe('import.file', () => {
  const backend = useBackend();

  it('imports a text file and records where it came from', async () => {
    const { dispatch } = backend();
    const result = await dispatch('import.file', file('news/jcc-kabul-talks.txt', readFixture(JCC_ARTICLE)));
    expect(result).toMatchObject({ ok: true, value: { file: 'news/jcc-kabul-talks.txt', status: 'imported' } });
    if (!result.ok) return;
    const [item] = (result.value as { items: { id: string }[] }).items;
    const stored = await dispatch('articles.get', { id: item!.id });
    expect(stored).toMatchObject({ ok: true, value: { title: 'jcc kabul talks', source_name: 'news/jcc-kabul-talks.txt', dateline: 'ISLAMABAD' } });
  });

  /** Imports one file and returns the article it stored. */
  async function importedArticle(dispatch: Backend['dispatch'], name: string, bytes: Uint8Array): Promise<Article> {
    const result = await dispatch('import.file', file(name, Buffer.from(bytes)));
    if (!result.ok) throw new Error(result.error.message);
    const [item] = (result.value as { items: { id: string }[] }).items;
    const stored = await dispatch('articles.get', { id: item!.id });
    if (!stored.ok) throw new Error(stored.error.message);
    return stored.value as Article;
  }

  it('takes the key points of a saved page from below its opening paragraphs, out of the text', async () => {
    const article = await importedArticle(backend().dispatch, 'jcc.html', libraryFixture('news-page.html'));
    expect(article.key_points).toEqual(['A Pakistani delegation visits Kabul for detailed talks', 'The JCC meets in Kabul after a 15-month pause']);
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[1]).toMatch(/^Pakistan’s Minister for Foreign Affairs/);
    expect(paragraphs[2]).toMatch(/^Pakistan’s Special Envoy for Afghanistan/);
    expect(article.body).not.toMatch(/Key points|detailed talks|•/);
  });

  it('takes the key points of a Word document from below its first paragraph, out of the text', async () => {
    const article = await importedArticle(backend().dispatch, 'jcc.docx', await buildDocxArticle());
    expect(article.key_points).toEqual(DOCX_ARTICLE.keyPoints);
    expect(article.body).toBe([...DOCX_ARTICLE.paragraphs, DOCX_ARTICLE.urdu].join('\n\n'));
  });

  it.each([
    ['.DS_Store', 'hidden file'],
    ['news/.drafts/talks.txt', 'hidden file'],
    ['setup.exe', '.exe files are not supported (supported: .txt, .md, .markdown, .html, .htm, .docx, .pdf, .json)'],
  ])('skips %s with the reason, storing nothing', async (name, reason) => {
    const { dispatch } = backend();
    expect(await dispatch('import.file', file(name, 'Talks resume\n\nKABUL: Officials met.'))).toEqual({
      ok: true,
      value: { file: name, status: 'skipped', reason, items: [] },
    });
    expect(await dispatch('workspace.info', {})).toMatchObject({ value: { articleCount: 0 } });
  });

  it('answers a file the extractor refuses with a failed result and its reason', async () => {
    const { dispatch } = backend();
    const result = await dispatch('import.file', file('scan.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])));
    expect(result).toEqual({ ok: true, value: { file: 'scan.txt', status: 'failed', reason: 'looks like a binary file, not text', items: [] } });
    expect(await dispatch('workspace.info', {})).toMatchObject({ value: { articleCount: 0 } });
  });

  it('fails a file over the size limit without reading it', async () => {
    const { dispatch } = backend();
    const result = await dispatch('import.file', file('huge.txt', Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1, 0x61)));
    expect(result).toEqual({
      ok: true,
      value: { file: 'huge.txt', status: 'failed', reason: expect.stringMatching(/^is [0-9.]+ MB, larger than the 10 MB import limit$/), items: [] },
    });
  });
});

describe('articles.revisions', () => {
  const backend = useBackend();

  it('lists an article’s earlier texts, newest first', async () => {
    const { dispatch } = backend();
    const first = await dispatch('import.file', jsonFile('a.json', 'KABUL: Talks resumed.'));
    await dispatch('import.file', jsonFile('b.json', 'KABUL: Talks paused.'));
    await dispatch('import.file', jsonFile('c.json', 'KABUL: Talks ended.'));
    const id = (first as { value: { items: { id: string }[] } }).value.items[0]!.id;
    const revisions = await dispatch('articles.revisions', { id });
    expect(revisions).toMatchObject({
      ok: true,
      value: [
        { revision: 2, body: 'KABUL: Talks paused.' },
        { revision: 1, body: 'KABUL: Talks resumed.' },
      ],
    });
    expect(await dispatch('articles.get', { id })).toMatchObject({ value: { revision: 3, body: 'KABUL: Talks ended.' } });
  });

  it('answers an article without revisions with an empty list', async () => {
    const { dispatch } = backend();
    const created = await dispatch('articles.create', { title: 'Talks', body: 'KABUL: Talks resumed.' });
    expect(await dispatch('articles.revisions', { id: (created as { value: { id: string } }).value.id })).toEqual({ ok: true, value: [] });
  });

  it('answers an unknown article with not_found', async () => {
    const result = await backend().dispatch('articles.revisions', { id: randomUUID() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
  });
});
