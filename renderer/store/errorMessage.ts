/** The sentence to show an analyst for anything a store action caught. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
