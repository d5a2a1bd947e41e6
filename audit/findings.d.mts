// Types for findings.mjs, for the tests (test/audit/findings.test.ts) and editors.
export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}
export interface Justification {
  check: string;
  file: string;
  reason: string;
}
export const BLOCKING_SEVERITIES: readonly string[];
export function toFindings(report: unknown, root: string, mapFile?: (file: string) => string): Finding[];
export function parseJustified(json: unknown): Justification[];
export function judge(
  findings: readonly Finding[],
  justified: readonly Justification[],
  scannedRoots: readonly string[],
): { blocking: Finding[]; justified: Finding[]; unused: Justification[] };
export function unreadable(report: { errors?: { file: string; message: string; tolerable: boolean }[] }): { file: string; message: string }[];
