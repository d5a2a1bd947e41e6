import { useEffect, useMemo, useState } from 'react';
import type { ComparedStatement } from '../../../shared/domain/compare';
import { useAppStore } from '../../store/AppStoreProvider';
import type { CiteRequest } from '../../store/briefingSlice';
import { errorMessage } from '../../store/errorMessage';
import { DialogCloseActions } from '../../ui/DialogActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { Modal } from '../../ui/Modal';
import { trimQuote } from '../annotate/HighlightItem';
import { PickerList } from './PickerList';

/** One citable item as the picker lists it. */
interface Choice {
  key: string;
  quote: string;
  /** Speaker, side, date, outlet: what the filter also searches. */
  detail: string;
  request: CiteRequest;
}

const statementChoice = (s: ComparedStatement): Choice => ({
  key: s.id,
  quote: s.quote,
  detail: [s.speaker, s.role, s.said_on && formatDate(s.said_on), s.outlet].filter(Boolean).join(' · '),
  request: { kind: 'quote', target: { type: 'statement', id: s.id } },
});

/** The highlights of the article open in the reader; a highlight that is a statement is cited as one. */
function useOpenArticleChoices(): Choice[] {
  const annotations = useAppStore((s) => s.annotate.annotations);
  const statements = useAppStore((s) => s.statements.statements);
  return useMemo(
    () =>
      annotations
        .filter((a) => a.status !== 'orphaned')
        .map((a) => {
          const statement = statements.find((st) => st.annotation_id === a.id);
          return {
            key: a.id,
            quote: a.exact,
            detail: statement ? statement.speaker : 'Highlight',
            request: statement
              ? { kind: 'quote', target: { type: 'statement', id: statement.id } }
              : { kind: 'quote', target: { type: 'annotation', id: a.id } },
          };
        }),
    [annotations, statements],
  );
}

const matches = (choice: Choice, words: string[]) => {
  const haystack = `${choice.quote} ${choice.detail}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
};

/** "Insert quotation…": pick a statement (or a highlight of the open article) to cite at the cursor. */
export function QuotationDialog({ onPick, onClose }: { onPick(request: CiteRequest): Promise<void>; onClose(): void }) {
  const listStatements = useAppStore((s) => s.listCitableStatements);
  const articleTitle = useAppStore((s) => (s.annotate.articleId ? s.reader.article?.title : undefined));
  const highlightChoices = useOpenArticleChoices();
  const [from, setFrom] = useState<'statements' | 'article'>('statements');
  const [statements, setStatements] = useState<Choice[] | null>(null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listStatements().then(
      (list) => live && setStatements(list.map(statementChoice)),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [listStatements]);

  const choices = from === 'statements' ? statements : highlightChoices;
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (choices ?? []).filter((c) => matches(c, words));

  const pick = async (choice: Choice) => {
    setBusy(true);
    setError(null);
    try {
      await onPick(choice.request);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Modal title="Insert quotation" onClose={onClose}>
      <fieldset className="picker-source">
        <legend>Cite from</legend>
        <label>
          <input type="radio" name="cite-from" checked={from === 'statements'} onChange={() => setFrom('statements')} /> Statements of both sides
        </label>
        <label>
          <input type="radio" name="cite-from" checked={from === 'article'} disabled={!articleTitle} onChange={() => setFrom('article')} /> Highlights in{' '}
          {articleTitle ? `“${articleTitle}”` : 'the article open in the reader (none open)'}
        </label>
      </fieldset>
      <label className="picker-filter">
        Filter by speaker or words
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      {error && <ErrorAlert message={error} />}
      {choices === null && !error && <p role="status">Loading statements…</p>}
      {choices !== null && shown.length === 0 && <p role="status">{choices.length === 0 ? 'Nothing to cite here yet.' : 'Nothing matches the filter.'}</p>}
      <PickerList label="Citable quotations" items={shown} itemKey={(choice) => choice.key} busy={busy} onPick={(choice) => void pick(choice)}>
        {(choice) => (
          <>
            <span dir="auto">“{trimQuote(choice.quote)}”</span>
            <span className="picker-detail">{choice.detail}</span>
          </>
        )}
      </PickerList>
      <DialogCloseActions onClose={onClose} />
    </Modal>
  );
}

/** "Insert comparison…": pick a topic (a top-level tag); its two-column block goes in at the cursor. */
export function ComparisonDialog({ onPick, onClose }: { onPick(request: CiteRequest): Promise<void>; onClose(): void }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const loaded = useAppStore((s) => s.codebook.loaded);
  const loadTags = useAppStore((s) => s.loadTags);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!loaded) void loadTags();
  }, [loaded, loadTags]);
  const topics = tags.filter((t) => t.parent_id === null);

  const pick = async (topicId: string) => {
    setBusy(true);
    setError(null);
    try {
      await onPick({ kind: 'compare', topic_id: topicId });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Modal title="Insert comparison" onClose={onClose}>
      <p className="panel-hint">Both sides’ latest statements on the topic and your summaries of their positions, side by side.</p>
      {error && <ErrorAlert message={error} />}
      {!loaded && <p role="status">Loading topics…</p>}
      <PickerList label="Topics" items={topics} itemKey={(t) => t.id} busy={busy} onPick={(t) => void pick(t.id)}>
        {(t) => (
          <>
            <span className="swatch" style={{ background: t.colour }} aria-hidden="true" /> {t.name}
          </>
        )}
      </PickerList>
      <DialogCloseActions onClose={onClose} />
    </Modal>
  );
}
