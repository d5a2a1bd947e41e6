import { z } from 'zod';

export const WorkspaceInfo = z.object({
  file: z.string(),
  schemaVersion: z.number().int(),
  articleCount: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;
