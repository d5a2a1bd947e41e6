import type Database from 'better-sqlite3';

export interface Migration {
  /** Forward-only, in steps of 10; becomes `PRAGMA user_version` when applied. */
  version: number;
  name: string;
  /** SQL run in one transaction with the version bump, or a function given the connection. */
  up: string | ((db: Database.Database) => void);
}
