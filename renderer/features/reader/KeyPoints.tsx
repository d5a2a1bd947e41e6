import { useId } from 'react';
import type { Article } from '../../../shared/domain/article';
import { textLanguage } from './textLanguage';

/** The article's own "Key points" list, set apart above the body. */
export function KeyPoints({ article }: { article: Article }) {
  const headingId = useId();
  if (article.key_points.length === 0) return null;
  return (
    <section className="key-points" aria-labelledby={headingId}>
      <h2 id={headingId} lang="en">
        Key points
      </h2>
      <ul>
        {article.key_points.map((point, i) => {
          const { lang, dir, scriptClass } = textLanguage(point, article);
          return (
            <li key={i} dir={dir} lang={lang} className={scriptClass}>
              {point}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
