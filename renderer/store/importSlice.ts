import type { StateCreator } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { runImport, type ImportRunOutcome } from '../features/import/importRun';
import type { ImportSource } from '../features/import/importSources';
import type { AppState } from './appStore';

export interface ImportProgress {
  /** 1-based position of the file being sent; 0 before the first one. */
  position: number;
  total: number;
  current: string;
}

export interface ImportState {
  /** Non-null while a run is going. */
  progress: ImportProgress | null;
  /** Cancel was asked for: the run stops once the file in flight has finished. */
  cancelling: boolean;
  /** The last finished run, shown until dismissed or another run starts. */
  outcome: ImportRunOutcome | null;
}

export interface ImportSlice {
  importing: ImportState;
  /** Imports the files one at a time, then refreshes the library; ignored while a run is going. */
  importFiles(sources: readonly ImportSource[]): Promise<void>;
  cancelImport(): void;
  dismissImportResults(): void;
}

export const createImportSlice =
  (api: Api): StateCreator<AppState, [], [], ImportSlice> =>
  (set, get) => {
    const patch = (change: Partial<ImportState>) => set((state) => ({ importing: { ...state.importing, ...change } }));
    // Kept outside the state: the run reads it between files, React never needs it.
    let stopRequested = false;
    return {
      importing: { progress: null, cancelling: false, outcome: null },
      async importFiles(sources) {
        if (get().importing.progress) return;
        stopRequested = false;
        patch({ progress: { position: 0, total: 0, current: '' }, cancelling: false, outcome: null });
        const outcome = await runImport(api, sources, {
          onFile: (position, total, current) => patch({ progress: { position, total, current } }),
          shouldStop: () => stopRequested,
        });
        patch({ progress: null, cancelling: false, outcome });
        await get().loadLibrary();
      },
      cancelImport() {
        if (!get().importing.progress) return;
        stopRequested = true;
        patch({ cancelling: true });
      },
      dismissImportResults: () => patch({ outcome: null }),
    };
  };
