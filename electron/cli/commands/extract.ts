import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Suggestion } from '../../../shared/domain/statement.js';
import type { Backend } from '../../backend/app.js';
import { extractArticles, ImportRefusal } from '../../backend/import/extract.js';
import { actorRepo } from '../../backend/repos/actorRepo.js';
import { sideRepo } from '../../backend/repos/sideRepo.js';
import { actorIndexFor } from '../../backend/services/actorRegistry.js';
import { prepareArticle } from '../../backend/services/articleService.js';
import { titled } from '../../backend/services/importService.js';
import { sideLookup, suggestionsIn } from '../../backend/services/suggestionService.js';
import { UsageError } from '../args.js';
import { invoke, JSON_OPTION, withBackend, writeJson, type Command, type CommandContext } from '../command.js';
import { formatTable, truncate } from '../table.js';

const DEFAULT_MIN_CONFIDENCE = 0.8;
const QUOTE_WIDTH = 70;
const SPEAKER_WIDTH = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `parallax extract --json` prints an array of objects with exactly these keys, in this order:
 * start, end (UTF-16 offsets into the stored text), quote, kind (`direct` or `reported`),
 * speaker (the actor's name, else the text's own mention, else null), side (a side id such as
 * `pakistan`, `afghanistan` or `other`, or null) and confidence (0 to 1).
 */
export interface ExtractedStatement {
  start: number;
  end: number;
  quote: string;
  kind: Suggestion['kind'];
  speaker: string | null;
  side: string | null;
  confidence: number;
}

const toExtracted = (s: Suggestion): ExtractedStatement => ({
  start: s.start,
  end: s.end,
  quote: s.quote,
  kind: s.kind,
  speaker: s.speaker ?? s.speaker_mention,
  side: s.side_id,
  confidence: s.confidence,
});

function parseMinConfidence(options: CommandContext['options']): number {
  const value = options['min-confidence'];
  if (value === undefined) return DEFAULT_MIN_CONFIDENCE;
  if (!options.accept) throw new UsageError('--min-confidence only applies with --accept.');
  const number = Number(value);
  if (typeof value !== 'string' || !/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value) || Number.isNaN(number)) {
    throw new UsageError(`--min-confidence must be a number from 0 to 1, not “${String(value)}”.`);
  }
  return number;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The one article a file holds, read as an import would store it (same text, so the same offsets). */
async function readArticle(file: string) {
  let found;
  try {
    found = await extractArticles(readFileSync(file), basename(file));
  } catch (error) {
    if (error instanceof ImportRefusal) throw new Error(`cannot read ${file}: ${error.message}`, { cause: error });
    throw error;
  }
  if (found.length !== 1) {
    throw new Error(`${file} holds ${found.length} articles; import it and run parallax extract on each article id.`);
  }
  return titled(found[0]!, file);
}

/** Imports the file (as `parallax import` does) and answers the stored article's id. */
async function importFile(backend: Backend, file: string): Promise<string> {
  const result = await invoke(backend, 'import.file', { name: file, data: readFileSync(file).toString('base64') });
  if (!result.ok) throw new Error(result.error.message);
  const [item] = result.value.items;
  if (!item) throw new Error(`${file} was not imported: ${result.value.reason ?? result.value.status}`);
  return item.id;
}

async function storedSuggestions(backend: Backend, articleId: string): Promise<Suggestion[]> {
  const result = await invoke(backend, 'suggestions.list', { article_id: articleId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function formatSuggestions(found: readonly ExtractedStatement[]): string {
  if (found.length === 0) return 'No statements found.\n';
  const rows = found.map((s) => [
    String(s.start), String(s.end), s.kind, s.confidence.toFixed(2), s.side ?? '-',
    truncate(s.speaker ?? '-', SPEAKER_WIDTH), truncate(s.quote.replace(/\s+/g, ' '), QUOTE_WIDTH),
  ]);
  return `${formatTable([['START', 'END', 'KIND', 'CONF', 'SIDE', 'SPEAKER', 'QUOTE'], ...rows])}\n`;
}

async function extract(context: CommandContext, backend: Backend, minConfidence: number): Promise<number> {
  const { io, options } = context;
  const [target] = context.positionals as [string];
  const file = isFile(target);
  if (!file && !UUID.test(target)) throw new Error(`“${target}” is neither a file nor an article id.`);

  let suggestions: Suggestion[];
  let articleId: string | null = file ? null : target;
  if (file) {
    const read = await readArticle(target);
    if (options.accept) {
      articleId = await importFile(backend, target);
      suggestions = await storedSuggestions(backend, articleId);
    } else {
      const { db } = backend.workspace;
      const article = prepareArticle({ ...read, source_name: target });
      suggestions = suggestionsIn(article, actorIndexFor(db), sideLookup(actorRepo(db), sideRepo(db)));
    }
  } else {
    suggestions = await storedSuggestions(backend, target);
  }

  const rows = suggestions.map(toExtracted);
  if (options.json) writeJson(io, rows);
  else io.stdout.write(formatSuggestions(rows));
  if (options.accept && articleId) {
    const result = await invoke(backend, 'suggestions.acceptAll', { article_id: articleId, min_confidence: minConfidence, tag_ids: [] });
    if (!result.ok) throw new Error(result.error.message);
    const count = result.value.accepted.length;
    // With --json stdout stays one JSON array; the count goes to stderr.
    (options.json ? io.stderr : io.stdout).write(
      `Accepted ${count} statement${count === 1 ? '' : 's'} with confidence ${minConfidence} or more (article ${articleId}).\n`,
    );
  }
  return 0;
}

export const extractCommand: Command = {
  name: 'extract',
  arguments: '<file | article-id>',
  summary:
    'Find statements (direct quotations and reported speech) with their speaker and side in a file, without ' +
    'importing it, or in a stored article. With --accept the file is imported first and the statements stored.',
  options: {
    ...JSON_OPTION,
    accept: { help: `store the statements that name a speaker as statements (importing a file first)` },
    'min-confidence': { value: 'X', help: `with --accept, store only those at confidence X or more (0 to 1, default ${DEFAULT_MIN_CONFIDENCE})` },
  },
  positionals: { min: 1, max: 1 },
  run: (context) => {
    const minConfidence = parseMinConfidence(context.options);
    return withBackend(context, (backend) => extract(context, backend, minConfidence));
  },
};
