import { act, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Statement, Suggestion } from '../../../../shared/domain/statement';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JCC_ARTICLE } from '../../../helpers/fixtures';
import type { BackendApi } from '../../helpers/backendApi';
import { dispatchOk } from '../annotate/annotateHarness';
import { createArticle, readArticle } from '../reader/readerHarness';

// jsdom's import.meta.url is not a file address, so the fixture is found from the project root.
export const JCC_BODY = readFileSync(join(process.cwd(), 'test/fixtures/shared', JCC_ARTICLE), 'utf8');

/** The shared article (published 2025-04-17) open in a reader on the real backend, statements and suggestions loaded. */
export async function openJccArticle(api: BackendApi, body = JCC_BODY) {
  const stored = await createArticle(api.backend, { title: 'JCC talks', body, published_at: '2025-04-17' });
  const reader = await readArticle(api.api, stored.id);
  await screen.findByRole('complementary', { name: 'Highlights' });
  await act(() => Promise.all([reader.store.getState().reloadAnnotations(), reader.store.getState().reloadStatements()]));
  await waitFor(() => expect(reader.store.getState().registry.loaded).toBe(true));
  return { ...reader, stored };
}

export const listStatements = (api: BackendApi, articleId: string) => dispatchOk<Statement[]>(api, 'statements.list', { article_id: articleId });
export const listSuggestions = (api: BackendApi, articleId: string) => dispatchOk<Suggestion[]>(api, 'suggestions.list', { article_id: articleId });

/** The body piece(s) of the suggestion whose quote starts with `start`. */
export function suggestionPiece(start: string): HTMLElement {
  const pieces = [...document.querySelectorAll<HTMLElement>('mark.suggestion-mark')].filter((m) => m.textContent!.startsWith(start));
  if (pieces.length === 0) throw new Error(`no suggestion mark starting “${start}”`);
  return pieces[0]!;
}
