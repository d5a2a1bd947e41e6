import { useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ExportFormat } from '../../store/briefingSlice';
import { errorMessage } from '../../store/errorMessage';
import { downloadFile } from '../../ui/download';
import { ErrorAlert } from '../../ui/ErrorAlert';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Export as Word' },
  { format: 'pdf', label: 'PDF' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
];

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF', html: 'HTML', md: 'Markdown' };

/** "Export as Word / PDF / HTML / Markdown": the open note, saved first, downloaded as a file. */
export function ExportButtons() {
  const exportBriefing = useAppStore((s) => s.exportBriefing);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    setDone('');
    try {
      const file = await exportBriefing(format);
      downloadFile(file);
      setDone(`Exported ${file.file_name}.`);
    } catch (failure) {
      setError(`Could not export as ${FORMAT_NAMES[format]}: ${errorMessage(failure)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="briefing-export" role="group" aria-label="Export">
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={`Export as ${FORMAT_NAMES[format]}`}
          disabled={busy !== null}
          onClick={() => void run(format)}
        >
          {busy === format ? 'Exporting…' : label}
        </button>
      ))}
      <p role="status" className="visually-hidden">
        {done}
      </p>
      {error && <ErrorAlert message={error} />}
    </div>
  );
}
