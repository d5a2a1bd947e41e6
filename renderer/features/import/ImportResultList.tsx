import type { ImportedItem, ImportFileResult } from '../../../shared/domain/importing';
import { useAppStore } from '../../store/AppStoreProvider';
import { listedResults } from './importSummary';

const STATUS_WORD: Record<ImportFileResult['status'], string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  updated: 'Updated',
  failed: 'Failed',
  skipped: 'Skipped',
};

function ItemLine({ item }: { item: ImportedItem }) {
  const openArticle = useAppStore((s) => s.openArticle);
  const title = (
    <>
      “
      <button type="button" className="link-button" dir="auto" onClick={() => void openArticle(item.id)}>
        {item.title}
      </button>
      ”
    </>
  );
  return (
    <span className={`import-line is-${item.status}`}>
      {item.status === 'imported' && <>Imported {title}</>}
      {item.status === 'duplicate' && <>Duplicate of {title}</>}
      {item.status === 'updated' && (
        <>
          Updated {title} to revision {item.revision}
        </>
      )}
    </span>
  );
}

function ResultRow({ result }: { result: ImportFileResult }) {
  return (
    <li className={`import-result is-${result.status}`}>
      <bdi className="import-file">{result.file}</bdi>
      {result.status === 'failed' || result.status === 'skipped' || result.items.length === 0 ? (
        <span className={`import-line is-${result.status}`}>
          {STATUS_WORD[result.status]}
          {result.reason && `: ${result.reason}`}
        </span>
      ) : (
        result.items.map((item, index) => <ItemLine key={index} item={item} />)
      )}
    </li>
  );
}

/** One row per file: failures first, then what came in, then what was skipped. */
export function ImportResultList({ results }: { results: readonly ImportFileResult[] }) {
  if (results.length === 0) return null;
  return (
    // Focusable so the keyboard can scroll a long list whose rows hold no button (failed, skipped).
    <ul className="import-results" aria-label="Files" tabIndex={0}>
      {listedResults(results).map((result, index) => (
        <ResultRow key={index} result={result} />
      ))}
    </ul>
  );
}
