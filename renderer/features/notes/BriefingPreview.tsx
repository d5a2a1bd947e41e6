import { useMemo, useState } from 'react';
import { formatDay } from '../../../shared/briefing/buildDocument';
import type { Source } from '../../../shared/briefing/document';
import type { Citation, QuoteSnapshot } from '../../../shared/domain/briefing';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { isHttpUrl } from '../../ui/format';
import { renderMarkdown } from '../annotate/markdown';
import { layOutBriefing } from './briefingLayout';

function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

const FLAG_TEXT = { changed: 'Changed since cited', deleted: 'Deleted since cited' } as const;

/** A flagged citation says so and asks: take the item as it reads now (Update), or keep it as cited. */
function CitationFlag({ citation }: { citation: Citation }) {
  const kept = useAppStore((s) => s.briefings.kept.includes(citation.id));
  const refresh = useAppStore((s) => s.refreshCitation);
  const keep = useAppStore((s) => s.keepCitation);
  const [error, setError] = useState<string | null>(null);
  if (citation.status === 'current' || kept) return null;
  const update = async () => {
    try {
      await refresh(citation.id);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <div className="citation-flag" role="group" aria-label={FLAG_TEXT[citation.status]}>
      <p className="flag-text">
        <strong>{FLAG_TEXT[citation.status]}</strong>: the note shows it as it was cited.{' '}
        {citation.status === 'changed' ? 'Update takes it as it reads now; Keep leaves it.' : 'Keep leaves it as cited.'}
      </p>
      {citation.status === 'changed' && (
        <button type="button" className="button small" onClick={() => void update()}>
          Update
        </button>
      )}
      <button type="button" className="button small" onClick={() => keep(citation.id)}>
        Keep
      </button>
      {error && <p role="alert">Could not update: {error}</p>}
    </div>
  );
}

function Marker({ number }: { number: number }) {
  return <sup className="source-marker">[{number}]</sup>;
}

function QuoteText({ snapshot }: { snapshot: QuoteSnapshot }) {
  return (
    <q dir={snapshot.direction} lang={snapshot.language}>
      {snapshot.quote}
    </q>
  );
}

/** "Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn" */
function byline(s: QuoteSnapshot): string {
  const who = [s.speaker ?? 'Unattributed', s.role].filter(Boolean).join(', ') + (s.side ? ` (${s.side})` : '');
  return [who, s.said_on && formatDay(s.said_on), s.outlet].filter(Boolean).join(', ');
}

function QuoteCard({ citation, source }: { citation: Extract<Citation, { kind: 'quote' }>; source: number }) {
  const s = citation.snapshot;
  return (
    <figure className={`quote-card ${citation.status}`} aria-label={`Quotation [${source}]`}>
      <CitationFlag citation={citation} />
      <blockquote>
        <QuoteText snapshot={s} />
      </blockquote>
      <figcaption>
        — {byline(s)} <Marker number={source} />
      </figcaption>
    </figure>
  );
}

function ComparisonBlock({ citation, sources }: { citation: Extract<Citation, { kind: 'compare' }>; sources: number[][] }) {
  const { topic, sides } = citation.snapshot;
  return (
    <section className={`comparison-block ${citation.status}`} aria-label={`Comparison: ${topic}`}>
      <CitationFlag citation={citation} />
      <h3>{topic}</h3>
      <div className="comparison-columns">
        {sides.map((side, i) => (
          <div key={side.side_id} className="comparison-column" style={{ borderTopColor: side.colour }}>
            <h4>{side.name}</h4>
            {side.summary && <p className="comparison-summary">{side.summary}</p>}
            {side.statements.length === 0 ? (
              <p className="panel-hint">No statements.</p>
            ) : (
              <ul>
                {side.statements.map((s, j) => (
                  <li key={s.statement_id}>
                    <QuoteText snapshot={s} /> — {byline(s)} <Marker number={sources[i]![j]!} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

/** "[n] Ishaq Dar, …, 17 April 2025. Title. Outlet. address", as the exports list it. */
function SourceEntry({ source: s }: { source: Source }) {
  return (
    <li value={s.number}>
      {s.speaker && `${s.speaker}. `}
      <cite dir="auto">{s.article_title}</cite>
      {s.outlet && `. ${s.outlet}`}
      {s.url && isHttpUrl(s.url) && (
        <>
          {'. '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.url}
          </a>
        </>
      )}
    </li>
  );
}

/** The note as it will read when exported: its header, Markdown, citations and numbered sources. */
export function BriefingPreview() {
  const id = useAppStore((s) => s.briefings.openId);
  const draft = useAppStore((s) => s.briefings.draft);
  const citations = useAppStore((s) => s.briefings.citations);
  const layout = useMemo(
    () => (id && draft ? layOutBriefing({ id, ...draft, created_at: '', updated_at: '' }, citations) : null),
    [id, draft, citations],
  );
  if (!draft || !layout) return null;
  return (
    <section className="briefing-preview" aria-label="Preview">
      {draft.caveat && <p className="briefing-caveat">{draft.caveat}</p>}
      <h1 className="briefing-title">{draft.title}</h1>
      <p className="briefing-byline">{[draft.note_date && formatDay(draft.note_date.slice(0, 10)), draft.author].filter(Boolean).join(' · ')}</p>
      {layout.parts.map((part, i) => {
        switch (part.type) {
          case 'markdown':
            return <Markdown key={i} text={part.text} />;
          case 'quote':
            return <QuoteCard key={i} citation={part.citation} source={part.source} />;
          case 'compare':
            return <ComparisonBlock key={i} citation={part.citation} sources={part.sources} />;
          case 'missing':
            return (
              <p key={i} className="citation-missing">
                Citation not found in this note: <code>{part.token}</code>
              </p>
            );
        }
      })}
      {layout.sources.length > 0 && (
        <section aria-label="Sources" className="briefing-sources">
          <h2>Sources</h2>
          <ol>
            {layout.sources.map((source) => (
              <SourceEntry key={source.number} source={source} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
