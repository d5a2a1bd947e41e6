import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { addEarlierTexts, createArticle, readArticle, setSourceFile } from './readerHarness';

/** The header's facts as label -> shown text, in the order shown. */
function metadata(article: HTMLElement): [string, string][] {
  return [...article.querySelectorAll('.article-meta > div')].map((item) => [
    item.querySelector('dt')?.textContent ?? '',
    item.querySelector('dd')?.textContent ?? '',
  ]);
}

describe('Reader header', () => {
  const backendApi = useBackendApi();

  it('shows the title, outlet, author, published date in words, dateline, language and source', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, {
      title: 'JCC meets in Kabul',
      body: 'ISLAMABAD: Signs of a thaw.\n\nThe Joint Coordination Committee met.',
      outlet: 'WE News English',
      author: 'Staff reporter',
      published_at: '2025-04-17',
      url: 'https://wenewsenglish.pk/jcc-kabul',
    });
    const { article } = await readArticle(api, id);

    expect(within(article).getByRole('heading', { level: 1, name: 'JCC meets in Kabul' })).toBeTruthy();
    expect(metadata(article)).toEqual([
      ['Outlet', 'WE News English'],
      ['Author', 'Staff reporter'],
      ['Published', '17 April 2025'],
      ['Dateline', 'ISLAMABAD'],
      ['Language', 'English'],
      ['Source', 'https://wenewsenglish.pk/jcc-kabul'],
    ]);
  });

  it('names the file an article was imported from, without its folders', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'From a file', body: 'Text.' });
    setSourceFile(backend, id, '/home/analyst/clips/jcc-kabul.txt');
    const { article } = await readArticle(api, id);

    expect(metadata(article)).toContainEqual(['Source file', 'jcc-kabul.txt']);
    expect(within(article).getByText('jcc-kabul.txt').getAttribute('title')).toBe('/home/analyst/clips/jcc-kabul.txt');
  });

  it('shows no revision line or earlier texts for a first revision', async () => {
    const { api, backend, calls } = backendApi();
    const { id } = await createArticle(backend, { title: 'Only text', body: 'Text.' });
    const { article } = await readArticle(api, id);

    expect(metadata(article).map(([label]) => label)).not.toContain('Revision');
    expect(within(article).queryByText(/Earlier texts/)).toBeNull();
    expect(calls.map((c) => c.channel)).not.toContain('articles.revisions');
  });

  describe('an article with earlier texts', () => {
    async function revisedArticle() {
      const { api, backend, failNext } = backendApi();
      const { id } = await createArticle(backend, {
        title: 'Torkham reopens',
        body: 'PESHAWAR: Torkham reopened on Monday after talks between both sides.',
      });
      addEarlierTexts(
        backend,
        id,
        [
          { title: 'Torkham closed', body: 'PESHAWAR: Torkham stayed closed for a fourth day on Saturday as talks stalled between the two sides.\n\nTraders waited.', imported_at: '2025-04-12T08:00:00Z', replaced_at: '2025-04-13T09:00:00Z' },
          { title: 'Torkham talks', body: 'PESHAWAR: Talks on Torkham resumed on Sunday.', imported_at: '2025-04-13T09:00:00Z', replaced_at: '2025-04-14T07:30:00Z' },
        ],
        '2025-04-14T07:30:00Z',
      );
      return { api, id, failNext };
    }

    it('says which revision it is and when it was updated', async () => {
      const { api, id } = await revisedArticle();
      const { article } = await readArticle(api, id);

      expect(metadata(article)).toContainEqual(['Revision', 'Revision 3, updated 14 April 2025']);
    });

    it('lists the earlier texts newest first, each with its date and first words', async () => {
      const { api, id } = await revisedArticle();
      const { article, user } = await readArticle(api, id);
      await user.click(within(article).getByText('Earlier texts (2)'));

      const items = within(article).getAllByRole('listitem').map((li) => li.querySelector('summary')?.textContent);
      expect(items).toEqual([
        'Revision 2, 13 April 2025 PESHAWAR: Talks on Torkham resumed on Sunday.',
        'Revision 1, 12 April 2025 PESHAWAR: Torkham stayed closed for a fourth day on Saturday as talks…',
      ]);
    });

    it('opens an earlier text to read it in full', async () => {
      const { api, id } = await revisedArticle();
      const { article, user } = await readArticle(api, id);
      await user.click(within(article).getByText('Earlier texts (2)'));
      const first = within(article).getByText(/^Revision 1,/).closest('details')!;
      expect(first.open).toBe(false);

      await user.click(within(first).getByText(/^Revision 1,/));

      expect(first.open).toBe(true);
      expect(within(first).getByRole('heading', { name: 'Torkham closed' })).toBeTruthy();
      expect([...first.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
        'PESHAWAR: Torkham stayed closed for a fourth day on Saturday as talks stalled between the two sides.',
        'Traders waited.',
      ]);
    });

    it('still shows the article when its earlier texts cannot be loaded', async () => {
      const { api, id, failNext } = await revisedArticle();
      failNext('articles.revisions', { code: 'internal', message: 'The workspace is busy.' });
      const { article, user } = await readArticle(api, id);
      await user.click(within(article).getByText('Earlier texts'));

      expect(within(article).getByRole('alert').textContent).toContain('The workspace is busy.');
      expect(within(article).getByText(/Torkham reopened on Monday/)).toBeTruthy();
    });
  });

  describe('the source address', () => {
    it('is a link opening outside the app for http(s)', async () => {
      const { api, backend } = backendApi();
      const { id } = await createArticle(backend, { title: 'Linked', body: 'x', url: 'http://example.org/a' });
      const { article } = await readArticle(api, id);

      const link = within(article).getByRole('link', { name: 'http://example.org/a' });
      expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
        'http://example.org/a',
        '_blank',
        'noopener noreferrer',
      ]);
    });

    it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/a'])('is plain text for %s', async (url) => {
      const { api, backend } = backendApi();
      const { id } = await createArticle(backend, { title: 'Unlinked', body: 'x' });
      // Imports and older workspaces may hold any address; the reader must never make it a link.
      backend.workspace.db.prepare('UPDATE article SET url = ? WHERE id = ?').run(url, id);
      const { article } = await readArticle(api, id);

      expect(within(article).queryByRole('link')).toBeNull();
      expect(within(article).getByText(url)).toBeTruthy();
    });
  });

  it('lays the header of a right-to-left article out right to left, labels kept in English', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, {
      title: 'پاک افغان مذاکرات',
      body: 'اسلام آباد: پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔',
      outlet: 'روزنامہ جنگ',
    });
    const { article } = await readArticle(api, id);

    const meta = article.querySelector('.article-meta')!;
    expect([meta.getAttribute('dir'), meta.getAttribute('lang')]).toEqual(['rtl', 'en']);
    expect(metadata(article)).toContainEqual(['Language', 'Urdu']);
    const title = within(article).getByRole('heading', { level: 1 });
    expect([title.getAttribute('dir'), title.getAttribute('lang'), title.className]).toEqual(['rtl', 'ur', 'script-nastaliq']);
  });
});
