import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ChannelOutput } from '../../../shared/contract.js';
import type { Backend } from '../../backend/app.js';
import { UsageError } from '../args.js';
import { invoke, withBackend, type Command, type CommandContext } from '../command.js';
import { writeOutputFile } from '../outputFile.js';
import { outFile } from './backup.js';

/** The articles to export: `--all`, or `--article ID[,ID…]` with any further ids after it. */
function chosenArticles(backend: Backend, { options, positionals }: CommandContext): string[] {
  const extra = positionals.slice(1);
  if (options.all) {
    if (options.article !== undefined || extra.length > 0) throw new UsageError('Give either --all or --article, not both.');
    return backend.workspace.db.prepare('SELECT id FROM article ORDER BY imported_at, rowid').pluck().all() as string[];
  }
  if (typeof options.article !== 'string') throw new UsageError('bundle export needs --article ID… or --all.');
  return [...options.article.split(','), ...extra].map((id) => id.trim()).filter(Boolean);
}

async function exportBundle(context: CommandContext): Promise<number> {
  const out = outFile(context.options.out);
  if (!out) throw new UsageError('bundle export needs --out FILE.');
  return withBackend(context, async (backend) => {
    const ids = chosenArticles(backend, context);
    if (ids.length === 0) throw new Error('There are no articles to export.');
    const result = await invoke(backend, 'bundle.export', { article_ids: ids });
    if (!result.ok) throw new Error(result.error.message);
    writeOutputFile(out, Buffer.from(result.value.data, 'base64'));
    context.io.stdout.write(`Wrote ${ids.length} article${ids.length === 1 ? '' : 's'} to ${out}\n`);
    return 0;
  });
}

function describeImport(counts: ChannelOutput<'bundle.import'>): string {
  const line = (label: string, c: { added: number; updated?: number; unchanged: number }) =>
    `${label.padEnd(12)} ${c.added} added${c.updated === undefined ? '' : `, ${c.updated} updated`}, ${c.unchanged} unchanged`;
  return [
    line('articles', counts.articles),
    line('highlights', counts.annotations),
    line('statements', counts.statements),
    line('notes', counts.notes),
    line('tags', counts.tags),
    line('actors', counts.actors),
  ].join('\n');
}

async function importBundle(context: CommandContext): Promise<number> {
  const file = context.positionals[1];
  if (!file || context.positionals.length > 2) throw new UsageError('bundle import needs one FILE.');
  const data = readFileSync(resolve(file)).toString('base64');
  return withBackend(context, async (backend) => {
    const result = await invoke(backend, 'bundle.import', { name: basename(file), data });
    if (!result.ok) throw new Error(result.error.message);
    context.io.stdout.write(`Imported ${file}\n${describeImport(result.value)}\n`);
    return 0;
  });
}

export const bundleCommand: Command = {
  name: 'bundle',
  arguments: 'export --out FILE (--article ID… | --all) | import <file>',
  summary:
    'Exchange articles with their highlights, tags, statements, actors and notes with another workspace (.parallax-bundle). Import merges by id: nothing is duplicated, the newer version of a changed item wins (an article keeps the other text as a revision).',
  options: {
    out: { value: 'FILE', help: 'export: the bundle file to write (replacing it)' },
    article: { value: 'ID', help: 'export: an article id, or several separated by commas (more may follow)' },
    all: { help: 'export: every article' },
  },
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER },
  run: async (context) => {
    const [action] = context.positionals;
    if (action === 'export') return exportBundle(context);
    if (action === 'import') {
      if (context.options.out !== undefined || context.options.article !== undefined || context.options.all) {
        throw new UsageError('bundle import takes only the FILE.');
      }
      return importBundle(context);
    }
    throw new UsageError(`bundle takes export or import, not “${action}”.`);
  },
};
