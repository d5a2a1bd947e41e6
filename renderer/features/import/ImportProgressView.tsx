import { useAppStore } from '../../store/AppStoreProvider';
import type { ImportProgress } from '../../store/importSlice';

export function progressLine({ position, total, current }: ImportProgress, cancelling: boolean): string {
  if (position === 0) return 'Preparing the import…';
  const line = `Importing ${position} of ${total} — ${current}`;
  return cancelling ? `${line}. Stopping after this file…` : line;
}

/** The bar and the Cancel button of a run; the words are in the panel's live line. */
export function ImportProgressView({ progress, describedBy }: { progress: ImportProgress; describedBy: string }) {
  const cancelling = useAppStore((s) => s.importing.cancelling);
  const cancelImport = useAppStore((s) => s.cancelImport);
  // The bar shows files finished; the line names the one in flight.
  const finished = Math.max(0, progress.position - 1);
  const share = progress.total > 0 ? (finished / progress.total) * 100 : 0;
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-describedby={describedBy}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={finished}
        aria-valuetext={`${finished} of ${progress.total} files imported`}
        className="import-bar"
      >
        <div className="import-bar-fill" style={{ width: `${share}%` }} />
      </div>
      <button type="button" className="button" disabled={cancelling} onClick={cancelImport}>
        Cancel import
      </button>
    </div>
  );
}
