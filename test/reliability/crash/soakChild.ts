/**
 * The process the soak test kills: it opens a workspace and runs imports (new articles, singly
 * and in batches, and new revisions), highlight edits and tag merges through the real dispatcher, forever, announcing
 * each unit in the journal before it starts and after it commits. Usage:
 *   node --import tsx soakChild.ts <dataDir> <journalFile>
 * Prints "ready" once the workspace is open.
 */
import { randomBytes } from 'node:crypto';
import { createDispatcher, type Dispatch } from '../../../electron/backend/dispatcher.js';
import { createHandlers } from '../../../electron/backend/handlers.js';
import { openWorkspace } from '../../../electron/backend/workspace.js';
import { JournalWriter, type Unit } from './journal.js';
import { SOAK_URL_PREFIX, importBody, markerOf } from './soakText.js';

const [dataDir, journalFile] = process.argv.slice(2);
if (!dataDir || !journalFile) throw new Error('usage: soakChild.ts <dataDir> <journalFile>');

const workspace = openWorkspace(dataDir);
const dispatch: Dispatch = createDispatcher(
  workspace.db,
  createHandlers(workspace, {
    printPdf: async () => {
      throw new Error('The soak child prints no PDFs.');
    },
  }),
  { logError: () => {} },
);
const journal = new JournalWriter(journalFile);

const newKey = () => randomBytes(6).toString('hex');
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** Announces the unit, runs it, and records the commit once the channel has answered. */
async function unit<T>(announced: Unit, run: () => Promise<T>): Promise<T> {
  journal.intent(announced);
  const value = await run();
  journal.commit(announced.key, announced.kind);
  return value;
}

function importedFile(key: string, url: string) {
  const article = { title: `Soak ${key}`, body: importBody(key), url, outlet: 'Soak Times', language: 'en' };
  return { name: `soak-${key}.json`, data: Buffer.from(JSON.stringify([article])).toString('base64') };
}

function importFile(key: string, url: string, replaces: string | null) {
  return unit({ kind: 'import', key, url, replaces }, () => call('import.file', importedFile(key, url)));
}

/** Three new articles in one `import.files` call, as the CLI and the menu send folders: each is a unit of its own. */
async function importBatch(): Promise<void> {
  const units = [newKey(), newKey(), newKey()].map((key) => ({ kind: 'import' as const, key, url: `${SOAK_URL_PREFIX}${key}`, replaces: null }));
  for (const announced of units) journal.intent(announced);
  await call('import.files', { files: units.map(({ key, url }) => importedFile(key, url)) });
  for (const announced of units) journal.commit(announced.key, announced.kind);
}

async function newArticle(): Promise<void> {
  const key = newKey();
  await importFile(key, `${SOAK_URL_PREFIX}${key}`, null);
}

async function newRevision(): Promise<void> {
  const stored = workspace.db
    .prepare(`SELECT url, body FROM article WHERE url LIKE ? || '%' ORDER BY random() LIMIT 1`)
    .get(SOAK_URL_PREFIX) as { url: string; body: string } | undefined;
  if (!stored) return newArticle();
  await importFile(newKey(), stored.url, markerOf(stored.body));
}

function anyArticle(): string {
  return (workspace.db.prepare('SELECT id FROM article ORDER BY random() LIMIT 1').pluck().get() as string | undefined) ?? '';
}

async function createTag(key: string, role: 'from' | 'into' | 'edit'): Promise<string> {
  const tag = await unit({ kind: 'tag', key: `${role}-${key}`, role }, () =>
    call<{ id: string }>('tags.create', { name: `${role}-${key}` }),
  );
  return tag.id;
}

async function highlight(key: string, articleId: string, tagIds: string[], purpose: 'edit' | 'merge'): Promise<void> {
  await unit({ kind: 'highlight', key, article_id: articleId, tag_ids: tagIds, purpose }, () =>
    call('annotations.create', { article_id: articleId, start: 0, end: 4, tag_ids: tagIds, note: `h-${key}` }),
  );
}

/** A highlight created, then its note and tags changed in one edit. */
async function editHighlight(editTag: string): Promise<void> {
  const articleId = anyArticle();
  if (!articleId) return newArticle();
  const key = newKey();
  await highlight(key, articleId, [], 'edit');
  const id = workspace.db.prepare('SELECT id FROM annotation WHERE note = ?').pluck().get(`h-${key}`) as string;
  await unit({ kind: 'edit', key, tag_id: editTag }, () =>
    call('annotations.update', { id, note: `e-${key}`, tag_ids: [editTag] }),
  );
}

/** Two tags, two highlights carrying `from` (one also `into`), then `from` merged into `into`. */
async function mergeTags(): Promise<void> {
  const articleId = anyArticle();
  if (!articleId) return newArticle();
  const key = newKey();
  const from = await createTag(key, 'from');
  const into = await createTag(key, 'into');
  await highlight(`${key}-1`, articleId, [from], 'merge');
  await highlight(`${key}-2`, articleId, [from, into], 'merge');
  await unit({ kind: 'merge', key, from, into, highlights: [`${key}-1`, `${key}-2`] }, () =>
    call('tags.merge', { from, into }),
  );
}

async function editTagId(): Promise<string> {
  const tags = await call<{ id: string; name: string }[]>('tags.list', {});
  return tags.find((tag) => tag.name === 'edit-soak')?.id ?? (await createTag('soak', 'edit'));
}

// Parent gone (its end of stdin closed): stop, rather than write forever unwatched.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const editTag = await editTagId();
process.stdout.write('ready\n');
for (;;) {
  await pick([newArticle, importBatch, newRevision, () => editHighlight(editTag), mergeTags])();
}
