import type { StateCreator } from 'zustand/vanilla';
import type { CompareFilters, CompareMatrix, ComparedStatement } from '../../shared/domain/compare';
import type { Actor } from '../../shared/domain/actor';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';
import { keepUnchanged } from './keepUnchanged';

export type TimelineBucket = 'week' | 'month';

/** Calendar dates, both included. */
export interface DateSpan {
  from: string;
  to: string;
}

export interface TimelinePoint {
  period: string;
  side_id: string;
  count: number;
}

export interface CompareState {
  /** What the filter bar narrows to. */
  filters: CompareFilters;
  /** The span chosen on the timeline; it narrows the matrix (not the timeline) further. */
  span: DateSpan | null;
  bucket: TimelineBucket;
  matrix: CompareMatrix | null;
  timeline: TimelinePoint[] | null;
  loading: boolean;
  error: string | null;
  timelineError: string | null;
  /** Statements fetched with "Show more", after a cell's first ones, by cellKey. */
  more: Record<string, ComparedStatement[]>;
  /** The workspace's outlets, for the outlet filter; null until first loaded. */
  outlets: string[] | null;
  /** Actors matching the speaker filter's latest search; null before any search answered. */
  speakerMatches: Actor[] | null;
}

export interface CompareSlice {
  compare: CompareState;
  /** Loads the sides, the matrix and the timeline (entering the room does); joins a load under way. */
  loadCompare(): Promise<void>;
  setCompareFilters(filters: CompareFilters): Promise<void>;
  /** Loads the matrix and the timeline again (e.g. after the compared sides changed). */
  reloadCompare(): Promise<void>;
  setTimelineBucket(bucket: TimelineBucket): Promise<void>;
  /** Null clears the span. */
  setTimelineSpan(span: DateSpan | null): Promise<void>;
  /** Fetches the next page of a cell's statements. */
  showMoreStatements(topicId: string, sideId: string): Promise<void>;
  /** Stores a side's summary on a topic; throws the backend's error for the field to show. */
  saveSummary(topicId: string, sideId: string, body: string): Promise<void>;
  /** Opens the statement's article in the reader at its highlight. */
  openStatement(statement: ComparedStatement): Promise<void>;
  /** Looks up actors for the speaker filter (a blank query lists them all). */
  findSpeakers(query: string): Promise<void>;
  /** Loads the workspace's outlets again (the outlet filter does as it opens). */
  loadOutlets(): Promise<void>;
}

/** Statements a cell shows before "Show more"; few, so the matrix stays cheap at any size. */
export const PER_CELL = 5;
/** Statements each "Show more" fetches. */
export const MORE_PAGE = 20;

export const cellKey = (topicId: string, sideId: string) => `${topicId}\u0000${sideId}`;

/** The filters without blanks (empty lists, blank text), as the backend should see them. */
export function cleanFilters(filters: CompareFilters): CompareFilters {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== undefined) {
      clean[key] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return clean as CompareFilters;
}

/** The filter bar's filters narrowed by the timeline's span (the later start, the earlier end). */
export function matrixFilters({ filters, span }: Pick<CompareState, 'filters' | 'span'>): CompareFilters {
  const clean = cleanFilters(filters);
  if (!span) return clean;
  const from = clean.from && clean.from > span.from ? clean.from : span.from;
  const to = clean.to && clean.to < span.to ? clean.to : span.to;
  return { ...clean, from, to };
}

export const createCompareSlice =
  (api: Api): StateCreator<AppState, [], [], CompareSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<CompareState>) => set((state) => ({ compare: { ...state.compare, ...change } }));
    const current = () => get().compare;
    let latestMatrix = 0;
    let latestTimeline = 0;

    /** The sides and which two are compared live in the registry (statementSlice); before it loads, the backend chooses. */
    const shownSides = () => get().registry.compared ?? current().matrix?.sides;

    async function loadMatrix() {
      const mine = ++latestMatrix;
      patch({ loading: true, error: null });
      try {
        const sides = shownSides();
        const matrix = await api.invoke('compare.matrix', {
          ...(sides ? { sides } : {}),
          filters: matrixFilters(current()),
          per_cell: PER_CELL,
        });
        // What did not change keeps its objects, so only the changed parts of the screen draw again.
        if (mine === latestMatrix) {
          const { matrix: shown, more } = current();
          patch({ matrix: keepUnchanged(shown, matrix), more: Object.keys(more).length > 0 ? {} : more, loading: false });
        }
      } catch (error) {
        if (mine === latestMatrix) patch({ loading: false, error: errorMessage(error) });
      }
    }

    async function loadTimeline() {
      const mine = ++latestTimeline;
      try {
        const sides = shownSides();
        const timeline = await api.invoke('compare.timeline', {
          ...(sides ? { sides } : {}),
          filters: cleanFilters(current().filters),
          bucket: current().bucket,
        });
        if (mine === latestTimeline) patch({ timeline: keepUnchanged(current().timeline, timeline.points), timelineError: null });
      } catch (error) {
        if (mine === latestTimeline) patch({ timelineError: errorMessage(error) });
      }
    }

    async function loadOutlets() {
      try {
        const facets = await api.invoke('articles.facets', {});
        patch({ outlets: keepUnchanged(current().outlets, facets.outlets.map((o) => o.value)) });
      } catch {
        // Without the list, the outlet filter offers only what is already chosen.
      }
    }

    let latestSpeakers = 0;

    const reload = async () => void (await Promise.all([loadMatrix(), loadTimeline()]));

    // A statement recorded in the reader, or an undo, changes what the comparison shows.
    followHistory(store, () => void reload(), { when: (state) => state.room === 'compare' && state.compare.matrix !== null });

    /** The load under way, which a second call joins instead of asking the backend twice. */
    let loading: Promise<void> | null = null;
    async function load() {
      if (!get().registry.loaded) await get().loadRegistry();
      // The outlets are a corpus-wide aggregate: loaded once here, and again as their filter opens.
      await Promise.all([reload(), current().outlets === null ? loadOutlets() : undefined]);
    }

    // Entering the room starts its load at once, so the backend works while React draws the room.
    store.subscribe((state, previous) => {
      if (state.room === 'compare' && previous.room !== 'compare') void get().loadCompare();
    });

    return {
      compare: {
        filters: {},
        span: null,
        bucket: 'month',
        matrix: null,
        timeline: null,
        loading: false,
        error: null,
        timelineError: null,
        more: {},
        outlets: null,
        speakerMatches: null,
      },
      loadCompare() {
        loading ??= load().finally(() => (loading = null));
        return loading;
      },
      reloadCompare: reload,
      async setCompareFilters(filters) {
        patch({ filters });
        await reload();
      },
      async setTimelineBucket(bucket) {
        patch({ bucket });
        await loadTimeline();
      },
      async setTimelineSpan(span) {
        patch({ span });
        await loadMatrix();
      },
      async showMoreStatements(topicId, sideId) {
        const { matrix, more } = current();
        const cell = matrix?.rows.find((r) => r.topic_id === topicId)?.cells.find((c) => c.side_id === sideId);
        if (!matrix || !cell) return;
        const key = cellKey(topicId, sideId);
        const shown = cell.statements.length + (more[key]?.length ?? 0);
        const shownMatrix = matrix;
        try {
          const page = await api.invoke('compare.cell', {
            topic_id: topicId,
            side_id: sideId,
            filters: matrixFilters(current()),
            offset: shown,
            limit: MORE_PAGE,
          });
          // A new matrix (other filters) makes this page stale.
          if (current().matrix !== shownMatrix) return;
          patch({ more: { ...current().more, [key]: [...(current().more[key] ?? []), ...page.statements] } });
        } catch (error) {
          patch({ error: errorMessage(error) });
        }
      },
      async saveSummary(topicId, sideId, body) {
        await api.invoke('compare.setSummary', { topic_id: topicId, side_id: sideId, body });
        const { matrix } = current();
        if (!matrix) return;
        const rows = matrix.rows.map((row) =>
          row.topic_id !== topicId
            ? row
            : { ...row, cells: row.cells.map((cell) => (cell.side_id === sideId ? { ...cell, summary: body } : cell)) },
        );
        patch({ matrix: { ...matrix, rows } });
      },
      async findSpeakers(query) {
        const mine = ++latestSpeakers;
        try {
          const actors = await api.invoke('actors.list', query.trim() ? { query: query.trim() } : {});
          if (mine === latestSpeakers) patch({ speakerMatches: actors });
        } catch (error) {
          if (mine === latestSpeakers) patch({ speakerMatches: [], error: errorMessage(error) });
        }
      },
      loadOutlets,
      openStatement: (statement) => get().openArticle(statement.article_id, { annotationId: statement.annotation_id }),
    };
  };
