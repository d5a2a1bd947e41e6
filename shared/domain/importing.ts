import { z } from 'zod';
import { Id } from './article.js';
import { MAX_IMPORT_FILE_BYTES } from '../import/fileKinds.js';

/** One file's bytes, as picked, dropped or named on the command line. */
export const ImportFileInput = z
  .object({
    /** The path as the analyst chose it (relative inside a picked folder); names the format. */
    name: z.string().trim().min(1).max(1024),
    /** The file's bytes, base64. */
    data: z.base64().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4, 'is larger than the import limit'),
  })
  .strict();
export type ImportFileInput = z.input<typeof ImportFileInput>;

/** Most files one `import.files` call takes. */
export const MAX_IMPORT_BATCH_FILES = 100;
/** A batch's files together are at most as large as one file may be. */
const MAX_BATCH_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4;

/**
 * Several files imported in one transaction, answered once it is committed. A file refused on
 * reading is a failed result that stores nothing; an error while storing any file stores nothing
 * of the batch (the caller then imports its files one by one to tell which failed).
 */
export const ImportFilesInput = z
  .object({
    files: z
      .array(ImportFileInput)
      .min(1)
      .max(MAX_IMPORT_BATCH_FILES)
      .refine((files) => files.reduce((total, file) => total + file.data.length, 0) <= MAX_BATCH_BASE64, 'together are larger than the import limit'),
  })
  .strict();
export type ImportFilesInput = z.input<typeof ImportFilesInput>;

/**
 * What became of one article the file held:
 * imported (new), duplicate (the same text is already stored: `id` is the stored article),
 * updated (same URL, new text: a new revision of article `id`, the earlier text kept).
 */
export const ImportedItem = z.object({
  status: z.enum(['imported', 'duplicate', 'updated']),
  id: Id,
  title: z.string(),
  revision: z.number().int(),
});
export type ImportedItem = z.infer<typeof ImportedItem>;

/**
 * One result per file. `status` is the item's status for a one-article file; a file holding
 * several (JSON) is `imported` when any item was new or updated, else `duplicate`.
 * failed: nothing from this file was written; skipped: not an importable file (hidden,
 * unsupported type). `reason` says why, for failed and skipped.
 */
export const ImportFileResult = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'updated', 'failed', 'skipped']),
  reason: z.string().optional(),
  items: z.array(ImportedItem),
});
export type ImportFileResult = z.infer<typeof ImportFileResult>;

/** One result per file of an `import.files` batch, in the order given. */
export const ImportFilesResult = z.array(ImportFileResult);
