import type { StateCreator } from 'zustand/vanilla';
import type { ChannelInput } from '../../shared/contract';
import type { Actor } from '../../shared/domain/actor';
import type { SideRecord } from '../../shared/domain/side';
import type { Statement, Suggestion } from '../../shared/domain/statement';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';
import { handOver } from './handOver';

/** What the toolbar's Statement section holds: the fields of a statement, as the analyst set them. */
export interface StatementDraft {
  actor_id: string | null;
  /** The speaker as typed, when they are not in the registry. */
  speaker_text: string | null;
  side_id: string | null;
  kind: Statement['kind'];
  stance: Statement['stance'];
  /** Empty: the backend's default (a day named near the quote, else the article's date). */
  said_on: string | null;
  responds_to: string | null;
}

/** A suggestion's identity: its span (suggestions have no id until accepted). */
export const suggestionKey = (s: Pick<Suggestion, 'start' | 'end'>) => `${s.start}-${s.end}`;

export interface StatementsState {
  articleId: string | null;
  /** The open article's statements, in text order. */
  statements: Statement[];
  /** Its pending suggestions, in text order. */
  suggestions: Suggestion[];
  loaded: boolean;
  error: string | null;
  /** What just happened ("Suggestion accepted."), for a polite live region. */
  announcement: string;
  /** The suggestion the reader should put focus on once it is drawn (after an accept or reject). */
  focusKey: string | null;
  /** Topic tags given to suggestions accepted with Enter or "Accept all" (number keys toggle them). */
  acceptTagIds: string[];
  minConfidence: number;
  /** The suggestion the highlight toolbar is open for, to edit before accepting. */
  accepting: Suggestion | null;
}

export interface RegistryState {
  actors: Actor[];
  sides: SideRecord[];
  /** The two sides the comparison shows (left, right). */
  compared: [string, string] | null;
  loaded: boolean;
  error: string | null;
}

export interface StatementSlice {
  statements: StatementsState;
  registry: RegistryState;
  /** Loads the statements and suggestions of the article the reader opened. */
  loadStatements(articleId: string): Promise<void>;
  /** The statements that came with the article the reader opened: the next loadStatements of it shows them instead of asking again. */
  handOverStatements(articleId: string, statements: Statement[]): void;
  reloadStatements(): Promise<void>;
  /**
   * Saves the highlight the toolbar is open for and then its statement (created, updated, or
   * removed when `draft` is null). A failed statement leaves the toolbar open on the saved highlight.
   */
  saveHighlightAndStatement(highlight: Parameters<AppState['saveHighlight']>[0], draft: StatementDraft | null): Promise<boolean>;
  acceptSuggestion(suggestion: Suggestion, overrides?: Partial<StatementDraft> & { tag_ids?: string[] }): Promise<boolean>;
  rejectSuggestion(suggestion: Suggestion): Promise<void>;
  acceptAllSuggestions(): Promise<void>;
  /** Opens the highlight toolbar on a suggestion, to change speaker, side or tags before accepting. */
  editSuggestion(suggestion: Suggestion): void;
  toggleAcceptTag(tagId: string): void;
  setMinConfidence(value: number): void;
  /** The reader calls this once it has put focus where `focusKey` asked. */
  clearSuggestionFocus(): void;
  loadRegistry(): Promise<void>;
  /** Each registry change below throws the backend's error for its dialog or field to show. */
  createActor(input: ChannelInput<'actors.create'>): Promise<Actor>;
  updateActor(input: ChannelInput<'actors.update'>): Promise<Actor>;
  mergeActors(from: string, into: string): Promise<Actor>;
  createSide(input: ChannelInput<'sides.create'>): Promise<SideRecord>;
  updateSide(input: ChannelInput<'sides.update'>): Promise<SideRecord>;
  setComparedSides(compared: [string, string]): Promise<void>;
}

const MAX_RECENT = 9;

/** The statement fields of a create or accept: an empty date is left out so the backend fills it. */
function statementFields(draft: StatementDraft) {
  const { said_on, ...rest } = draft;
  return said_on ? { ...rest, said_on } : rest;
}

export const createStatementSlice =
  (api: Api): StateCreator<AppState, [], [], StatementSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<StatementsState>) => set((state) => ({ statements: { ...state.statements, ...change } }));
    const patchRegistry = (change: Partial<RegistryState>) => set((state) => ({ registry: { ...state.registry, ...change } }));
    const current = () => get().statements;
    let latest = 0;
    const handedOver = handOver<Statement[]>();

    async function loadLists(articleId: string) {
      const mine = ++latest;
      const given = handedOver.take(articleId);
      try {
        const [statements, suggestions] = await Promise.all([
          given ?? api.invoke('statements.list', { article_id: articleId }),
          api.invoke('suggestions.list', { article_id: articleId }),
        ]);
        if (mine !== latest || current().articleId !== articleId) return;
        patch({ statements, suggestions, loaded: true, error: null });
      } catch (error) {
        if (mine === latest) patch({ error: errorMessage(error) });
      }
    }

    async function reloadStatements() {
      handedOver.drop(); // whatever changed may have changed them too
      const { articleId } = current();
      if (articleId) await loadLists(articleId);
    }

    // The toolbar closed: it is no longer open for a suggestion.
    store.subscribe((state, previous) => {
      if (previous.annotate.editor && !state.annotate.editor && state.statements.accepting) patch({ accepting: null });
    });

    // An undo or redo, or a highlight deleted (its statement goes with it), changes what we show.
    // recordChange tells the history (and so the highlights, tags and actor counts) about a change of ours.
    const recordChange = followHistory(store, (state) => {
      void reloadStatements();
      if (state.registry.loaded) void loadActors();
    });

    /** The suggestion after `s` in text order (else the one before), to put focus on next. */
    function neighbourKey(s: Suggestion): string | null {
      const list = current().suggestions;
      const at = list.findIndex((x) => suggestionKey(x) === suggestionKey(s));
      const next = list[at + 1] ?? list[at - 1];
      return next ? suggestionKey(next) : null;
    }

    /** The tags just used come first among the toolbar's recent tags (number keys). */
    function rememberTags(tagIds: readonly string[]) {
      if (tagIds.length === 0) return;
      set((state) => ({
        annotate: { ...state.annotate, recentTagIds: [...new Set([...tagIds, ...state.annotate.recentTagIds])].slice(0, MAX_RECENT) },
      }));
    }

    async function changed(announcement: string, focusKey: string | null) {
      patch({ announcement, focusKey });
      await recordChange();
      await Promise.all([reloadStatements(), get().reloadAnnotations()]);
    }

    async function loadActors() {
      try {
        patchRegistry({ actors: await api.invoke('actors.list', {}), error: null });
      } catch (error) {
        patchRegistry({ error: errorMessage(error) });
      }
    }

    async function loadSides() {
      const { sides, compared } = await api.invoke('sides.list', {});
      patchRegistry({ sides, compared });
    }

    /** Statement counts and merged actors show in several places: reload after each registry change. */
    async function registryChanged<T>(result: T): Promise<T> {
      await Promise.all([loadActors(), loadSides().catch((error: unknown) => patchRegistry({ error: errorMessage(error) }))]);
      return result;
    }

    async function saveStatement(annotationId: string, draft: StatementDraft | null) {
      const existing = current().statements.find((s) => s.annotation_id === annotationId);
      if (draft && existing) await api.invoke('statements.update', { id: existing.id, ...draft });
      else if (draft) await api.invoke('statements.create', { annotation_id: annotationId, ...statementFields(draft) });
      else if (existing) await api.invoke('statements.delete', { id: existing.id });
    }

    /** Stores a suggestion as a highlight and statement; null (and the error shown) when refused. */
    async function accept(suggestion: Suggestion, overrides: Partial<StatementDraft> & { tag_ids?: string[] }) {
      const { articleId, acceptTagIds } = current();
      if (!articleId) return null;
      const { tag_ids = acceptTagIds, ...fields } = overrides;
      const draft: StatementDraft = {
        actor_id: suggestion.actor_id,
        speaker_text: suggestion.actor_id ? null : suggestion.speaker_mention,
        side_id: suggestion.side_id,
        kind: suggestion.kind,
        stance: null,
        said_on: null,
        responds_to: null,
        ...fields,
      };
      if (!draft.actor_id && !draft.speaker_text) {
        patch({ error: 'This suggestion has no speaker: press E to name one before accepting.' });
        return null;
      }
      // Accepting makes a new statement, which cannot yet respond to anything: that is set afterwards.
      const { responds_to: _later, ...fieldsToStore } = statementFields(draft) as StatementDraft;
      const focusKey = neighbourKey(suggestion);
      try {
        const statement = await api.invoke('suggestions.accept', {
          article_id: articleId,
          start: suggestion.start,
          end: suggestion.end,
          tag_ids,
          ...fieldsToStore,
        });
        rememberTags(tag_ids);
        patch({ accepting: null, error: null });
        return { ...statement, focusKey };
      } catch (error) {
        patch({ error: errorMessage(error) });
        return null;
      }
    }

    return {
      statements: {
        articleId: null,
        statements: [],
        suggestions: [],
        loaded: false,
        error: null,
        announcement: '',
        focusKey: null,
        acceptTagIds: [],
        minConfidence: 0.8,
        accepting: null,
      },
      registry: { actors: [], sides: [], compared: null, loaded: false, error: null },

      async loadStatements(articleId) {
        patch({ articleId, statements: [], suggestions: [], loaded: false, error: null, focusKey: null, accepting: null, announcement: '' });
        if (!get().registry.loaded) void get().loadRegistry();
        await loadLists(articleId);
      },
      handOverStatements: handedOver.give,
      reloadStatements,

      async saveHighlightAndStatement(highlight, draft) {
        const { editor } = get().annotate;
        if (!editor) return false;
        const accepting = current().accepting;
        if (accepting && editor.kind === 'create' && draft) {
          const made = await accept(accepting, { ...draft, tag_ids: highlight.tag_ids });
          if (!made) {
            set((state) => ({ annotate: { ...state.annotate, editorError: current().error } }));
            return false;
          }
          get().closeEditor();
          // A note or colour given while accepting goes onto the highlight the accept made.
          if (highlight.note.trim() || highlight.colour) {
            await api.invoke('annotations.update', { id: made.annotation_id, note: highlight.note, colour: highlight.colour }).catch((error: unknown) =>
              patch({ error: `Accepted, but the note or colour was not saved: ${errorMessage(error)}` }),
            );
          }
          await changed(`Accepted: ${made.speaker}.`, made.focusKey);
          return true;
        }
        if (!(await get().saveHighlight(highlight))) return false;
        const annotationId = editor.kind === 'edit' ? editor.id : get().annotate.selectedId;
        const before = current().statements.find((s) => s.annotation_id === annotationId);
        if (!annotationId || (!draft && !before)) return true;
        try {
          await saveStatement(annotationId, draft);
        } catch (error) {
          // The highlight is saved: reopen the toolbar on it so a retry does not make a second one.
          get().openEditor({ kind: 'edit', id: annotationId });
          set((state) => ({ annotate: { ...state.annotate, editorError: `The highlight was saved, but not its statement: ${errorMessage(error)}` } }));
          return false;
        }
        await changed(draft ? (before ? 'Statement updated.' : 'Statement saved.') : 'Statement removed; the highlight stays.', null);
        return true;
      },

      async acceptSuggestion(suggestion, overrides = {}) {
        const made = await accept(suggestion, overrides);
        if (made) await changed(`Accepted: ${made.speaker}.`, made.focusKey);
        return made !== null;
      },

      async rejectSuggestion(suggestion) {
        const { articleId } = current();
        if (!articleId) return;
        const focusKey = neighbourKey(suggestion);
        try {
          await api.invoke('suggestions.reject', { article_id: articleId, start: suggestion.start, end: suggestion.end });
        } catch (error) {
          patch({ error: errorMessage(error) });
          return;
        }
        patch({ error: null });
        await changed('Suggestion rejected.', focusKey);
      },

      async acceptAllSuggestions() {
        const { articleId, minConfidence, acceptTagIds } = current();
        if (!articleId) return;
        try {
          const { accepted } = await api.invoke('suggestions.acceptAll', { article_id: articleId, min_confidence: minConfidence, tag_ids: acceptTagIds });
          rememberTags(acceptTagIds);
          patch({ error: null });
          const n = accepted.length;
          await changed(n === 0 ? 'No suggestion was that confident.' : `Accepted ${n} suggestion${n === 1 ? '' : 's'}.`, null);
        } catch (error) {
          patch({ error: errorMessage(error) });
        }
      },

      editSuggestion(suggestion) {
        patch({ accepting: suggestion });
        get().setSelection({ start: suggestion.start, end: suggestion.end });
        get().openEditor({ kind: 'create', start: suggestion.start, end: suggestion.end });
      },
      toggleAcceptTag(tagId) {
        const now = current().acceptTagIds;
        patch({ acceptTagIds: now.includes(tagId) ? now.filter((t) => t !== tagId) : [...now, tagId] });
      },
      setMinConfidence(value) {
        patch({ minConfidence: Math.min(1, Math.max(0, value)) });
      },
      clearSuggestionFocus() {
        patch({ focusKey: null });
      },

      async loadRegistry() {
        try {
          await Promise.all([loadSides(), loadActors()]);
          patchRegistry({ loaded: true });
        } catch (error) {
          patchRegistry({ error: errorMessage(error) });
        }
      },
      createActor: async (input) => registryChanged(await api.invoke('actors.create', input)),
      updateActor: async (input) => registryChanged(await api.invoke('actors.update', input)),
      async mergeActors(from, into) {
        const merged = await registryChanged(await api.invoke('actors.merge', { from, into }));
        await recordChange();
        await reloadStatements();
        return merged;
      },
      createSide: async (input) => registryChanged(await api.invoke('sides.create', input)),
      updateSide: async (input) => registryChanged(await api.invoke('sides.update', input)),
      async setComparedSides(compared) {
        const { sides, compared: now } = await api.invoke('sides.setCompared', { compared });
        patchRegistry({ sides, compared: now });
      },
    };
  };
