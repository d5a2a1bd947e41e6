/** One file to import: its path as the analyst chose it (relative inside a folder) and its bytes. */
export interface ImportSource {
  path: string;
  file: Blob;
  /** Why the file or folder could not be read from a drop; it is then listed as failed. */
  unreadable?: string;
}

/** Files from a file input; a folder picker (webkitdirectory) gives each its path inside the folder. */
export function sourcesFromFiles(files: FileList | readonly File[] | null): ImportSource[] {
  return Array.from(files ?? [], (file) => ({ path: file.webkitRelativePath || file.name, file }));
}
