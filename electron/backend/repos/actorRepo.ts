import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Actor, ActorAliasRecord, ActorRoleRecord } from '../../../shared/domain/actor.js';

export type ActorRole = z.output<typeof ActorRoleRecord>;
export type ActorAlias = z.output<typeof ActorAliasRecord>;

export interface ActorRow {
  id: string;
  name: string;
  kind: 'person' | 'body';
  side_id: string | null;
  created_at: string;
}

type Joined = Omit<ActorRow, 'created_at'> & { roles: string; aliases: string; statement_count: number };

// Roles in the order given, aliases English first; statement_count by the statement_actor index.
const COLUMNS = `a.id, a.name, a.kind, a.side_id,
  (SELECT json_group_array(json_object('title', title, 'organisation', organisation, 'from', from_date, 'to', to_date))
    FROM (SELECT * FROM actor_role WHERE actor_id = a.id ORDER BY position)) AS roles,
  (SELECT json_group_array(json_object('alias', alias, 'language', language))
    FROM (SELECT alias, language FROM actor_alias WHERE actor_id = a.id ORDER BY language <> 'en', language, alias)) AS aliases,
  (SELECT count(*) FROM statement WHERE actor_id = a.id) AS statement_count`;

/** The current role: the latest-starting one without an end (roles without a start count as oldest). */
function currentRole(roles: readonly ActorRole[]): ActorRole | null {
  const open = roles.filter((role) => role.to === null);
  return open.reduce<ActorRole | null>((best, role) => (!best || (role.from ?? '') >= (best.from ?? '') ? role : best), null);
}

function fromRow({ roles, aliases, ...row }: Joined): Actor {
  const roleList = JSON.parse(roles) as ActorRole[];
  const current = currentRole(roleList);
  return {
    ...row,
    role: current?.title ?? null,
    organisation: current?.organisation ?? null,
    roles: roleList,
    aliases: JSON.parse(aliases) as ActorAlias[],
  };
}

/** The actor registry: people and bodies with dated roles and aliases in four languages. */
export function actorRepo(db: Database.Database) {
  const all = db.prepare(`SELECT ${COLUMNS} FROM actor a ORDER BY a.name COLLATE NOCASE, a.id`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM actor a WHERE a.id = ?`);
  const count = db.prepare(`SELECT count(*) FROM actor`).pluck();
  const insert = db.prepare(`
    INSERT INTO actor (id, name, kind, side_id, created_at) VALUES (@id, @name, @kind, @side_id, @created_at)`);
  const update = db.prepare(`UPDATE actor SET name = @name, kind = @kind, side_id = @side_id WHERE id = @id`);
  const remove = db.prepare(`DELETE FROM actor WHERE id = ?`);
  const dropRoles = db.prepare(`DELETE FROM actor_role WHERE actor_id = ?`);
  const addRole = db.prepare(`
    INSERT INTO actor_role (actor_id, position, title, organisation, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?)`);
  const dropAliases = db.prepare(`DELETE FROM actor_alias WHERE actor_id = ?`);
  // An alias the actor already has (compared exactly) is kept once.
  const addAlias = db.prepare(`INSERT OR IGNORE INTO actor_alias (actor_id, alias, language) VALUES (?, ?, ?)`);
  const roleCount = db.prepare(`SELECT count(*) FROM actor_role WHERE actor_id = ?`).pluck();
  const moveStatements = db.prepare(`UPDATE statement SET actor_id = ? WHERE actor_id = ?`);

  function appendRoles(id: string, roles: readonly ActorRole[]): void {
    const first = roleCount.get(id) as number;
    roles.forEach((r, i) => addRole.run(id, first + i, r.title, r.organisation, r.from, r.to));
  }

  return {
    list: () => (all.all() as Joined[]).map(fromRow),
    get(id: string): Actor | undefined {
      const row = byId.get(id) as Joined | undefined;
      return row && fromRow(row);
    },
    isEmpty: () => (count.get() as number) === 0,
    insert: (row: ActorRow) => void insert.run(row),
    update: (row: Omit<ActorRow, 'created_at'>) => void update.run(row),
    delete: (id: string) => void remove.run(id),
    setRoles(id: string, roles: readonly ActorRole[]): void {
      dropRoles.run(id);
      appendRoles(id, roles);
    },
    appendRoles,
    setAliases(id: string, aliases: readonly ActorAlias[]): void {
      dropAliases.run(id);
      for (const a of aliases) addAlias.run(id, a.alias, a.language);
    },
    addAliases(id: string, aliases: readonly ActorAlias[]): void {
      for (const a of aliases) addAlias.run(id, a.alias, a.language);
    },
    moveStatements: (from: string, into: string) => void moveStatements.run(into, from),
  };
}
export type ActorRepo = ReturnType<typeof actorRepo>;
