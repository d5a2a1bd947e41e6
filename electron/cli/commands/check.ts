import { checkWorkspace, type CheckName, type HealthReport } from '../../backend/services/healthCheck.js';
import { JSON_OPTION, writeJson, type Command } from '../command.js';
import { formatTable } from '../table.js';

/**
 * `parallax check --json` prints the HealthReport:
 *   { file, ok, checks: [{ name, ok, detail }] }
 * with name one of sqlite_file, schema_version, integrity, foreign_keys, in that order; when the
 * file is not a readable SQLite database only sqlite_file is listed.
 */
const LABELS: Record<CheckName, string> = {
  sqlite_file: 'SQLite file',
  schema_version: 'schema version',
  integrity: 'integrity',
  foreign_keys: 'foreign keys',
};

function formatReport(report: HealthReport): string {
  const rows = report.checks.map((c) => [c.ok ? 'ok' : 'problem', LABELS[c.name], c.detail]);
  return `Workspace: ${report.file}\n${formatTable(rows)}\n`;
}

export const checkCommand: Command = {
  name: 'check',
  arguments: '',
  summary: 'Check the workspace for damage without changing it (creates an empty one if there is none).',
  options: JSON_OPTION,
  positionals: { min: 0, max: 0 },
  run: async ({ dataDir, io, options }) => {
    const report = checkWorkspace(dataDir);
    if (options.json) {
      writeJson(io, report);
    } else {
      io.stdout.write(formatReport(report));
      if (report.ok) {
        io.stdout.write('All checks passed.\n');
      } else {
        const reasons = report.checks.filter((c) => !c.ok).map((c) => `${LABELS[c.name]}: ${c.detail}`);
        io.stderr.write(`parallax: the workspace check failed. ${reasons.join(' ')}\n`);
      }
    }
    return report.ok ? 0 : 1;
  },
};
