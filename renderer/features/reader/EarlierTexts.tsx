import type { Article, ArticleRevision } from '../../../shared/domain/article';
import { paragraphs } from '../../../shared/text/normalize';
import { formatDate } from '../../ui/format';
import { Paragraph } from './Paragraph';

interface EarlierTextsProps {
  article: Article;
  revisions: readonly ArticleRevision[] | null;
  error: string | null;
}

const OPENING_WORDS = 12;

/** The first words of a text, to tell its revisions apart at a glance. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')}…` : words.join(' ');
}

/** A disclosure listing the texts this article had before its current revision, newest first. */
export function EarlierTexts({ article, revisions, error }: EarlierTextsProps) {
  return (
    <details className="earlier-texts">
      <summary>Earlier texts{revisions && revisions.length > 0 && ` (${revisions.length})`}</summary>
      {error ? (
        <p role="alert" className="earlier-texts-note">
          The earlier texts could not be loaded: {error}
        </p>
      ) : !revisions ? (
        <p className="earlier-texts-note">Loading the earlier texts…</p>
      ) : revisions.length === 0 ? (
        <p className="earlier-texts-note">No earlier text was kept.</p>
      ) : (
        <ol>
          {revisions.map((revision) => (
            <li key={revision.revision}>
              <details className="earlier-text">
                <summary>
                  <span className="earlier-text-label">
                    Revision {revision.revision}, {formatDate(revision.imported_at, 'long')}
                  </span>{' '}
                  <bdi className="earlier-text-opening">{opening(revision.body)}</bdi>
                </summary>
                <div className="earlier-text-body" lang={article.language === 'und' ? undefined : article.language} dir={article.direction}>
                  <h3 dir="auto">{revision.title}</h3>
                  {paragraphs(revision.body).map((p) => (
                    <Paragraph key={p.start} text={p.text} start={p.start} article={article} />
                  ))}
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
