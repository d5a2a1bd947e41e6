import { act, screen } from '@testing-library/react';
import { domPointAt } from '../../../../renderer/features/annotate/bodyOffsets';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Tag } from '../../../../shared/domain/tag';
import type { BackendApi } from '../../helpers/backendApi';
import { createArticle, readArticle } from '../reader/readerHarness';

export const BODY =
  'Pakistan and Afghanistan agreed to reopen the Torkham crossing after talks in Kabul.\n\n' +
  'The Joint Coordination Committee will meet again next month.\n\n' +
  'Traders welcomed the decision.';

/** The article in a reader on the real backend, with its highlights, tags and note loaded. */
export async function openAnnotatedArticle(api: BackendApi, body = BODY) {
  const stored = await createArticle(api.backend, { title: 'Talks', body });
  const reader = await readArticle(api.api, stored.id);
  await screen.findByRole('complementary', { name: 'Highlights' });
  await act(() => reader.store.getState().reloadAnnotations());
  return { ...reader, stored };
}

/** Selects `phrase` (its `nth` occurrence) in the body as a drag would, and lets the reader see it. */
export function selectPhrase(phrase: string, body = BODY, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = body.indexOf(phrase, at + 1);
  const container = document.querySelector<HTMLElement>('.annotated-body')!;
  const from = domPointAt(container, at)!;
  const to = domPointAt(container, at + phrase.length)!;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  act(() => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
  return { start: at, end: at + phrase.length };
}

export async function dispatchOk<T>(api: BackendApi, channel: Parameters<BackendApi['backend']['dispatch']>[0], input: unknown): Promise<T> {
  const result = await api.backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

export const listAnnotations = (api: BackendApi, articleId: string) =>
  dispatchOk<Annotation[]>(api, 'annotations.list', { article_id: articleId });

export async function tagNamed(api: BackendApi, name: string): Promise<Tag> {
  const tags = await dispatchOk<Tag[]>(api, 'tags.list', {});
  const tag = tags.find((t) => t.name === name);
  if (!tag) throw new Error(`no tag named ${name} in ${tags.map((t) => t.name).join(', ')}`);
  return tag;
}
