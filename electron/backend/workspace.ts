import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type OpenOptions } from './db/open.js';
import { WORKSPACE_FILE } from './paths.js';

export interface Workspace {
  dir: string;
  file: string;
  db: Database.Database;
  close(): void;
}

/** Opens the workspace in `dir`, creating the folder and an empty database when missing. */
export function openWorkspace(dir: string, options: OpenOptions = {}): Workspace {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, WORKSPACE_FILE);
  const db = openDatabase(file, options);
  return {
    dir,
    file,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
