import { parseSearchQuery, SearchQueryError, toFtsColumnMatch, toFtsMatch } from '../../../shared/search/query.js';
import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import { searchRepo } from '../repos/searchRepo.js';
import type { Workspace } from '../workspace.js';

function parseQuery(query: string) {
  try {
    return parseSearchQuery(query);
  } catch (error) {
    if (error instanceof SearchQueryError) throw new AppError('invalid_input', error.message, 'query');
    throw error;
  }
}

export function searchHandlers(workspace: Workspace): HandlerGroup<'search.query'> {
  const repo = searchRepo(workspace.db);
  return {
    'search.query': ({ query, filters, offset, limit }) => {
      const parsed = parseQuery(query);
      return repo.search({ match: toFtsMatch(parsed), titleMatch: toFtsColumnMatch(parsed, 'title'), filters, offset, limit });
    },
  };
}
