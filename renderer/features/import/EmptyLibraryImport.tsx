import { IMPORT_LIMIT } from './importRun';
import { ImportPickers } from './ImportPickers';

/** The import choices on the empty library's welcome card. */
export function EmptyLibraryImport() {
  return (
    <div className="import-empty">
      <p>
        Or import files you already have: text, Markdown, HTML, Word, PDF or JSON, up to {IMPORT_LIMIT} each. You can also drop
        files or whole folders anywhere on the library.
      </p>
      <div className="import-toolbar">
        <ImportPickers />
      </div>
    </div>
  );
}
