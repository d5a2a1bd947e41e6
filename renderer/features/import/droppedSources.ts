import { errorMessage } from '../../store/errorMessage';
import { sourcesFromFiles, type ImportSource } from './importSources';

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

const nextBatch = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

/** Every file under `entry`, with paths relative to the dropped item's parent ("folder/sub/a.html"). */
async function walk(entry: FileSystemEntry, prefix: string, into: ImportSource[]): Promise<void> {
  const path = prefix + entry.name;
  try {
    if (isFile(entry)) {
      into.push({ path, file: await fileOf(entry) });
    } else if (isDirectory(entry)) {
      const reader = entry.createReader();
      // readEntries hands a directory over in batches (Chromium: 100 at a time) until it answers empty.
      for (let batch = await nextBatch(reader); batch.length > 0; batch = await nextBatch(reader)) {
        for (const child of batch) await walk(child, `${path}/`, into);
      }
    }
  } catch (error) {
    into.push({ path, file: new Blob(), unreadable: `could not be read (${errorMessage(error)})` });
  }
}

async function walkAll(entries: readonly FileSystemEntry[]): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const entry of entries) await walk(entry, '', sources);
  return sources;
}

/**
 * The files in a drop, folders walked recursively. Must be called during the drop event itself:
 * the browser empties `items` once the event handler returns, so the entries are taken first.
 */
export function sourcesFromDrop(dataTransfer: DataTransfer): Promise<ImportSource[]> {
  const items = Array.from(dataTransfer.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.flatMap((item) => item.webkitGetAsEntry?.() ?? []);
  // Without an entry for every item (an older engine) the flat file list is all there is.
  if (entries.length === 0 || entries.length < items.length) return Promise.resolve(sourcesFromFiles(dataTransfer.files));
  return walkAll(entries);
}
