import { EmptyLibraryImport } from '../import/EmptyLibraryImport';

/** The first screen of a new workspace: what Parallax is for and the one thing to do next. */
export function EmptyLibrary({ onAdd }: { onAdd: () => void }) {
  return (
    <div className="empty-library">
      <h2>Start with an article</h2>
      <p>
        Your library is empty. Add your first article: paste its text with a title, and if you have them, where and
        when it was published.
      </p>
      <button type="button" className="button primary" onClick={onAdd}>
        Add article
      </button>
      <EmptyLibraryImport />
      <p className="empty-library-next">
        Articles stay on this computer. Once they are in, open them in the Reader; recording who said what and
        comparing both governments come next.
      </p>
    </div>
  );
}
