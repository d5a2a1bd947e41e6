import { z } from 'zod';

/** What Undo and Redo would do now, labelled for menus and tooltips ("Undo Delete highlight"). */
export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;
