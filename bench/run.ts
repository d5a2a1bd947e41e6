/**
 * `npm run bench` (`npm run bench:quick` stops at 10,000 articles): every path of issue 8 next
 * to its raw baseline measured in the same run, at 1k, 10k and 100k articles. Prints the table
 * and writes bench/results.json. Never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './lib/context.js';
import { formatTable, meetsTarget, type ResultRow } from './lib/measure.js';
import { benchWorkspace } from './lib/workspace.js';
import { browserRows } from './rows/browserRows.js';
import { importRows } from './rows/importRows.js';
import { memoryRows } from './rows/memoryRows.js';
import { queryRows } from './rows/queryRows.js';

const quick = process.argv.includes('--quick');
const noBrowser = process.argv.includes('--no-browser');
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const RUNS = quick ? 5 : 7;
const CACHE = join(process.cwd(), '.cache', 'bench');

const log = (line: string) => console.error(`[bench] ${line}`);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  ram_gb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};

async function main() {
  const started = performance.now();
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram_gb} GB RAM; sizes ${SIZES.join(', ')}`);
  if (!noBrowser) {
    log('building the renderer (dist/renderer)');
    execFileSync('node_modules/.bin/vite', ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  mkdirSync(CACHE, { recursive: true });
  const rows: ResultRow[] = [];
  const generation: { size: number; seconds: number; cached: boolean }[] = [];
  for (const size of SIZES) {
    const workspace = benchWorkspace(CACHE, size, log);
    generation.push({ size, seconds: workspace.buildSeconds, cached: workspace.cached });
    log(`${size.toLocaleString('en')} articles: ${workspace.highlights.toLocaleString('en')} highlights, ${workspace.statements.toLocaleString('en')} statements (${workspace.cached ? 'cached' : `built in ${workspace.buildSeconds.toFixed(0)} s`})`);
    const context: BenchContext = { workspace, runs: RUNS, log, add: (row) => rows.push(row) };
    if (size === SIZES[0]) await importRows(context, 0);
    await queryRows(context);
    // The comparison screen's case is 20,000 statements: the 10k workspace holds about that many.
    const heap = !noBrowser && size === 10_000 ? await browserRows(context) : undefined;
    await memoryRows(context, heap);
  }
  const results = { machine, date: new Date().toISOString(), quick, generation, rows };
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(rows));
  const missed = rows.filter((row) => !meetsTarget(row));
  console.log(`\n${rows.length} rows, ${missed.length} over target; ${((performance.now() - started) / 1000).toFixed(0)} s on ${machine.cpu} (${machine.cores} cores, ${machine.ram_gb} GB). Written to bench/results.json.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
