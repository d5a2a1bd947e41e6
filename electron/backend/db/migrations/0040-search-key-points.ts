import type { Migration } from '../migration.js';

/**
 * Key points become searchable: the article index gains a third column over article.key_points
 * (external content, so it indexes the stored JSON array; its punctuation is no word to the
 * tokenizer) and is rebuilt from the articles already stored. Application code keeps it in step,
 * as before.
 */
export const searchKeyPoints: Migration = {
  version: 40,
  name: 'search-key-points',
  up: `
    DROP TABLE article_fts;
    CREATE VIRTUAL TABLE article_fts USING fts5(
      title, body, key_points,
      content = 'article', content_rowid = 'rowid',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO article_fts (article_fts) VALUES ('rebuild');
  `,
};
