import JSZip from 'jszip';
import type { ExportData } from './exportData.js';
import { qdeProject, sourceFileName } from './qdeProject.js';

/**
 * A REFI-QDA project file (.qdpx): a zip holding project.qde and, in `sources/`, each article's
 * text as UTF-8 plain text (no byte order mark, which would shift every position by one).
 */
export async function qdpxArchive(data: ExportData, created: Date, origin: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qdeProject(data, created, origin), { date: created });
  const sources = zip.folder('sources')!;
  for (const article of data.articles) sources.file(sourceFileName(article), article.body, { date: created });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}
