import type { StateCreator } from 'zustand/vanilla';
import type { Annotation } from '../../shared/domain/annotation';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';
import { handOver } from './handOver';

/** A span of the body, in UTF-16 offsets. */
export interface BodySelection {
  start: number;
  end: number;
}

/** What the highlight toolbar is open for: new text, or an existing highlight. */
export type EditorTarget = { kind: 'create'; start: number; end: number } | { kind: 'edit'; id: string };

export interface HighlightDraft {
  tag_ids: string[];
  note: string;
  /** Null: the first tag's colour. */
  colour: string | null;
}

export type NoteStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export interface AnnotateState {
  articleId: string | null;
  /** In text order, orphans last (as the backend lists them). */
  annotations: Annotation[];
  loaded: boolean;
  error: string | null;
  /** The text selected in the body now, if any. */
  selection: BodySelection | null;
  editor: EditorTarget | null;
  /** Why the toolbar's last save failed; it stays open with the analyst's input. */
  editorError: string | null;
  /** The highlight the analyst clicked or chose, and the others covering the same spot. */
  selectedId: string | null;
  alsoHere: string[];
  /** Most recently applied tags first: number keys 1–9 apply them. */
  recentTagIds: string[];
  /** What just happened, for a polite live region ("Highlight deleted…"). */
  announcement: string;
  note: { body: string; status: NoteStatus; error: string | null };
}

export interface AnnotationSlice {
  annotate: AnnotateState;
  /** Loads the highlights and the note of the article the reader opened. */
  loadAnnotations(articleId: string): Promise<void>;
  /** The highlights that came with the article the reader opened: the next loadAnnotations of it shows them instead of asking again. */
  handOverAnnotations(articleId: string, annotations: Annotation[]): void;
  /** Loads them again, e.g. after an undo or redo. */
  reloadAnnotations(): Promise<void>;
  setSelection(selection: BodySelection | null): void;
  openEditor(target: EditorTarget): void;
  closeEditor(): void;
  /** Creates or updates the highlight the toolbar is open for; it closes when that worked. */
  saveHighlight(draft: HighlightDraft): Promise<boolean>;
  deleteHighlight(id: string): Promise<void>;
  /** Places a highlight (an orphan, typically) on the current selection. */
  reattachHighlight(id: string): Promise<void>;
  selectHighlight(id: string | null, alsoHere?: string[]): void;
  editArticleNote(body: string): void;
  /** Saves the note if it changed since the last save. */
  saveArticleNote(): Promise<void>;
}

const MAX_RECENT = 9;

export const createAnnotationSlice =
  (api: Api): StateCreator<AppState, [], [], AnnotationSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<AnnotateState>) => set((state) => ({ annotate: { ...state.annotate, ...change } }));
    const patchNote = (change: Partial<AnnotateState['note']>) =>
      set((state) => ({ annotate: { ...state.annotate, note: { ...state.annotate.note, ...change } } }));
    const current = () => get().annotate;
    let latestList = 0;
    const handedOver = handOver<Annotation[]>();

    function showList(annotations: Annotation[]) {
      const known = new Set(annotations.map((a) => a.id));
      const { selectedId, recentTagIds } = current();
      patch({
        annotations,
        loaded: true,
        error: null,
        selectedId: selectedId && known.has(selectedId) ? selectedId : null,
        alsoHere: current().alsoHere.filter((id) => known.has(id)),
        recentTagIds: recentTagIds.length > 0 ? recentTagIds : recentFrom(annotations),
      });
    }

    async function loadList(articleId: string) {
      const mine = ++latestList;
      try {
        const annotations = await api.invoke('annotations.list', { article_id: articleId });
        if (mine === latestList && current().articleId === articleId) showList(annotations);
      } catch (error) {
        if (mine === latestList) patch({ error: errorMessage(error) });
      }
    }

    /** Shows the highlights that came with the opened article (once), else asks for them. */
    async function firstList(articleId: string) {
      const given = handedOver.take(articleId);
      if (!given) return loadList(articleId);
      latestList++; // a list still on its way is older than these
      showList(given);
    }

    async function loadNote(articleId: string) {
      try {
        const note = await api.invoke('notes.getArticle', { article_id: articleId });
        const { status } = current().note;
        // Never replace what the analyst is typing or saving.
        if (current().articleId === articleId && status !== 'dirty' && status !== 'saving') {
          patchNote({ body: note.body, status: 'idle', error: null });
        }
      } catch (error) {
        if (current().articleId === articleId) patchNote({ status: 'error', error: errorMessage(error) });
      }
    }

    async function reloadAnnotations() {
      handedOver.drop(); // whatever changed may have changed it too
      const { articleId } = current();
      if (articleId) await Promise.all([loadList(articleId), loadNote(articleId)]);
    }

    // Undo and redo (and changes made elsewhere, like a tag merge) bump the history's counter;
    // recordChange tells the history about ours without reloading on our own account.
    const recordChange = followHistory(store, () => void reloadAnnotations());

    async function act(announcement: string, run: () => Promise<unknown>) {
      try {
        await run();
        patch({ announcement });
        await recordChange();
        const { articleId } = current();
        if (articleId) await loadList(articleId);
      } catch (error) {
        patch({ error: errorMessage(error) });
      }
    }

    return {
      annotate: { ...articleStart(null), recentTagIds: [], announcement: '' },
      async loadAnnotations(articleId) {
        patch(articleStart(articleId));
        if (!get().codebook.loaded) void get().loadTags();
        await Promise.all([firstList(articleId), loadNote(articleId)]);
      },
      handOverAnnotations: handedOver.give,
      reloadAnnotations,
      setSelection(selection) {
        const now = current().selection;
        if (now?.start === selection?.start && now?.end === selection?.end) return;
        patch({ selection });
      },
      openEditor(target) {
        patch({ editor: target, editorError: null });
      },
      closeEditor() {
        patch({ editor: null, editorError: null });
      },
      async saveHighlight(draft) {
        const { editor, articleId } = current();
        if (!editor || !articleId) return false;
        try {
          if (editor.kind === 'create') {
            const made = await api.invoke('annotations.create', { article_id: articleId, start: editor.start, end: editor.end, ...draft });
            patch({ selectedId: made.id, selection: null });
          } else {
            await api.invoke('annotations.update', { id: editor.id, ...draft });
          }
        } catch (error) {
          patch({ editorError: errorMessage(error) });
          return false;
        }
        const recent = [...new Set([...draft.tag_ids, ...current().recentTagIds])].slice(0, MAX_RECENT);
        patch({
          editor: null,
          editorError: null,
          recentTagIds: recent,
          announcement: editor.kind === 'create' ? 'Highlight saved.' : 'Highlight updated.',
        });
        await recordChange();
        await loadList(articleId);
        return true;
      },
      deleteHighlight: (id) =>
        act('Highlight deleted. Undo brings it back (Ctrl+Z).', () => api.invoke('annotations.delete', { id })),
      async reattachHighlight(id) {
        const { selection } = current();
        if (!selection) return;
        await act('Highlight re-attached to the selected text.', () => api.invoke('annotations.reattach', { id, ...selection }));
      },
      selectHighlight(id, alsoHere = []) {
        patch({ selectedId: id, alsoHere });
      },
      editArticleNote(body) {
        patchNote({ body, status: 'dirty', error: null });
      },
      async saveArticleNote() {
        const { articleId, note } = current();
        if (!articleId || (note.status !== 'dirty' && note.status !== 'error')) return;
        const body = note.body;
        patchNote({ status: 'saving' });
        try {
          await api.invoke('notes.setArticle', { article_id: articleId, body });
          // Typing during the save leaves the note dirty for the next save.
          if (current().articleId === articleId && current().note.body === body) patchNote({ status: 'saved' });
          else if (current().articleId === articleId) patchNote({ status: 'dirty' });
          await recordChange();
        } catch (error) {
          if (current().articleId === articleId) patchNote({ status: 'error', error: errorMessage(error) });
        }
      },
    };
  };

/** What the reader shows for an article before its highlights and note arrive (recent tags and the announcement carry over). */
function articleStart(articleId: string | null): Omit<AnnotateState, 'recentTagIds' | 'announcement'> {
  return {
    articleId,
    annotations: [],
    loaded: false,
    error: null,
    selection: null,
    editor: null,
    editorError: null,
    selectedId: null,
    alsoHere: [],
    note: { body: '', status: 'idle', error: null },
  };
}

/** The tags of the most recently changed highlights, for number keys before any new tagging. */
function recentFrom(annotations: readonly Annotation[]): string[] {
  const newestFirst = [...annotations].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  return [...new Set(newestFirst.flatMap((a) => a.tag_ids))].slice(0, MAX_RECENT);
}
