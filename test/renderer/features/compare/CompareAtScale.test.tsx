import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ITEM_HEIGHT } from '../../../../renderer/features/compare/StatementList';
import type { Article } from '../../../../shared/domain/article';
import { useBackendApi } from '../../helpers/backendApi';
import { createArticle } from '../reader/readerHarness';
import { dispatchOk, openCompare, tagNamed } from './compareHarness';

const PAKISTAN = 1_500;
const AFGHANISTAN = 500;

describe('the comparison with thousands of statements', () => {
  const backendApi = useBackendApi();

  it('draws a bounded number of statements however many the cells hold', async () => {
    const api = backendApi();
    const topic = (await tagNamed(api, 'Diplomacy & talks')).id;
    const total = PAKISTAN + AFGHANISTAN;
    const paragraphs = Array.from({ length: total }, (_, i) => `Remark ${i} on the state of the talks.`);
    const article: Article = await createArticle(api.backend, { title: 'Two years of remarks', body: paragraphs.join('\n\n'), outlet: 'Dawn' });
    let at = 0;
    for (const [i, paragraph] of paragraphs.entries()) {
      const highlight = await dispatchOk<{ id: string }>(api, 'annotations.create', { article_id: article.id, start: at, end: at + paragraph.length, tag_ids: [topic] });
      at += paragraph.length + 2;
      const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
      await dispatchOk(api, 'statements.create', {
        annotation_id: highlight.id,
        actor_id: i < PAKISTAN ? 'pk-ishaq-dar' : 'af-amir-khan-muttaqi',
        kind: 'direct',
        said_on: day,
      });
    }
    const { user } = await openCompare(api);

    const table = screen.getByRole('table', { name: 'Comparison' });
    expect(within(table).getByText('1,500 statements')).toBeTruthy();
    expect(within(table).getByText('500 statements')).toBeTruthy();
    expect(table.querySelectorAll('.statement')).toHaveLength(10);

    const row = within(table).getByRole('rowheader', { name: 'Diplomacy & talks' }).closest('tr')!;
    const cell = within(row).getAllByRole('cell')[0]!;
    await user.click(within(cell).getByRole('button', { name: /Show more/ }));
    await user.click(await within(cell).findByRole('button', { name: /Show more \(1,475/ }));
    await within(cell).findByRole('button', { name: /Show more \(1,455/ });
    // 45 fetched, but a scrolling cell draws only those in view (and a few either side).
    const drawn = () => [...cell.querySelectorAll<HTMLElement>('.statement')];
    expect(drawn().length).toBeLessThan(15);
    expect(drawn()[0]!.getAttribute('aria-setsize')).toBe('45');
    expect(drawn()[0]!.getAttribute('aria-posinset')).toBe('1');

    const scroller = cell.querySelector<HTMLElement>('.statement-scroll')!;
    scroller.scrollTop = 30 * ITEM_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(drawn().map((li) => Number(li.getAttribute('aria-posinset')))).toContain(31));
    expect(drawn().length).toBeLessThan(15);
    // The whole room, timeline included, stays a few thousand elements at most.
    expect(document.querySelectorAll('*').length).toBeLessThan(3_000);
    // Seeding 2,000 statements through the real handlers takes a while on a busy machine.
  }, 120_000);
});
