// Reading electronegativity's report: which findings block the build. Pure, so the tests can
// feed it sample reports (test/audit/findings.test.ts).
import { posix } from 'node:path';

/** Severities that fail the audit; LOW and INFORMATIONAL are printed only. */
export const BLOCKING_SEVERITIES = ['HIGH', 'MEDIUM'];

/**
 * One finding per issue of electronegativity's programmatic result (`run()` answers
 * `{ issues: [{ id, file, location: { line, column }, severity: { name }, confidence: { name }, description }] }`),
 * its file made relative to the repository (`root` is the scanned folder, e.g. `electron`). A
 * global check's finding names no file (`N/A`): it is the scanned folder's. `mapFile` renames a
 * scanned copy back to the file it stands for.
 */
export function toFindings(report, root, mapFile = (file) => file) {
  if (!report || !Array.isArray(report.issues)) throw new Error('The electronegativity report has no "issues" list.');
  return report.issues.map((issue) => ({
    check: String(issue.id),
    file: issue.file && issue.file !== 'N/A' ? posix.join(root, mapFile(String(issue.file).replaceAll('\\', '/'))) : root,
    line: issue.location?.line ?? 0,
    severity: String(issue.severity?.name ?? 'UNKNOWN').toUpperCase(),
    confidence: String(issue.confidence?.name ?? 'UNKNOWN').toUpperCase(),
    description: String(issue.description ?? ''),
  }));
}

/** Checks audit/justified.json: an array of `{ check, file, reason }`, each with a real reason. */
export function parseJustified(json) {
  if (!Array.isArray(json)) throw new Error('audit/justified.json must be an array of { check, file, reason }.');
  return json.map((entry, index) => {
    const where = `audit/justified.json entry ${index + 1}`;
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') throw new Error(`${where} needs a non-empty "${key}".`);
    }
    if (entry.reason.trim().length < 40) throw new Error(`${where} (${entry.check}): the reason is too short to explain anything.`);
    return { check: entry.check, file: entry.file, reason: entry.reason };
  });
}

const justifies = (entry, finding) => entry.check === finding.check && entry.file === finding.file;

/**
 * The audit's verdict: `blocking` are HIGH or MEDIUM findings no justification covers (any one
 * fails the run); `justified` those covered; `unused` justifications that matched nothing in a
 * scanned file (stale: the code changed, the entry should go).
 */
export function judge(findings, justified, scannedRoots) {
  const blocking = [];
  const covered = [];
  for (const finding of findings) {
    if (!BLOCKING_SEVERITIES.includes(finding.severity)) continue;
    (justified.some((entry) => justifies(entry, finding)) ? covered : blocking).push(finding);
  }
  const scanned = (file) => scannedRoots.some((root) => file === root || file.startsWith(`${root}/`));
  const unused = justified.filter((entry) => scanned(entry.file) && !findings.some((finding) => justifies(entry, finding)));
  return { blocking, justified: covered, unused };
}

/** Files the analyser could not parse: unseen code must fail the audit, not pass it silently. */
export function unreadable(report) {
  return (report.errors ?? []).filter((error) => !error.tolerable).map((error) => ({ file: String(error.file), message: String(error.message) }));
}
