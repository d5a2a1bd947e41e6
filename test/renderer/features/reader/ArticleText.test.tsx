import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { createArticle, readArticle } from './readerHarness';

/** Each body paragraph as [text, dir, lang, class]. */
function paragraphs(article: HTMLElement) {
  return [...article.querySelectorAll('.article-body p')].map((p) => [
    p.textContent,
    p.getAttribute('dir'),
    p.getAttribute('lang'),
    p.getAttribute('class'),
  ]);
}

const URDU = 'اسلام آباد: پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔ وزیر خارجہ نے کہا کہ بات چیت مثبت رہی۔';
const ENGLISH = 'The Joint Coordination Committee met in Kabul on Thursday.';
// No letter here is Urdu-only (it would read as Persian alone); inside an Urdu article it is Urdu.
const SHORT_URDU = 'پاکستان اور افغانستان';
const PASHTO = 'د پاکستان او افغانستان ترمنځ خبرې اترې وشوې. دواړو خواوو پر سوداګرۍ هوکړه وکړه.';

describe('Reader text', () => {
  const backendApi = useBackendApi();

  it('gives the article its language and direction', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'مذاکرات', body: `${URDU}\n\n${ENGLISH}` });
    const { article } = await readArticle(api, id);

    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['ur', 'rtl']);
  });

  it('sets each paragraph’s direction and language from its own text in an Urdu article', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'مذاکرات', body: `${URDU}\n\n${ENGLISH}\n\n${SHORT_URDU}` });
    const { article } = await readArticle(api, id);

    expect(paragraphs(article)).toEqual([
      [URDU, 'rtl', 'ur', 'script-nastaliq'],
      [ENGLISH, 'ltr', 'en', null],
      [SHORT_URDU, 'rtl', 'ur', 'script-nastaliq'],
    ]);
  });

  it('reads an Urdu paragraph inside an English article right to left in Nastaliq', async () => {
    const { api, backend } = backendApi();
    const body = `${ENGLISH} The talks ran late into the evening and both delegations spoke to reporters afterwards.\n\n${URDU}`;
    const { id } = await createArticle(backend, { title: 'Talks in Kabul', body });
    const { article } = await readArticle(api, id);

    expect(article.getAttribute('dir')).toBe('ltr');
    expect(paragraphs(article).map(([, dir, lang, cls]) => [dir, lang, cls])).toEqual([
      ['ltr', 'en', null],
      ['rtl', 'ur', 'script-nastaliq'],
    ]);
  });

  it('sets Pashto in Naskh, not Nastaliq', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'خبرې اترې', body: PASHTO });
    const { article } = await readArticle(api, id);

    expect(article.getAttribute('lang')).toBe('ps');
    expect(paragraphs(article)).toEqual([[PASHTO, 'rtl', 'ps', 'script-naskh']]);
  });

  it('shows the key points in their own box before the body', async () => {
    const { api, backend } = backendApi();
    const body = 'Key points\n- Torkham reopens to trade.\n- Talks resume next month.\n\nPESHAWAR: The crossing reopened on Monday.';
    const { id } = await createArticle(backend, { title: 'Torkham reopens', body });
    const { article } = await readArticle(api, id);

    const box = within(article).getByRole('region', { name: 'Key points' });
    expect(within(box).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Torkham reopens to trade.',
      'Talks resume next month.',
    ]);
    const firstParagraph = article.querySelector('.article-body p')!;
    expect(firstParagraph.textContent).toBe('PESHAWAR: The crossing reopened on Monday.');
    expect(box.compareDocumentPosition(firstParagraph) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no key-points box when the article has none', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'Plain', body: 'PESHAWAR: The crossing reopened.' });
    const { article } = await readArticle(api, id);

    expect(within(article).queryByRole('region', { name: 'Key points' })).toBeNull();
  });
});
