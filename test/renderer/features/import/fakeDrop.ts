/**
 * Stand-ins for the File and Directory Entries API that jsdom lacks: a folder tree as the browser
 * hands it over on drop, with directories read in batches as Chromium does.
 */
export type Tree = { [name: string]: string | Tree };

export interface FakeDrop {
  dataTransfer: DataTransfer;
  /** How many times readEntries was called, per directory path. */
  reads: Map<string, number>;
}

function entryFor(name: string, node: string | Tree, parent: string, reads: Map<string, number>, batchSize: number): FileSystemEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof node === 'string') {
    const file = new File([node], name);
    return { name, fullPath, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(file) } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([child, value]) => entryFor(child, value, fullPath, reads, batchSize));
  const createReader = () => {
    let next = 0;
    return {
      readEntries(ok: (entries: FileSystemEntry[]) => void) {
        reads.set(fullPath, (reads.get(fullPath) ?? 0) + 1);
        const batch = children.slice(next, next + batchSize);
        next += batch.length;
        setTimeout(() => ok(batch));
      },
    };
  };
  return { name, fullPath, isFile: false, isDirectory: true, createReader } as unknown as FileSystemEntry;
}

/** A drop of the top-level names of `tree` (files and folders). */
export function fakeDrop(tree: Tree, batchSize = 2): FakeDrop {
  const reads = new Map<string, number>();
  const entries = Object.entries(tree).map(([name, node]) => entryFor(name, node, '', reads, batchSize));
  const items = entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry }));
  const dataTransfer = { types: ['Files'], items, files: [], dropEffect: 'none' } as unknown as DataTransfer;
  return { dataTransfer, reads };
}

/** A drop from an engine without entries: only the flat file list. */
export function flatDrop(files: File[]): DataTransfer {
  return { types: ['Files'], items: files.map(() => ({ kind: 'file' })), files, dropEffect: 'none' } as unknown as DataTransfer;
}
