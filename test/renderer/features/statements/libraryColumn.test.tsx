import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/domain/article';
import type { Suggestion } from '../../../../shared/domain/statement';
import { useBackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { dispatchOk } from '../annotate/annotateHarness';
import { JCC_BODY } from './statementsHarness';

describe('the library’s Statements column', () => {
  const backendApi = useBackendApi();

  it('counts each article’s statements', async () => {
    const api = backendApi();
    const article = await dispatchOk<Article>(api, 'articles.create', { title: 'JCC talks', body: JCC_BODY, published_at: '2025-04-17' });
    const [first, second] = (await dispatchOk<Suggestion[]>(api, 'suggestions.list', { article_id: article.id })).filter((s) => s.actor_id);
    for (const s of [first!, second!]) {
      await dispatchOk(api, 'suggestions.accept', { article_id: article.id, start: s.start, end: s.end, kind: s.kind, actor_id: s.actor_id });
    }
    renderApp(api);
    const grid = await screen.findByRole('grid');
    const column = within(grid).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Statements');
    expect(column).toBeGreaterThan(0);
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(2));
    const row = within(grid).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('gridcell')[column]!.textContent).toBe('2');
  });
});
