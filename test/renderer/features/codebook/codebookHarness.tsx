import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { Backend } from '../../../../electron/backend/app';
import type { ChannelInput, ChannelOutput, Channel } from '../../../../shared/contract';
import type { Tag } from '../../../../shared/domain/tag';
import type { BackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';

/** Calls the real backend directly (not as the renderer), for seeding and checking. */
export async function call<C extends Channel>(backend: Backend, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

export async function tagNamed(backend: Backend, name: string): Promise<Tag> {
  const found = (await call(backend, 'tags.list', {})).find((tag) => tag.name === name);
  if (!found) throw new Error(`No tag named ${name}`);
  return found;
}

/** An article with one highlight carrying `tagIds`. */
export async function seedHighlight(backend: Backend, title: string, tagIds: string[]) {
  const article = await call(backend, 'articles.create', { title, body: `${title}: the border at Torkham reopened.` });
  await call(backend, 'annotations.create', { article_id: article.id, start: 0, end: title.length, tag_ids: tagIds });
  return article;
}

/** The app on the real backend, opened at the Codebook with its tree shown. */
export async function openCodebook(backendApi: BackendApi) {
  const app = renderApp(backendApi);
  await app.user.click(screen.getByRole('button', { name: 'Codebook' }));
  const tree = await screen.findByRole('tree', { name: 'Codebook' });
  return { ...app, tree };
}

export function treeItem(name: string): HTMLElement {
  return within(screen.getByRole('tree', { name: 'Codebook' })).getByRole('treeitem', { name });
}

export function expectLastCall(backendApi: BackendApi, channel: Channel, input: unknown) {
  const last = backendApi.calls.filter((c) => c.channel === channel).at(-1);
  expect(last?.input).toEqual(input);
}
