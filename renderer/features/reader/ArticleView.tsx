import type { ReactNode } from 'react';
import type { Article } from '../../../shared/domain/article';
import { paragraphs } from '../../../shared/text/normalize';
import { formatDate, languageName } from '../../ui/format';
import { SourceLink } from './SourceLink';

/** One article as the analyst reads it: metadata first, then the canonical body by paragraph. */
export function ArticleView({ article }: { article: Article }) {
  const meta: [label: string, value: ReactNode][] = [];
  if (article.outlet) meta.push(['Outlet', article.outlet]);
  if (article.published_at) meta.push(['Published', formatDate(article.published_at)]);
  if (article.dateline) meta.push(['Dateline', article.dateline]);
  if (article.author) meta.push(['Author', article.author]);
  meta.push(['Language', languageName(article.language)]);
  if (article.url) meta.push(['Source', <SourceLink url={article.url} />]);

  return (
    <article className="article" dir={article.direction} lang={article.language}>
      <header className="article-header">
        <h1 dir="auto">{article.title}</h1>
        {/* Labels are interface text: keep them English and left-to-right inside an Urdu or Pashto article. */}
        <dl className="article-meta" dir="ltr" lang="en">
          {meta.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <div className="article-body">
        {paragraphs(article.body).map((paragraph) => (
          <p key={paragraph.start} dir="auto">
            {paragraph.text}
          </p>
        ))}
      </div>
    </article>
  );
}
