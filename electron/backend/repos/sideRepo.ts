import type Database from 'better-sqlite3';
import type { SideRecord } from '../../../shared/domain/side.js';

const COMPARED_KEY = 'compare.sides';

/** The sides compared (in their display order) and the setting naming the two the comparison shows. */
export function sideRepo(db: Database.Database) {
  const all = db.prepare(`SELECT id, name, colour, position FROM side ORDER BY position, name COLLATE NOCASE`);
  const byId = db.prepare(`SELECT id, name, colour, position FROM side WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO side (id, name, colour, position) VALUES (@id, @name, @colour, @position)`);
  const update = db.prepare(`UPDATE side SET name = @name, colour = @colour, position = @position WHERE id = @id`);
  const setting = db.prepare(`SELECT value FROM setting WHERE key = ?`).pluck();
  const putSetting = db.prepare(`
    INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);

  return {
    list: () => all.all() as SideRecord[],
    get: (id: string) => byId.get(id) as SideRecord | undefined,
    insert: (side: SideRecord) => void insert.run(side),
    update: (side: SideRecord) => void update.run(side),
    compared(): [string, string] {
      const value = setting.get(COMPARED_KEY) as string | undefined;
      return value ? (JSON.parse(value) as [string, string]) : ['pakistan', 'afghanistan'];
    },
    setCompared: (ids: readonly [string, string]) => void putSetting.run(COMPARED_KEY, JSON.stringify(ids)),
  };
}
export type SideRepo = ReturnType<typeof sideRepo>;
