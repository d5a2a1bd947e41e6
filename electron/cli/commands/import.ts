import type { Backend } from '../../backend/app.js';
import { invoke, JSON_OPTION, withBackend, writeJson, type Command } from '../command.js';
import { draftFromFile, SUPPORTED_EXTENSIONS } from '../importFormats.js';
import { formatTable } from '../table.js';

/**
 * `parallax import --json` prints one object per file, in the order given:
 *   { file, status: 'imported', id, title }
 *   { file, status: 'duplicate', reason }   the same text is already in the workspace
 *   { file, status: 'failed', reason }
 * `file` is the path as typed.
 */
export type ImportOutcome =
  | { file: string; status: 'imported'; id: string; title: string }
  | { file: string; status: 'duplicate' | 'failed'; reason: string };

async function importFile(backend: Backend, file: string): Promise<ImportOutcome> {
  const read = draftFromFile(file);
  if (!read.ok) return { file, status: 'failed', reason: read.reason };
  const created = await invoke(backend, 'articles.create', read.draft);
  if (created.ok) return { file, status: 'imported', id: created.value.id, title: created.value.title };
  const status = created.error.code === 'conflict' ? 'duplicate' : 'failed';
  return { file, status, reason: created.error.message };
}

function formatOutcomes(outcomes: readonly ImportOutcome[]): string {
  const rows = outcomes.map((o) =>
    o.status === 'imported' ? [o.status, o.file, `“${o.title}” (${o.id})`] : [o.status, o.file, o.reason],
  );
  return `${formatTable(rows)}\n`;
}

function summarise(outcomes: readonly ImportOutcome[]): string {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return `${count('imported')} imported, ${count('duplicate')} duplicate, ${count('failed')} failed.\n`;
}

export const importCommand: Command = {
  name: 'import',
  arguments: '<file…>',
  summary: `Import articles from text files (${SUPPORTED_EXTENSIONS.join(', ')}), one article per file.`,
  options: JSON_OPTION,
  positionals: { min: 1, max: Infinity },
  run: (context) =>
    withBackend(context, async (backend) => {
      // Each file is its own transaction: one bad file does not undo the others.
      const outcomes: ImportOutcome[] = [];
      for (const file of context.positionals) outcomes.push(await importFile(backend, file));
      const anyFailed = outcomes.some((o) => o.status === 'failed');
      if (context.options.json) {
        writeJson(context.io, outcomes);
      } else {
        context.io.stdout.write(formatOutcomes(outcomes));
        (anyFailed ? context.io.stderr : context.io.stdout).write(summarise(outcomes));
      }
      return anyFailed ? 1 : 0;
    }),
};
