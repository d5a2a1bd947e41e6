import { z } from 'zod';
import { Id } from './article.js';

export const AnnotationExportFormat = z.enum(['csv', 'json', 'w3c', 'qdpx']);

/** Highlights and statements of the chosen articles (all when none are chosen). */
export const AnnotationExportInput = z
  .object({ format: AnnotationExportFormat, article_ids: z.array(Id).max(100_000).optional() })
  .strict();

/** An automatic or manual backup kept in the workspace's backups folder. */
export const BackupInfo = z.object({
  name: z.string(),
  created_at: z.string(),
  bytes: z.number().int(),
  schema_version: z.number().int(),
  automatic: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BundleExportInput = z.object({ article_ids: z.array(Id).min(1).max(100_000) }).strict();

export const BundleImportInput = z
  .object({ name: z.string().trim().min(1).max(1024), data: z.base64().max(16 * 1024 * 1024 * 4) })
  .strict();

/** What a bundle import did, item by item kind. */
export const BundleImportResult = z.object({
  articles: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  annotations: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  statements: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  notes: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  tags: z.object({ added: z.number().int(), unchanged: z.number().int() }),
  actors: z.object({ added: z.number().int(), unchanged: z.number().int() }),
});
