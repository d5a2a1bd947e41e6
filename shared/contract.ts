/**
 * The API contract: every channel the renderer, the browser host and the CLI may call, with
 * the zod schemas of its input and output. One dispatcher in electron/backend serves them all.
 * Channels are named `noun.verb`.
 */
import { z } from 'zod';
import {
  Article,
  ArticleCreateInput,
  ArticleFacets,
  ArticleListInput,
  ArticleListPage,
  ArticleRevision,
  ArticleUpdateInput,
  Id,
} from './domain/article.js';
import { ImportFileInput, ImportFileResult } from './domain/importing.js';
import { SearchInput, SearchPage } from './domain/search.js';
import { WorkspaceInfo } from './domain/workspace.js';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'workspace.info': channel(z.object({}).strict(), WorkspaceInfo),
  'articles.create': channel(ArticleCreateInput.strict(), Article),
  'articles.list': channel(ArticleListInput.strict(), ArticleListPage),
  'articles.get': channel(z.object({ id: Id }).strict(), Article),
  'articles.update': channel(ArticleUpdateInput, Article),
  'articles.delete': channel(z.object({ id: Id }).strict(), z.object({ id: Id, title: z.string() })),
  'articles.facets': channel(z.object({}).strict(), ArticleFacets),
  'articles.revisions': channel(z.object({ id: Id }).strict(), z.array(ArticleRevision)),
  'import.file': channel(ImportFileInput, ImportFileResult),
  'search.query': channel(SearchInput, SearchPage),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
