import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app.js';
import { chromiumPrinter, findChromium } from '../../electron/backend/export/pdf.js';
import type { ChannelInput } from '../../shared/contract.js';
import { runCli } from '../cli/runCli.js';
import { call, MARKDOWN_VECTORS, seedHostileWorkspace, SPREADSHEET_VECTORS, type HostileWorkspace } from '../helpers/hostileWorkspace.js';
import {
  csvProblems,
  csvValue,
  docxProblems,
  htmlProblems,
  htmlText,
  markdownProblems,
  markdownText,
  parseCsv,
  parseXml,
  pdfProblems,
  squeeze,
  xmlProblems,
} from '../helpers/inertChecks.js';
import { securityPayloads } from '../helpers/securityPayloads.js';
import { useTempDirs } from '../helpers/tempDir.js';

const PAYLOADS = [...securityPayloads(), ...MARKDOWN_VECTORS, ...SPREADSHEET_VECTORS];
const bytesOf = (file: { data: string }) => new Uint8Array(Buffer.from(file.data, 'base64'));
const textOf = (file: { data: string }) => Buffer.from(file.data, 'base64').toString('utf8');

/** The problems found, one line each, so a failing expectation lists every leak. */
const report = (problems: readonly string[]) => [...new Set(problems)].slice(0, 40);

describe('hostile text through notes, search and every export', () => {
  const tempDir = useTempDirs();
  let dataDir: string;
  let backend: Backend;
  let workspace: HostileWorkspace;
  /** Every page the backend handed to its PDF printer. */
  const printed: string[] = [];

  // One workspace for the sweep: seeding every payload takes a while, and nothing below writes to it
  // except the header test, which works on a note of its own.
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const chromium = findChromium();
    if (!chromium) throw new Error('This sweep prints a PDF: install chromium or set PARALLAX_CHROMIUM.');
    const print = chromiumPrinter(chromium);
    backend = startBackend(dataDir, {
      validateOutput: true,
      logError: () => {},
      printPdf: (html) => {
        printed.push(html);
        return print(html);
      },
    });
    workspace = await seedHostileWorkspace(backend, PAYLOADS);
  }, 180_000);

  afterAll(() => {
    backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const exportBriefing = (format: ChannelInput<'export.briefing'>['format'], id = workspace.briefingId) =>
    call(backend, 'export.briefing', { id, format });
  const exportData = (format: ChannelInput<'export.annotations'>['format']) => call(backend, 'export.annotations', { format });

  it('stores every payload in notes, highlights and statements as the text it was', async () => {
    expect(PAYLOADS.length).toBeGreaterThan(250);
    for (const item of workspace.items) {
      const [highlight] = await call(backend, 'annotations.list', { article_id: item.articleId });
      expect(highlight!.note, item.payload.label).toBe(item.payload.text);
      expect((await call(backend, 'notes.getArticle', { article_id: item.articleId })).body, item.payload.label).toBe(item.payload.text);
    }
  });

  it('gives search snippets as runs of plain text, the payloads in them unchanged', async () => {
    const page = await call(backend, 'search.query', { query: 'onerror', limit: 200 });
    expect(page.total).toBeGreaterThan(50);
    for (const hit of page.hits) {
      for (const run of [...hit.snippet, ...hit.title]) expect(Object.keys(run).sort()).toEqual(['match', 'text']);
      expect(hit.snippet.some((run) => run.match && /onerror/i.test(run.text))).toBe(true);
    }
    // The markup is still there as text: the snippet is neither stripped nor interpreted.
    expect(page.hits.some((hit) => hit.snippet.map((run) => run.text).join('').includes('onerror='))).toBe(true);
    expect(page.hits.some((hit) => /<img/i.test(hit.snippet.map((run) => run.text).join('')))).toBe(true);
  });

  it('exports the briefing note as HTML with no script, handler, script address or remote resource, every quotation as text', async () => {
    const html = textOf(await exportBriefing('html'));
    expect(report(htmlProblems(html))).toEqual([]);
    const text = htmlText(html);
    for (const item of workspace.items) expect(text.includes(squeeze(item.exact)), item.payload.label).toBe(true);
    // The sources list links each article's own web address, as a plain link and nothing more.
    expect(html).toContain(`<a href="https://example.org/0/`);
  });

  it('prints the same inert HTML to a PDF with no script, action or link but to the web', async () => {
    printed.length = 0;
    const pdf = bytesOf(await exportBriefing('pdf'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toBe(textOf(await exportBriefing('html')));
    expect(report(await pdfProblems(pdf))).toEqual([]);
  }, 180_000);

  it('exports the briefing note as Markdown that renders no HTML, image or link but to the web, every quotation as text', async () => {
    const markdown = textOf(await exportBriefing('md'));
    expect(report(markdownProblems(markdown))).toEqual([]);
    const text = markdownText(markdown);
    for (const item of workspace.items) expect(text.includes(squeeze(item.exact)), item.payload.label).toBe(true);
  });

  it('exports the briefing note as DOCX with no external part but web hyperlinks, no macro, object or active field', async () => {
    const docx = bytesOf(await exportBriefing('docx'));
    expect(report(await docxProblems(docx))).toEqual([]);
    const text = squeeze((await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value);
    for (const item of workspace.items) expect(text.includes(squeeze(item.exact)), item.payload.label).toBe(true);
  });

  it('keeps a note title, author and caveat holding a payload inert in HTML, Markdown and DOCX', async () => {
    const note = await call(backend, 'briefings.create', { title: 'Header sweep' });
    for (const { label, text } of PAYLOADS) {
      const clipped = text.trim().slice(0, 200);
      await call(backend, 'briefings.update', { id: note.id, title: text.trim().slice(0, 300), author: clipped, caveat: clipped, body: text });
      const problems = [
        ...htmlProblems(textOf(await exportBriefing('html', note.id))),
        ...markdownProblems(textOf(await exportBriefing('md', note.id))),
        ...(await docxProblems(bytesOf(await exportBriefing('docx', note.id)))),
      ];
      expect(report(problems), label).toEqual([]);
    }
  }, 300_000);

  it('exports the comparison as HTML, DOCX, Markdown, CSV and JSON (parallax compare) with no active content', async () => {
    const out = (format: string) => join(tempDir(), `compare.${format}`);
    const compare = async (format: string) => {
      const file = out(format);
      const result = await runCli(['compare', '--format', format, '--out', file, '--data-dir', dataDir], {});
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return readFileSync(file);
    };
    const html = (await compare('html')).toString('utf8');
    expect(report(htmlProblems(html))).toEqual([]);
    const docx = await compare('docx');
    expect(report(await docxProblems(docx))).toEqual([]);
    const markdown = (await compare('md')).toString('utf8');
    expect(report(markdownProblems(markdown))).toEqual([]);
    const rows = parseCsv((await compare('csv')).toString('utf8'));
    expect(report(csvProblems(rows))).toEqual([]);
    const quotes = new Set(rows.slice(1).map((row) => csvValue(row[7]!)));
    for (const item of workspace.items) expect(quotes.has(item.exact), item.payload.label).toBe(true);
    const matrix = JSON.parse((await compare('json')).toString('utf8')) as { rows: { topic: string }[] };
    expect(matrix.rows.map((row) => row.topic)).toEqual(expect.arrayContaining(workspace.topics.map((t) => t.name)));
    for (const text of [html, markdown]) expect(text).toContain('compared');
  }, 120_000);

  it('prints the comparison to a PDF with no script, action or link but to the web', async () => {
    const file = join(tempDir(), 'compare.pdf');
    const result = await runCli(['compare', '--format', 'pdf', '--out', file, '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(report(await pdfProblems(readFileSync(file)))).toEqual([]);
  }, 180_000);

  it('exports highlights as CSV with every formula-like cell neutralised and every payload kept', async () => {
    const rows = parseCsv(textOf(await exportData('csv')));
    expect(rows[0]).toContain('note');
    expect(report(csvProblems(rows))).toEqual([]);
    const note = rows[0]!.indexOf('note');
    const notes = new Set(rows.slice(1).map((row) => csvValue(row[note]!)));
    for (const item of workspace.items) expect(notes.has(item.payload.text), item.payload.label).toBe(true);
    // The spreadsheet vectors start their cells: they are there, behind an apostrophe.
    for (const { text } of SPREADSHEET_VECTORS) expect(rows.some((row) => row[note] === `'${text}`), text).toBe(true);
  });

  it('exports highlights as JSON holding each payload as a plain string', async () => {
    const items = JSON.parse(textOf(await exportData('json'))) as { id: string; note: string; exact: string; article: { url: string; title: string } }[];
    const byId = new Map(items.map((h) => [h.id, h]));
    for (const item of workspace.items) {
      expect(byId.get(item.annotationId), item.payload.label).toMatchObject({ note: item.payload.text, exact: item.exact, article: { url: item.url } });
    }
  });

  it('exports highlights as W3C Web Annotations whose bodies are the payloads as text and whose targets are their web addresses', async () => {
    const collection = JSON.parse(textOf(await exportData('w3c'))) as {
      '@context': string;
      first: { items: { '@context': string; id: string; body: { purpose: string; value: string }[]; target: { source: string } }[] };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const byId = new Map(collection.first.items.map((a) => [a.id, a]));
    for (const item of workspace.items) {
      const annotation = byId.get(`urn:uuid:${item.annotationId}`)!;
      expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(annotation.body.find((b) => b.purpose === 'commenting')?.value, item.payload.label).toBe(item.payload.text);
      expect(annotation.target.source).toBe(item.url);
    }
  });

  it('exports a REFI-QDA project whose XML is well formed and holds each payload as text only', async () => {
    const zip = await JSZip.loadAsync(bytesOf(await exportData('qdpx')));
    const qde = await zip.file('project.qde')!.async('string');
    expect(xmlProblems('project.qde', qde)).toEqual([]);
    const project = parseXml(qde);
    const elements = new Set([...project.getElementsByTagName('*')].map((el) => el.localName));
    for (const name of elements) {
      expect(['Project', 'Users', 'User', 'CodeBook', 'Codes', 'Code', 'Description', 'Sources', 'TextSource', 'PlainTextSelection', 'Coding', 'CodeRef', 'NoteRef', 'Notes', 'Note', 'PlainTextContent']).toContain(name);
    }
    const notes = new Set([...project.getElementsByTagName('PlainTextContent')].map((el) => squeeze(el.textContent ?? '')));
    const names = new Set([...project.getElementsByTagName('TextSource')].map((el) => squeeze(el.getAttribute('name') ?? '')));
    for (const item of workspace.items) {
      expect(notes.has(squeeze(item.payload.text)), item.payload.label).toBe(true);
      const body = await zip.file(`sources/${item.articleId}.txt`)!.async('string');
      expect(body).toContain(item.exact);
      const { title } = await call(backend, 'articles.get', { id: item.articleId });
      expect(names.has(squeeze(title)), item.payload.label).toBe(true);
    }
  }, 120_000);
});
