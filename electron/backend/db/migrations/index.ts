import type { Migration } from '../migration.js';
import { articles } from './0010-articles.js';
import { library } from './0020-library.js';
import { annotations } from './0030-annotations.js';
import { searchKeyPoints } from './0040-search-key-points.js';
import { statements } from './0050-statements.js';
import { compareIndexes } from './0060-compare-indexes.js';
import { briefings } from './0070-briefings.js';
import { searchText } from './0080-search-text.js';
import { compareFilters } from './0090-compare-filters.js';
import { tagCounts } from './0100-tag-counts.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [articles, library, annotations, searchKeyPoints, statements, compareIndexes, briefings, searchText, compareFilters, tagCounts];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
