import { useAppStore } from '../../store/AppStoreProvider';
import { ImportPickers } from './ImportPickers';

/** The library's ways in: files, a folder, or an article pasted by hand. */
export function ImportToolbar() {
  const openDraft = useAppStore((s) => s.openDraft);
  return (
    <div className="import-toolbar" role="group" aria-label="Add to the library">
      <ImportPickers />
      <button type="button" className="button primary" onClick={openDraft}>
        Paste text
      </button>
    </div>
  );
}
