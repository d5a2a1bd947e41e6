import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { buildDocument } from '../../../shared/briefing/buildDocument.js';
import { citationToken, withoutTokens } from '../../../shared/briefing/citationTokens.js';
import type { BriefingDocument } from '../../../shared/briefing/document.js';
import {
  type BriefingCreateInput,
  type BriefingListInput,
  type BriefingNote,
  type BriefingSummary,
  type BriefingUpdateInput,
  type Citation,
  ComparisonSnapshot,
  type CiteInput,
  QuoteSnapshot,
} from '../../../shared/domain/briefing.js';
import { parseSearchQuery, SearchQueryError, toFtsMatch } from '../../../shared/search/query.js';
import { AppError } from '../errors.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { briefingRepo, type BriefingRepo, type CitationRow } from '../repos/briefingRepo.js';
import { compareRepo } from '../repos/compareRepo.js';
import { sideRepo } from '../repos/sideRepo.js';
import { citationService, type CitationService } from './citationService.js';
import { compareService } from './compareService.js';

const EXCERPT_LENGTH = 200;

/** A plain one-line excerpt: no tokens, no Markdown marks, at most EXCERPT_LENGTH characters. */
function excerptOf(text: string): string {
  const flat = withoutTokens(text)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

function ftsMatch(query: string): string {
  try {
    return toFtsMatch(parseSearchQuery(query));
  } catch (error) {
    if (error instanceof SearchQueryError) throw new AppError('invalid_input', error.message, 'query');
    throw error;
  }
}

/** Briefing notes: the analyst's Markdown, its header, and the citations it holds. */
export function briefingService(repo: BriefingRepo, citations: CitationService) {
  function mustGet(id: string, field = 'id'): BriefingNote {
    const note = repo.get(id);
    if (!note) throw new AppError('not_found', `No briefing note with id ${id}.`, field);
    return note;
  }

  /** A stored citation with its status now. */
  function withStatus(row: CitationRow): Citation {
    const base = { id: row.id, note_id: row.note_id, created_at: row.created_at };
    if (row.kind === 'compare') {
      const snapshot = ComparisonSnapshot.parse(JSON.parse(row.snapshot));
      return { ...base, kind: 'compare', target: { type: 'topic', id: row.target_id }, snapshot, status: citations.comparisonStatus(snapshot) };
    }
    const target = { type: row.target_type as 'statement' | 'annotation', id: row.target_id };
    const snapshot = QuoteSnapshot.parse(JSON.parse(row.snapshot));
    return { ...base, kind: 'quote', target, snapshot, status: citations.quoteStatus(target, snapshot) };
  }

  function get(id: string): { note: BriefingNote; citations: Citation[] } {
    const note = mustGet(id);
    return { note, citations: repo.citations(id).map(withStatus) };
  }

  return {
    get,

    list({ query }: z.output<typeof BriefingListInput>): BriefingSummary[] {
      const rows = query ? repo.search(ftsMatch(query)) : repo.list();
      return rows.map(({ body, snippet, ...note }) => ({ ...note, excerpt: excerptOf(snippet ?? body) }));
    },

    create(input: z.output<typeof BriefingCreateInput>, now = new Date()): BriefingNote {
      const at = now.toISOString();
      const note: BriefingNote = {
        id: randomUUID(),
        title: input.title,
        body: '',
        author: input.author,
        caveat: input.caveat,
        note_date: (input.note_date ?? at).slice(0, 10),
        created_at: at,
        updated_at: at,
      };
      repo.insert(note);
      return note;
    },

    /** The autosave: writes only when a field differs, so an unchanged save is no undo step. */
    update({ id, ...changes }: z.output<typeof BriefingUpdateInput>, now = new Date()): BriefingNote {
      const current = mustGet(id);
      const next = {
        ...current,
        ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
      } as BriefingNote;
      next.note_date = next.note_date.slice(0, 10);
      const changed = (['title', 'body', 'author', 'caveat', 'note_date'] as const).some((key) => next[key] !== current[key]);
      if (!changed) return current;
      repo.update({ ...next, updated_at: now.toISOString() });
      return mustGet(id);
    },

    delete(id: string): { id: string } {
      mustGet(id);
      repo.delete(id);
      return { id };
    },

    /** Snapshots the statement, highlight or comparison; the token goes where the cursor is. */
    cite(input: z.output<typeof CiteInput>, now = new Date()): { citation: Citation; token: string } {
      mustGet(input.note_id, 'note_id');
      const id = randomUUID();
      const row: CitationRow =
        input.kind === 'quote'
          ? {
              id, note_id: input.note_id, kind: 'quote', target_type: input.target.type, target_id: input.target.id,
              snapshot: JSON.stringify(citations.quote(input.target)), created_at: now.toISOString(),
            }
          : {
              id, note_id: input.note_id, kind: 'compare', target_type: 'topic', target_id: input.topic_id,
              snapshot: JSON.stringify(citations.comparison(input)), created_at: now.toISOString(),
            };
      repo.insertCitation(row);
      return { citation: withStatus(row), token: citationToken(row.kind, id) };
    },

    /** The analyst's "update to the current version": re-snapshots; a deleted quotation is refused. */
    refreshCitation(id: string): Citation {
      const row = repo.citation(id);
      if (!row) throw new AppError('not_found', `No citation with id ${id}.`, 'id');
      let snapshot: unknown;
      if (row.kind === 'compare') {
        snapshot = citations.refreshedComparison(ComparisonSnapshot.parse(JSON.parse(row.snapshot)));
      } else {
        const target = { type: row.target_type as 'statement' | 'annotation', id: row.target_id };
        snapshot = citations.currentQuote(target);
        if (!snapshot) {
          const what = target.type === 'statement' ? 'statement' : 'highlight';
          throw new AppError('conflict', `The cited ${what} has been deleted; the citation keeps the text as it was cited.`, 'id');
        }
      }
      repo.setSnapshot(id, JSON.stringify(snapshot));
      return withStatus(repo.citation(id)!);
    },

    /** The note laid out for the export writers. */
    buildBriefingDocument(noteId: string): BriefingDocument {
      return buildDocument(get(noteId));
    },
  };
}
export type BriefingService = ReturnType<typeof briefingService>;

/** The service wired to a workspace's connection (the handlers and the exports share it). */
export function briefingServiceFor(db: Database.Database): BriefingService {
  const compare = compareRepo(db);
  const citations = citationService({
    compare,
    compareService: compareService(compare),
    annotations: annotationRepo(db),
    articles: articleRepo(db),
    sides: sideRepo(db),
  });
  return briefingService(briefingRepo(db), citations);
}

/** A note as a BriefingDocument, for the export writers: every citation with its status now. */
export function buildBriefingDocument(db: Database.Database, noteId: string): BriefingDocument {
  return briefingServiceFor(db).buildBriefingDocument(noteId);
}
