import { useRef, type ChangeEvent } from 'react';
import { IMPORT_EXTENSIONS } from '../../../shared/import/fileKinds';
import { useAppStore } from '../../store/AppStoreProvider';
import { sourcesFromFiles } from './importSources';
import './import.css';

const ACCEPT = IMPORT_EXTENSIONS.join(',');

/**
 * "Import files…" and "Import folder…": buttons that open hidden file inputs (in Electron the
 * native dialog, in a browser its picker). The inputs keep labels so automation can fill them.
 */
export function ImportPickers() {
  const running = useAppStore((s) => s.importing.progress !== null);
  const importFiles = useAppStore((s) => s.importFiles);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const sources = sourcesFromFiles(event.target.files);
    // Cleared so that choosing the same files again fires another change.
    event.target.value = '';
    if (sources.length > 0) void importFiles(sources);
  };

  return (
    <>
      <button type="button" className="button" disabled={running} onClick={() => filesInput.current?.click()}>
        Import files…
      </button>
      <button type="button" className="button" disabled={running} onClick={() => folderInput.current?.click()}>
        Import folder…
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label="Choose files to import"
        hidden
        onChange={chosen}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        webkitdirectory=""
        aria-label="Choose a folder to import"
        hidden
        onChange={chosen}
      />
    </>
  );
}
