import { useState, type KeyboardEvent } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { downloadFile } from '../../ui/download';
import { ErrorAlert } from '../../ui/ErrorAlert';
import './notes.css';

type AnnotationFormat = ChannelInput<'export.annotations'>['format'];

const CHOICES: { format: AnnotationFormat; label: string }[] = [
  { format: 'csv', label: 'CSV (spreadsheet)' },
  { format: 'json', label: 'JSON' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)' },
  { format: 'qdpx', label: 'REFI-QDA project (.qdpx)' },
];

/** The library's "Export highlights…": every highlight and statement, in a format other tools read. */
export function ExportHighlightsMenu() {
  const exportAnnotations = useAppStore((s) => s.exportAnnotations);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: AnnotationFormat, label: string) => {
    setBusy(true);
    setError(null);
    try {
      downloadFile(await exportAnnotations(format));
      setOpen(false);
    } catch (failure) {
      setError(`Could not export highlights as ${label}: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="export-menu" onKeyDown={onKeyDown}>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export highlights…
      </button>
      {open && (
        <div className="export-menu-choices" role="group" aria-label="Export highlights as">
          {CHOICES.map(({ format, label }) => (
            <button key={format} type="button" className="button" disabled={busy} onClick={() => void run(format, label)}>
              {label}
            </button>
          ))}
          {error && <ErrorAlert message={error} />}
        </div>
      )}
    </div>
  );
}
