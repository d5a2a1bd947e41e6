import type { StateCreator } from 'zustand/vanilla';
import type { ChannelInput } from '../../shared/contract';
import type { BriefingNote, BriefingSummary, Citation, ExportedFile } from '../../shared/domain/briefing';
import type { ComparedStatement } from '../../shared/domain/compare';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';

/** The fields of the open note the editor changes. */
export type BriefingDraft = Pick<BriefingNote, 'title' | 'body' | 'author' | 'caveat' | 'note_date'>;

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export type ExportFormat = ChannelInput<'export.briefing'>['format'];

/** What "Cite in note…" and the insert dialogs cite: a statement or highlight, or a topic's comparison. */
export type CiteRequest = ChannelInput<'briefings.cite'> extends infer I ? (I extends unknown ? Omit<I, 'note_id'> : never) : never;

export interface BriefingState {
  /** The notes matching `query`, as the backend lists them. */
  list: BriefingSummary[];
  query: string;
  listLoaded: boolean;
  listError: string | null;
  openId: string | null;
  draft: BriefingDraft | null;
  /** The open note's citations, as `briefings.get` last returned them. */
  citations: Citation[];
  openError: string | null;
  save: { status: SaveStatus; error: string | null };
  /** Flagged citations the analyst chose to keep as cited (this session): their flag is folded away. */
  kept: string[];
}

export interface BriefingSlice {
  briefings: BriefingState;
  loadBriefings(query?: string): Promise<void>;
  /** Creates a note and opens it; throws the backend's refusal for the form to show. */
  createBriefing(title: string): Promise<BriefingNote>;
  renameBriefing(id: string, title: string): Promise<void>;
  deleteBriefing(id: string): Promise<void>;
  openBriefing(id: string): Promise<void>;
  /** Fetches the open note again (its citations' statuses may have changed elsewhere). */
  reloadBriefing(): Promise<void>;
  editBriefing(change: Partial<BriefingDraft>): void;
  /** Saves the open note if it changed since the last save. */
  saveBriefing(): Promise<void>;
  /** Cites into the open note; returns the token to insert (the caller places it at the cursor). */
  citeInBriefing(request: CiteRequest): Promise<string>;
  /** Cites into any note (from the reader): the token goes on its own line at the end of its body. */
  citeInNote(noteId: string, request: CiteRequest): Promise<void>;
  /** Takes the cited item as it reads now (a flagged citation's "Update"). */
  refreshCitation(id: string): Promise<void>;
  keepCitation(id: string): void;
  /** Saves pending edits, then asks the backend for the file. */
  exportBriefing(format: ExportFormat): Promise<ExportedFile>;
  /** Every highlight and statement of the workspace as a file (CSV, JSON, W3C, REFI-QDA). */
  exportAnnotations(format: ChannelInput<'export.annotations'>['format']): Promise<ExportedFile>;
  /** The statements of both compared sides, each once, newest first: what "Insert quotation…" offers. */
  listCitableStatements(): Promise<ComparedStatement[]>;
}

/** At most this many statements per topic and side in the quotation picker (the matrix's ceiling). */
const PICKER_PER_CELL = 200;

const draftOf = ({ title, body, author, caveat, note_date }: BriefingNote): BriefingDraft => ({ title, body, author, caveat, note_date });

/** Puts `token` on its own line at `cursor`; returns the new body and where the cursor goes (after it). */
export function insertTokenLine(body: string, cursor: number, token: string): { body: string; cursor: number } {
  const at = Math.max(0, Math.min(cursor, body.length));
  const before = body.slice(0, at);
  const after = body.slice(at);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after.startsWith('\n') ? '' : '\n';
  const inserted = `${lead}${token}${trail}`;
  return { body: before + inserted + after, cursor: at + inserted.length };
}

export const createBriefingSlice =
  (api: Api): StateCreator<AppState, [], [], BriefingSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<BriefingState>) => set((state) => ({ briefings: { ...state.briefings, ...change } }));
    const current = () => get().briefings;
    let latestList = 0;

    async function loadList(query = current().query) {
      const mine = ++latestList;
      patch({ query });
      try {
        const list = await api.invoke('briefings.list', query.trim() ? { query } : {});
        if (mine === latestList) patch({ list, listLoaded: true, listError: null });
      } catch (error) {
        if (mine === latestList) patch({ listError: errorMessage(error), listLoaded: true });
      }
    }

    /** Fetches the open note again; what the analyst is typing is never replaced. */
    async function reloadOpen({ keepDraft }: { keepDraft: boolean }) {
      const id = current().openId;
      if (!id) return;
      try {
        const { note, citations } = await api.invoke('briefings.get', { id });
        if (current().openId !== id) return;
        const typing = current().save.status === 'dirty' || current().save.status === 'saving';
        patch(keepDraft || typing ? { citations } : { citations, draft: draftOf(note), save: { status: 'idle', error: null } });
      } catch (error) {
        if (current().openId !== id) return;
        // An undo of its creation removes the note itself.
        patch({ openId: null, draft: null, citations: [], openError: errorMessage(error) });
      }
    }

    // An undo or redo (or a change elsewhere) may have changed the notes: show them as stored.
    // recordChange tells the history about ours without reloading on our own account.
    const recordChange = followHistory(store, () => {
      void loadList();
      void reloadOpen({ keepDraft: false });
    });

    return {
      briefings: {
        list: [],
        query: '',
        listLoaded: false,
        listError: null,
        openId: null,
        draft: null,
        citations: [],
        openError: null,
        save: { status: 'idle', error: null },
        kept: [],
      },
      loadBriefings: (query) => loadList(query),
      async createBriefing(title) {
        await get().saveBriefing();
        const note = await api.invoke('briefings.create', { title });
        patch({ openId: note.id, draft: draftOf(note), citations: [], openError: null, save: { status: 'idle', error: null }, kept: [] });
        await recordChange();
        await loadList();
        return note;
      },
      async renameBriefing(id, title) {
        const note = await api.invoke('briefings.update', { id, title });
        const { openId, draft } = current();
        if (openId === id && draft) patch({ draft: { ...draft, title: note.title } });
        await recordChange();
        await loadList();
      },
      async deleteBriefing(id) {
        await api.invoke('briefings.delete', { id });
        if (current().openId === id) patch({ openId: null, draft: null, citations: [], save: { status: 'idle', error: null } });
        await recordChange();
        await loadList();
      },
      async openBriefing(id) {
        if (current().openId === id) return;
        await get().saveBriefing();
        patch({ openId: id, draft: null, citations: [], openError: null, save: { status: 'idle', error: null }, kept: [] });
        try {
          const { note, citations } = await api.invoke('briefings.get', { id });
          if (current().openId === id) patch({ draft: draftOf(note), citations });
        } catch (error) {
          if (current().openId === id) patch({ openError: errorMessage(error) });
        }
      },
      reloadBriefing: () => reloadOpen({ keepDraft: false }),
      editBriefing(change) {
        const { draft } = current();
        if (draft) patch({ draft: { ...draft, ...change }, save: { status: 'dirty', error: null } });
      },
      async saveBriefing() {
        const { openId: id, draft, save } = current();
        if (!id || !draft || (save.status !== 'dirty' && save.status !== 'error')) return;
        patch({ save: { status: 'saving', error: null } });
        try {
          await api.invoke('briefings.update', { id, ...draft });
          if (current().openId !== id) return;
          // Typing during the save leaves the note dirty for the next save.
          patch({ save: { status: current().draft === draft ? 'saved' : 'dirty', error: null } });
          await recordChange();
          await loadList();
        } catch (error) {
          if (current().openId === id) patch({ save: { status: 'error', error: errorMessage(error) } });
        }
      },
      async citeInBriefing(request) {
        const id = current().openId;
        if (!id) throw new Error('Open a note first.');
        const { token } = await api.invoke('briefings.cite', { note_id: id, ...request });
        // The citation is stored; the body gets its token when the editor inserts it.
        await reloadOpen({ keepDraft: true });
        return token;
      },
      async citeInNote(noteId, request) {
        const { token } = await api.invoke('briefings.cite', { note_id: noteId, ...request });
        const { openId, draft } = current();
        if (openId === noteId && draft) {
          get().editBriefing({ body: insertTokenLine(draft.body, draft.body.length, token).body });
          await get().saveBriefing();
          await reloadOpen({ keepDraft: true });
        } else {
          const { note } = await api.invoke('briefings.get', { id: noteId });
          await api.invoke('briefings.update', { id: noteId, body: insertTokenLine(note.body, note.body.length, token).body });
          await recordChange();
          await loadList();
        }
      },
      async refreshCitation(id) {
        const citation = await api.invoke('briefings.refreshCitation', { id });
        patch({ citations: current().citations.map((c) => (c.id === id ? citation : c)) });
        await recordChange();
      },
      keepCitation(id) {
        patch({ kept: [...current().kept, id] });
      },
      async exportBriefing(format) {
        const id = current().openId;
        if (!id) throw new Error('Open a note first.');
        await get().saveBriefing();
        if (current().save.status === 'error') throw new Error(`The note could not be saved first: ${current().save.error ?? 'unknown error'}`);
        return api.invoke('export.briefing', { id, format });
      },
      exportAnnotations: (format) => api.invoke('export.annotations', { format }),
      async listCitableStatements() {
        const matrix = await api.invoke('compare.matrix', { per_cell: PICKER_PER_CELL });
        const byId = new Map<string, ComparedStatement>();
        for (const row of matrix.rows) for (const cell of row.cells) for (const s of cell.statements) byId.set(s.id, s);
        return [...byId.values()].sort((a, b) => (b.said_on ?? '').localeCompare(a.said_on ?? ''));
      },
    };
  };
