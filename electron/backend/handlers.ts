import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.js';
import { annotationHandlers } from './handlers/annotationHandlers.js';
import { articleHandlers } from './handlers/articleHandlers.js';
import { briefingHandlers } from './handlers/briefingHandlers.js';
import { compareHandlers } from './handlers/compareHandlers.js';
import { exchangeHandlers } from './handlers/exchangeHandlers.js';
import { historyHandlers } from './handlers/historyHandlers.js';
import { importHandlers } from './handlers/importHandlers.js';
import { noteHandlers } from './handlers/noteHandlers.js';
import { searchHandlers } from './handlers/searchHandlers.js';
import { statementHandlers } from './handlers/statementHandlers.js';
import { tagHandlers } from './handlers/tagHandlers.js';
import { workspaceHandlers } from './handlers/workspaceHandlers.js';
import type { DocumentExportOptions } from './export/exportDocument.js';
import type { Workspace } from './workspace.js';

/** A handler that runs wholly inside the transaction the dispatcher opens. */
export type TransactionalHandler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C>;

/**
 * A handler with slow read-only work first (parsing a file): `prepare` runs outside any
 * transaction and returns the commit, which the dispatcher runs inside one.
 */
export interface StagedHandler<C extends Channel> {
  readonly staged: true;
  prepare(input: ParsedInput<C>): Promise<() => ChannelOutput<C>>;
}

export function staged<C extends Channel>(prepare: StagedHandler<C>['prepare']): StagedHandler<C> {
  return { staged: true, prepare };
}

export function isStaged<C extends Channel>(
  handler: TransactionalHandler<C> | StagedHandler<C>,
): handler is StagedHandler<C> {
  return typeof handler === 'object' && handler.staged;
}

/** One handler per channel. */
export type Handlers = { [C in Channel]: TransactionalHandler<C> | StagedHandler<C> };

/** Handlers for some of the channels: each area of the backend supplies its own group. */
export type HandlerGroup<C extends Channel> = Pick<Handlers, C>;

export function createHandlers(workspace: Workspace, exports: DocumentExportOptions): Handlers {
  return {
    ...workspaceHandlers(workspace),
    ...articleHandlers(workspace),
    ...importHandlers(workspace),
    ...searchHandlers(workspace),
    ...annotationHandlers(workspace),
    ...tagHandlers(workspace),
    ...noteHandlers(workspace),
    ...historyHandlers(workspace),
    ...statementHandlers(workspace),
    ...compareHandlers(workspace),
    ...briefingHandlers(workspace, exports),
    ...exchangeHandlers(workspace),
  };
}
