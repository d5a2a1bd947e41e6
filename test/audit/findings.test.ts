import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, parseJustified, toFindings, unreadable } from '../../audit/findings.mjs';

// The shape electronegativity's run() answers, trimmed to what the audit reads.
const issue = (id: string, file: string, severity: string, line = 3) => ({
  id,
  file,
  location: { line, column: 2 },
  severity: { name: severity, value: 0 },
  confidence: { name: 'FIRM', value: 1 },
  description: `${id} description`,
});
const sampleReport = {
  issues: [
    issue('CONTEXT_ISOLATION_JS_CHECK', 'main/main.ts', 'HIGH'),
    issue('OPEN_EXTERNAL_JS_CHECK', 'main/main.ts', 'MEDIUM', 41),
    issue('CSP_GLOBAL_CHECK', 'N/A', 'MEDIUM', 0),
    issue('HTTP_RESOURCES_JS_CHECK', 'main/other.ts', 'LOW'),
    issue('SOMETHING_INFORMATIONAL', 'main/other.ts', 'INFORMATIONAL'),
  ],
  errors: [
    { file: '/repo/electron/main/weird.ts', message: 'Unexpected token', tolerable: false },
    { file: '/repo/electron/main/ok.ts', message: 'a warning', tolerable: true },
  ],
};
const reason = 'Only http(s) URLs reach it, proven by test/main/navigationGuards.test.ts.';

describe('audit findings', () => {
  const findings = toFindings(sampleReport, 'electron');

  it('names each finding by check, repository path, line and severity; global ones by the scanned folder', () => {
    expect(findings[0]).toEqual({
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      file: 'electron/main/main.ts',
      line: 3,
      severity: 'HIGH',
      confidence: 'FIRM',
      description: 'CONTEXT_ISOLATION_JS_CHECK description',
    });
    expect(findings[2]!.file).toBe('electron');
  });

  it('maps a scanned copy back to the file it stands for', () => {
    expect(toFindings({ issues: [issue('X', 'main/main.js', 'HIGH')] }, 'dist', (f) => f.replace(/\.js$/, '.cjs'))[0]!.file).toBe('dist/main/main.cjs');
  });

  it('blocks on every HIGH and MEDIUM finding nobody justified, and never on LOW or informational ones', () => {
    const verdict = judge(findings, [], ['electron']);
    expect(verdict.blocking.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'CSP_GLOBAL_CHECK']);
  });

  it('lets a justification cover only its own check in its own file', () => {
    const justified = parseJustified([
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/main.ts', reason },
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/elsewhere.ts', reason },
      { check: 'CSP_GLOBAL_CHECK', file: 'electron', reason },
    ]);
    const verdict = judge(findings, justified, ['electron']);
    expect(verdict.blocking.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(verdict.justified.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'CSP_GLOBAL_CHECK']);
    expect(verdict.unused).toEqual([justified[1]]);
  });

  it('does not call a justification stale when its folder was not scanned (dist not built)', () => {
    const justified = parseJustified([{ check: 'CSP_GLOBAL_CHECK', file: 'dist', reason }]);
    expect(judge(findings, justified, ['electron']).unused).toEqual([]);
  });

  it('reports files the analyser could not parse, not the warnings it could live with', () => {
    expect(unreadable(sampleReport)).toEqual([{ file: '/repo/electron/main/weird.ts', message: 'Unexpected token' }]);
  });

  it('refuses a justification without a check, a file or a real reason', () => {
    expect(() => parseJustified({})).toThrow(/must be an array/);
    expect(() => parseJustified([{ check: 'X', file: 'electron', reason: '' }])).toThrow(/entry 1 needs a non-empty "reason"/);
    expect(() => parseJustified([{ check: 'X', reason }])).toThrow(/"file"/);
    expect(() => parseJustified([{ check: 'X', file: 'electron', reason: 'fine' }])).toThrow(/too short/);
  });

  it('refuses a report without an issues list', () => {
    expect(() => toFindings({ findings: [] }, 'electron')).toThrow(/no "issues" list/);
  });

  it("accepts the repository's own justification list", () => {
    const entries = parseJustified(JSON.parse(readFileSync(new URL('../../audit/justified.json', import.meta.url), 'utf8')));
    expect(entries.length).toBeGreaterThan(0);
  });
});
