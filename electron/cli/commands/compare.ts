import type { Backend } from '../../backend/app.js';
import { comparisonDocument, type SideInfo } from '../../backend/export/comparisonDocument.js';
import { csvDocument } from '../../backend/export/data/csvFormat.js';
import { renderDocument } from '../../backend/export/exportDocument.js';
import { escapeMarkdown } from '../../backend/export/markdownWriter.js';
import { systemPdfPrinter } from '../../backend/export/pdf.js';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract.js';
import type { ComparedStatement, CompareMatrix } from '../../../shared/domain/compare.js';
import { UsageError } from '../args.js';
import { invoke, withBackend, type Command, type CommandContext } from '../command.js';
import { writeOutputFile } from '../outputFile.js';

type Filters = NonNullable<ChannelInput<'compare.matrix'>['filters']>;
type SideNames = Map<string, string>;
const FORMATS = ['md', 'csv', 'json', 'docx', 'pdf', 'html'] as const;
/** Formats written as a document (the comparison laid out like an exported briefing note). */
const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
const isDocumentFormat = (f: Format): f is DocumentFormat => (DOCUMENT_FORMATS as readonly string[]).includes(f);
type Format = (typeof FORMATS)[number];
const UNTAGGED = { id: '', name: 'Untagged' };
/** The matrix's largest page per cell; the rest of a cell comes from compare.cell. */
const MATRIX_PAGE = 200;
const CELL_PAGE = 500;

async function value<C extends Parameters<typeof invoke>[1]>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await invoke(backend, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function text(option: string | true | undefined, name: string): string | undefined {
  if (option === true) throw new UsageError(`--${name} needs a value.`);
  return option;
}

function date(option: string | true | undefined, name: string): string | undefined {
  const given = text(option, name);
  if (given !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    throw new UsageError(`--${name} must be a date like 2025-04-17, not “${given}”.`);
  }
  return given;
}

function format(option: string | true | undefined): Format {
  const given = text(option, 'format') ?? 'md';
  if (!(FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`--format must be md, csv, json, docx, pdf or html, not “${given}”.`);
  }
  return given as Format;
}

/** `--sides a,b`: two known side ids (or names). */
function chooseSides(option: string | true | undefined, names: SideNames): [string, string] | undefined {
  const given = text(option, 'sides');
  if (given === undefined) return undefined;
  const parts = given.split(',').map((part) => part.trim().toLowerCase());
  if (parts.length !== 2 || parts.some((part) => !part)) throw new UsageError(`--sides takes two sides like pakistan,afghanistan.`);
  return parts.map((part) => {
    const id = [...names].find(([sideId, name]) => sideId === part || name.toLowerCase() === part)?.[0];
    if (!id) throw new UsageError(`Unknown side “${part}”; the sides are ${[...names.keys()].join(', ')}.`);
    return id;
  }) as [string, string];
}

/** `--topic T`: a top-level tag by id or name (any case), or Untagged. */
async function chooseTopic(backend: Backend, option: string | true | undefined): Promise<string | undefined> {
  const given = text(option, 'topic');
  if (given === undefined) return undefined;
  const topics = [...(await value(backend, 'tags.list', {})).filter((tag) => tag.parent_id === null), UNTAGGED];
  const wanted = given.trim().toLocaleLowerCase('und');
  const topic = topics.find((t) => t.id === given || t.name.toLocaleLowerCase('und') === wanted);
  if (!topic) throw new UsageError(`Unknown topic “${given}”; the topics are ${topics.map((t) => t.name).join(', ')}.`);
  return topic.id;
}

/** The matrix with every statement of every cell. */
async function fullMatrix(backend: Backend, sides: [string, string] | undefined, filters: Filters): Promise<CompareMatrix> {
  const matrix = await value(backend, 'compare.matrix', { ...(sides ? { sides } : {}), filters, per_cell: MATRIX_PAGE });
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      while (cell.statements.length < cell.count) {
        const page = await value(backend, 'compare.cell', {
          topic_id: row.topic_id,
          side_id: cell.side_id,
          filters,
          offset: cell.statements.length,
          limit: CELL_PAGE,
        });
        if (page.statements.length === 0) break;
        cell.statements.push(...page.statements);
      }
    }
  }
  return matrix;
}

/** “quote” — speaker (role), date, outlet */
function citation(s: ComparedStatement): string {
  const speaker = s.role ? `${s.speaker} (${s.role})` : s.speaker;
  return `“${s.quote}” — ${[speaker, s.said_on ?? 'undated', s.outlet].filter(Boolean).join(', ')}`;
}

/**
 * Imported and typed text on one line, its Markdown escaped (pipes included): a quote holding
 * `<img onerror=…>` or `![](http://…)` must stay text when the file is rendered.
 */
const mdCell = (textValue: string) => escapeMarkdown(textValue.replace(/\s+/g, ' ').trim());

function markdown(matrix: CompareMatrix, names: SideNames): string {
  const sideNames = matrix.sides.map((id) => names.get(id) ?? id);
  const out = [`# ${mdCell(sideNames.join(' and '))} compared`, ''];
  if (matrix.rows.length === 0) out.push('No statements match.', '');
  for (const row of matrix.rows) {
    out.push(`## ${mdCell(row.topic)}`, '');
    const summaries = row.cells.filter((cell) => cell.summary);
    for (const cell of summaries) out.push(`**${mdCell(names.get(cell.side_id) ?? cell.side_id)}:** ${mdCell(cell.summary)}`, '');
    out.push(`| ${row.cells.map((cell, i) => `${mdCell(sideNames[i]!)} (${cell.count})`).join(' | ')} |`, '| --- | --- |');
    const depth = Math.max(...row.cells.map((cell) => cell.statements.length));
    for (let i = 0; i < depth; i++) {
      out.push(`| ${row.cells.map((cell) => (cell.statements[i] ? mdCell(citation(cell.statements[i]!)) : '')).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const CSV_HEADER = ['topic', 'side', 'said_on', 'speaker', 'role', 'kind', 'stance', 'quote', 'outlet', 'title', 'url'];

/** One row per statement (a statement under two topics appears once for each), UTF-8 with a BOM for spreadsheets. */
function csv(matrix: CompareMatrix, names: SideNames): string {
  const rows = matrix.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.statements.map((s) => [
        row.topic,
        names.get(cell.side_id) ?? cell.side_id,
        s.said_on,
        s.speaker,
        s.role,
        s.kind,
        s.stance,
        s.quote,
        s.outlet,
        s.article_title,
        s.url,
      ]),
    ),
  );
  // csvDocument neutralises cells a spreadsheet would run as formulas (a quote starting "=HYPERLINK(").
  return csvDocument(CSV_HEADER, rows);
}

/** The comparison as DOCX, PDF or HTML: one comparison block per topic, sources numbered at the end. */
async function documentBytes(context: CommandContext, backend: Backend, matrix: CompareMatrix, chosen: DocumentFormat): Promise<Uint8Array> {
  const sides = new Map<string, SideInfo>((await value(backend, 'sides.list', {})).sides.map((side) => [side.id, side]));
  const document = comparisonDocument(matrix, sides, new Date().toISOString().slice(0, 10));
  return (await renderDocument(document, chosen, { printPdf: systemPdfPrinter(context.io.env) })).bytes;
}

async function run(context: CommandContext): Promise<number> {
  const { options } = context;
  const chosenFormat = format(options.format);
  const from = date(options.from, 'from');
  const to = date(options.to, 'to');
  const out = text(options.out, 'out');
  if (out === undefined && (chosenFormat === 'docx' || chosenFormat === 'pdf')) {
    throw new UsageError(`--format ${chosenFormat} needs --out FILE.`);
  }
  return withBackend(context, async (backend) => {
    const names: SideNames = new Map((await value(backend, 'sides.list', {})).sides.map((side) => [side.id, side.name]));
    const sides = chooseSides(options.sides, names);
    const topic = await chooseTopic(backend, options.topic);
    const filters: Filters = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(topic !== undefined ? { topics: [topic] } : {}) };
    const matrix = await fullMatrix(backend, sides, filters);
    const content = isDocumentFormat(chosenFormat)
      ? await documentBytes(context, backend, matrix, chosenFormat)
      : chosenFormat === 'json'
        ? `${JSON.stringify(matrix, null, 2)}\n`
        : chosenFormat === 'csv'
          ? csv(matrix, names)
          : markdown(matrix, names);
    if (out === undefined) context.io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    else {
      writeOutputFile(out, content);
      context.io.stdout.write(`Wrote ${matrix.total} statement${matrix.total === 1 ? '' : 's'} to ${out}\n`);
    }
    return 0;
  });
}

/**
 * `parallax compare` prints the side-by-side comparison. `--format json` prints the compare.matrix
 * answer with every statement of every cell: `{ sides, rows: [{ topic_id, topic, colour, cells:
 * [{ side_id, count, statements, summary }] }], total }`.
 */
export const compareCommand: Command = {
  name: 'compare',
  arguments: '',
  summary:
    'Compare what two sides said, by topic: Markdown tables (default), CSV (one row per statement), JSON, ' +
    'or a document (DOCX, PDF or HTML, laid out like an exported briefing note), newest statements first.',
  options: {
    sides: { value: 'A,B', help: 'the two sides to compare (default: the two the app compares)' },
    topic: { value: 'T', help: 'only this topic: a top-level tag’s name or id, or Untagged' },
    from: { value: 'DATE', help: 'only statements said on or after this day (YYYY-MM-DD)' },
    to: { value: 'DATE', help: 'only statements said on or before this day (YYYY-MM-DD)' },
    format: { value: 'md|csv|json|docx|pdf|html', help: 'output format (default md); docx and pdf need --out' },
    out: { value: 'FILE', help: 'write to FILE (replacing it) instead of printing' },
  },
  positionals: { min: 0, max: 0 },
  run,
};
