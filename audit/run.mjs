// `npm run audit`: the outside security audit. Runs Doyensec's electronegativity (installed in
// this folder: `npm ci --prefix audit`) over electron/ and, when built, the bundled shell in
// dist/ (main and preload: copied as .js, since the analyser reads no .cjs files); writes its
// whole result to audit/report.json; fails on any HIGH or MEDIUM finding that
// audit/justified.json does not explain, and on any file the analyser could not parse.
//
// Left out: AvailableSecurityFixesGlobalCheck, which downloads Electron's release list from
// GitHub (this runs offline; the pinned Electron version is reviewed with npm's own advisories).
// The analyser also tries to download translations and says "Could not retrieve updated
// translations": harmless, it falls back to the English texts it ships.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, parseJustified, toFindings, unreadable } from './findings.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const require = createRequire(import.meta.url);

let electronegativity;
try {
  electronegativity = require('@doyensec/electronegativity');
} catch {
  console.error('audit: electronegativity is not installed. Run `npm ci --prefix audit` first.');
  process.exit(1);
}

const electronVersion = JSON.parse(readFileSync(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const justified = parseJustified(JSON.parse(readFileSync(join(here, 'justified.json'), 'utf8')));

/** The built main and preload bundles as .js files in a temporary folder, or undefined when not built. */
function stageBundles() {
  const bundles = ['main/main.cjs', 'preload/preload.cjs'].filter((file) => existsSync(join(repo, 'dist', file)));
  if (bundles.length === 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-audit-'));
  for (const file of bundles) cpSync(join(repo, 'dist', file), join(dir, file.replace(/\.cjs$/, '.js')));
  return dir;
}

const bundleDir = stageBundles();
const scans = [
  { root: 'electron', input: join(repo, 'electron'), mapFile: undefined },
  ...(bundleDir ? [{ root: 'dist', input: bundleDir, mapFile: (file) => file.replace(/\.js$/, '.cjs') }] : []),
];
const roots = scans.map((scan) => scan.root);

const reports = {};
const findings = [];
const parseFailures = [];
for (const { root, input, mapFile } of scans) {
  const report = await electronegativity({
    input,
    isRelative: true,
    // Its own detection looks for a package.json in the scanned folder and would assume 0.1.0.
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  reports[root] = report;
  findings.push(...toFindings(report, root, mapFile));
  parseFailures.push(...unreadable(report).map((failure) => ({ ...failure, file: relative(repo, failure.file) })));
}
if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
writeFileSync(join(here, 'report.json'), `${JSON.stringify({ electronVersion, roots, reports }, null, 2)}\n`);

const verdict = judge(findings, justified, roots);
const line = (f) => `  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.line} — ${f.description}`;
console.log(`audit: electronegativity over ${roots.join(', ')} (Electron ${electronVersion}): ${findings.length} findings.`);
for (const finding of findings.filter((f) => !verdict.blocking.includes(f) && !verdict.justified.includes(f))) console.log(`${line(finding)} (not blocking)`);
for (const finding of verdict.justified) console.log(`${line(finding)} (justified in audit/justified.json)`);
for (const entry of verdict.unused) console.log(`  note: audit/justified.json entry ${entry.check} ${entry.file} matched nothing; remove it.`);
for (const failure of parseFailures) console.error(`  UNREAD ${failure.file}: ${failure.message}`);
for (const finding of verdict.blocking) console.error(line(finding));

const failed = verdict.blocking.length + parseFailures.length;
console.log(`audit: ${verdict.blocking.length} blocking, ${verdict.justified.length} justified, ${parseFailures.length} unreadable.`);
process.exit(failed > 0 ? 1 : 0);
