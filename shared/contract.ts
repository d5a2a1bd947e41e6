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
import {
  Annotation,
  AnnotationCreateInput,
  AnnotationReattachInput,
  AnnotationUpdateInput,
  Orphan,
} from './domain/annotation.js';
import { Actor, ActorCreateInput, ActorId, ActorListInput, ActorMergeInput, ActorUpdateInput } from './domain/actor.js';
import {
  CompareCellInput,
  CompareCellPage,
  CompareMatrix,
  CompareMatrixInput,
  SummarySetInput,
  Timeline,
  TimelineInput,
} from './domain/compare.js';
import {
  BriefingCreateInput,
  BriefingListInput,
  BriefingNote,
  BriefingSummary,
  BriefingUpdateInput,
  BriefingWithCitations,
  Citation,
  CiteInput,
  CiteResult,
  ExportedFile,
  ExportFormat,
} from './domain/briefing.js';
import {
  AnnotationExportInput,
  BackupInfo,
  BundleExportInput,
  BundleImportInput,
  BundleImportResult,
} from './domain/exchange.js';
import { HistoryState } from './domain/history.js';
import { SideCompareInput, SideCreateInput, SideList, SideRecord, SideUpdateInput } from './domain/side.js';
import {
  Statement,
  StatementCreateInput,
  StatementUpdateInput,
  Suggestion,
  SuggestionAcceptAllInput,
  SuggestionAcceptInput,
  SuggestionRejectInput,
} from './domain/statement.js';
import { ImportFileInput, ImportFileResult, ImportFilesInput, ImportFilesResult } from './domain/importing.js';
import { ArticleNote, ArticleNoteSetInput } from './domain/note.js';
import { Tag, TagCreateInput, TagDeleteInput, TagMergeInput, TagUpdateInput } from './domain/tag.js';
import { SearchInput, SearchPage } from './domain/search.js';
import { WorkspaceInfo } from './domain/workspace.js';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'workspace.info': channel(z.object({}).strict(), WorkspaceInfo),
  'articles.create': channel(ArticleCreateInput.strict(), Article),
  'articles.list': channel(ArticleListInput.strict(), ArticleListPage),
  'articles.get': channel(z.object({ id: Id }).strict(), Article),
  /** What the reader opens an article with, in one call: the article, its highlights and its statements. */
  'articles.open': channel(
    z.object({ id: Id }).strict(),
    z.object({ article: Article, annotations: z.array(Annotation), statements: z.array(Statement) }),
  ),
  'articles.update': channel(ArticleUpdateInput, Article),
  'articles.delete': channel(z.object({ id: Id }).strict(), z.object({ id: Id, title: z.string() })),
  'articles.facets': channel(z.object({}).strict(), ArticleFacets),
  'articles.revisions': channel(z.object({ id: Id }).strict(), z.array(ArticleRevision)),
  'import.file': channel(ImportFileInput, ImportFileResult),
  'import.files': channel(ImportFilesInput, ImportFilesResult),
  'search.query': channel(SearchInput, SearchPage),
  'tags.list': channel(z.object({}).strict(), z.array(Tag)),
  'tags.create': channel(TagCreateInput, Tag),
  'tags.update': channel(TagUpdateInput, Tag),
  'tags.merge': channel(TagMergeInput, Tag),
  'tags.delete': channel(TagDeleteInput, z.object({ id: Id })),
  'annotations.create': channel(AnnotationCreateInput, Annotation),
  'annotations.list': channel(z.object({ article_id: Id }).strict(), z.array(Annotation)),
  'annotations.update': channel(AnnotationUpdateInput, Annotation),
  'annotations.delete': channel(z.object({ id: Id }).strict(), z.object({ id: Id })),
  'annotations.reattach': channel(AnnotationReattachInput, Annotation),
  'annotations.orphans': channel(z.object({}).strict(), z.array(Orphan)),
  'notes.getArticle': channel(z.object({ article_id: Id }).strict(), ArticleNote),
  'notes.setArticle': channel(ArticleNoteSetInput, ArticleNote),
  'history.state': channel(z.object({}).strict(), HistoryState),
  'history.undo': channel(z.object({}).strict(), HistoryState),
  'history.redo': channel(z.object({}).strict(), HistoryState),
  'sides.list': channel(z.object({}).strict(), SideList),
  'sides.create': channel(SideCreateInput, SideRecord),
  'sides.update': channel(SideUpdateInput, SideRecord),
  'sides.setCompared': channel(SideCompareInput, SideList),
  'actors.list': channel(ActorListInput, z.array(Actor)),
  'actors.get': channel(z.object({ id: ActorId }).strict(), Actor),
  'actors.create': channel(ActorCreateInput, Actor),
  'actors.update': channel(ActorUpdateInput, Actor),
  'actors.merge': channel(ActorMergeInput, Actor),
  'statements.create': channel(StatementCreateInput, Statement),
  'statements.update': channel(StatementUpdateInput, Statement),
  'statements.delete': channel(z.object({ id: Id }).strict(), z.object({ id: Id })),
  'statements.list': channel(z.object({ article_id: Id }).strict(), z.array(Statement)),
  'suggestions.list': channel(z.object({ article_id: Id }).strict(), z.array(Suggestion)),
  'suggestions.accept': channel(SuggestionAcceptInput, Statement),
  'suggestions.reject': channel(SuggestionRejectInput, z.object({ article_id: Id, start: z.number().int(), end: z.number().int() })),
  'suggestions.acceptAll': channel(SuggestionAcceptAllInput, z.object({ accepted: z.array(Statement) })),
  'compare.matrix': channel(CompareMatrixInput, CompareMatrix),
  'compare.cell': channel(CompareCellInput, CompareCellPage),
  'compare.timeline': channel(TimelineInput, Timeline),
  'briefings.list': channel(BriefingListInput, z.array(BriefingSummary)),
  'briefings.create': channel(BriefingCreateInput, BriefingNote),
  'briefings.get': channel(z.object({ id: Id }).strict(), BriefingWithCitations),
  'briefings.update': channel(BriefingUpdateInput, BriefingNote),
  'briefings.delete': channel(z.object({ id: Id }).strict(), z.object({ id: Id })),
  'briefings.cite': channel(CiteInput, CiteResult),
  'briefings.refreshCitation': channel(z.object({ id: Id }).strict(), Citation),
  'export.briefing': channel(z.object({ id: Id, format: ExportFormat }).strict(), ExportedFile),
  'export.annotations': channel(AnnotationExportInput, ExportedFile),
  'bundle.export': channel(BundleExportInput, ExportedFile),
  'bundle.import': channel(BundleImportInput, BundleImportResult),
  'backups.list': channel(z.object({}).strict(), z.array(BackupInfo)),
  'backups.create': channel(z.object({}).strict(), BackupInfo),
  'backups.restore': channel(z.object({ name: z.string().trim().min(1).max(255) }).strict(), z.object({ restored: z.string(), kept_aside: z.string() })),
  'compare.setSummary': channel(SummarySetInput, z.object({ topic_id: z.string(), side_id: z.string(), body: z.string() })),
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
