import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ExportedFile } from '../../../../shared/domain/briefing.js';
import type { AnnotationExportFormat } from '../../../../shared/domain/exchange.js';
import { collectExportData, type ExportData } from './exportData.js';
import { highlightsCsv } from './highlightsCsv.js';
import { highlightsJson } from './highlightsJson.js';
import { qdpxArchive } from './qdpxArchive.js';
import { webAnnotationCollection } from './webAnnotations.js';

type Format = z.infer<typeof AnnotationExportFormat>;

const EXTENSION: Record<Format, string> = { csv: 'csv', json: 'json', w3c: 'jsonld', qdpx: 'qdpx' };
const MIME: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  w3c: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  qdpx: 'application/zip',
};

async function render(format: Format, data: ExportData, now: Date): Promise<Uint8Array | string> {
  switch (format) {
    case 'csv':
      return highlightsCsv(data);
    case 'json':
      return highlightsJson(data);
    case 'w3c':
      return webAnnotationCollection(data, now);
    case 'qdpx':
      return qdpxArchive(data, now, 'Parallax');
  }
}

/** Renders already collected data as the file the renderer downloads or the CLI writes. */
export async function annotationFile(format: Format, data: ExportData, now: Date = new Date()): Promise<ExportedFile> {
  const content = await render(format, data, now);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    file_name: `parallax-highlights-${now.toISOString().slice(0, 10)}.${EXTENSION[format]}`,
    mime: MIME[format],
    data: bytes.toString('base64'),
  };
}

/** Reads the chosen articles' highlights in one snapshot, then renders them (zipping is asynchronous). */
export async function exportAnnotations(
  db: Database.Database,
  input: { format: Format; article_ids?: readonly string[] | undefined },
  now: Date = new Date(),
): Promise<ExportedFile> {
  const data = db.transaction(() => collectExportData(db, input.article_ids))();
  return annotationFile(input.format, data, now);
}
