import type { Migration } from '../migration.js';
import { articles } from './0010-articles.js';
import { library } from './0020-library.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [articles, library];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
