import { act, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Article } from '../../../../shared/domain/article';
import type { Statement } from '../../../../shared/domain/statement';
import type { BackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { dispatchOk, tagNamed } from '../annotate/annotateHarness';
import { createArticle } from '../reader/readerHarness';

export { dispatchOk, tagNamed };

export interface SeededStatement {
  /** Words of the article's body to mark. */
  phrase: string;
  actor: string;
  topic?: string;
  said_on: string;
  kind?: 'direct' | 'reported';
  stance?: 'conciliatory' | 'neutral' | 'critical' | 'hostile';
  responds_to?: string;
}

/** An article whose body is its phrases, one paragraph each. */
export async function seedArticle(api: BackendApi, title: string, phrases: string[], outlet = 'Dawn'): Promise<Article> {
  return createArticle(api.backend, { title, body: phrases.join('\n\n'), outlet, published_at: '2025-04-17' });
}

/** Marks `phrase` in the article as a statement through the real annotations and statements handlers. */
export async function seedStatement(api: BackendApi, article: Article, s: SeededStatement): Promise<Statement> {
  const start = article.body.indexOf(s.phrase);
  if (start < 0) throw new Error(`"${s.phrase}" is not in ${article.title}`);
  const tag_ids = s.topic ? [(await tagNamed(api, s.topic)).id] : [];
  const highlight = await dispatchOk<{ id: string }>(api, 'annotations.create', { article_id: article.id, start, end: start + s.phrase.length, tag_ids });
  return dispatchOk<Statement>(api, 'statements.create', {
    annotation_id: highlight.id,
    actor_id: s.actor,
    kind: s.kind ?? 'direct',
    stance: s.stance ?? null,
    said_on: s.said_on,
    responds_to: s.responds_to ?? null,
  });
}

/** The app on the real backend, in the Compare room once its matrix has loaded. */
export async function openCompare(api: BackendApi) {
  const app = renderApp(api);
  act(() => app.store.getState().goTo('compare'));
  await screen.findByRole('heading', { name: 'Compare', level: 1 });
  await waitFor(() => {
    const { matrix, timeline, loading } = app.store.getState().compare;
    expect(matrix && timeline && !loading).toBeTruthy();
  });
  return app;
}

/** The calls made on `channel`, their inputs in order. */
export const inputsOf = (api: BackendApi, channel: string) => api.calls.filter((c) => c.channel === channel).map((c) => c.input as Record<string, unknown>);
