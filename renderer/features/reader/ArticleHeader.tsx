import type { ReactNode } from 'react';
import type { Article, ArticleRevision } from '../../../shared/domain/article';
import { formatDate, languageName } from '../../ui/format';
import { EarlierTexts } from './EarlierTexts';
import { SourceLink } from './SourceLink';
import { textLanguage } from './textLanguage';

interface ArticleHeaderProps {
  article: Article;
  revisions: readonly ArticleRevision[] | null;
  revisionsError: string | null;
}

/** "reports/jcc.txt" or "C:\reports\jcc.txt" -> "jcc.txt"; the full path stays in the tooltip. */
const fileName = (path: string) => path.split(/[\\/]/).pop() || path;

/** Title and the facts about the article, in the article's direction. */
export function ArticleHeader({ article, revisions, revisionsError }: ArticleHeaderProps) {
  const title = textLanguage(article.title, article);
  const meta: [label: string, value: ReactNode][] = [];
  if (article.outlet) meta.push(['Outlet', article.outlet]);
  if (article.author) meta.push(['Author', article.author]);
  if (article.published_at) meta.push(['Published', formatDate(article.published_at, 'long')]);
  if (article.dateline) meta.push(['Dateline', article.dateline]);
  meta.push(['Language', languageName(article.language)]);
  if (article.source_name) {
    meta.push(['Source file', <span title={article.source_name}>{fileName(article.source_name)}</span>]);
  }
  if (article.revision > 1) {
    const updated = article.updated_at ? `, updated ${formatDate(article.updated_at, 'long')}` : '';
    meta.push(['Revision', `Revision ${article.revision}${updated}`]);
  }
  if (article.url) meta.push(['Source', <SourceLink url={article.url} />]);

  return (
    <header className="article-header">
      <h1 dir={title.dir} lang={title.lang} className={title.scriptClass}>
        {article.title}
      </h1>
      {/* Labels are interface text, so English; the list still runs in the article's direction. */}
      <dl className="article-meta" dir={article.direction} lang="en">
        {meta.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="auto">{value}</dd>
          </div>
        ))}
      </dl>
      {article.revision > 1 && <EarlierTexts article={article} revisions={revisions} error={revisionsError} />}
    </header>
  );
}
