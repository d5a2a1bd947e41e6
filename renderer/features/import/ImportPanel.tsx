import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { outcomeLine } from './importSummary';
import { ImportProgressView, progressLine } from './ImportProgressView';
import { ImportResultList } from './ImportResultList';
import './import.css';

const HEADING_ID = 'import-results-heading';
const LINE_ID = 'import-line';

/**
 * A run's progress, then its results until dismissed. The line stays mounted (empty when idle) so
 * screen readers announce each change politely: every file, then the summary.
 */
export function ImportPanel() {
  const { progress, cancelling, outcome } = useAppStore((s) => s.importing);
  const dismiss = useAppStore((s) => s.dismissImportResults);
  const panel = useRef<HTMLElement>(null);

  // When the run ends the Cancel button is gone; focus goes to the results rather than the page.
  useEffect(() => {
    if (outcome && (document.activeElement === null || document.activeElement === document.body)) panel.current?.focus();
  }, [outcome]);

  const line = progress ? progressLine(progress, cancelling) : outcome ? outcomeLine(outcome) : '';
  const active = progress !== null || outcome !== null;
  return (
    <section
      ref={panel}
      className={active ? 'import-panel is-active' : 'import-panel'}
      aria-labelledby={outcome ? HEADING_ID : undefined}
      tabIndex={outcome ? -1 : undefined}
    >
      {outcome && (
        <div className="import-panel-head">
          <h2 id={HEADING_ID}>Import results</h2>
          <button type="button" className="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <p id={LINE_ID} className="import-status" aria-live="polite">
        {line}
      </p>
      {progress && <ImportProgressView progress={progress} describedBy={LINE_ID} />}
      {outcome && <ImportResultList results={outcome.results} />}
    </section>
  );
}
