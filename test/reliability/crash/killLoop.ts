import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyWorkspace } from './verifyWorkspace.js';

const CHILD = fileURLToPath(new URL('./soakChild.ts', import.meta.url));

export interface SoakOptions {
  /** Kills in all, shared between the lanes. */
  kills: number;
  /** Workspaces killed in parallel, each by its own loop. */
  lanes: number;
  /** Where the lanes' workspaces and journals go. */
  dir: string;
  /** Called after each check, for progress. */
  onCheck?: (counts: SoakCounts) => void;
}

export interface SoakCounts {
  kills: number;
  /** Kills after which every check passed. */
  checksPassed: number;
  /** Kills that landed before the child had opened the workspace (during start-up or migrations). */
  killedWhileOpening: number;
  /** Units journalled, and of those reported committed by the child. */
  units: number;
  committed: number;
  /** Problems found: lost or half-written work, failed SQLite checks. Must stay empty. */
  lost: string[];
}

/**
 * Starts the child, waits a random moment (usually after it has opened the workspace and is
 * writing, sometimes while it is still opening it), and SIGKILLs it. Answers whether it was
 * killed before it said it was ready.
 */
function runAndKill(dataDir: string, journal: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, journal], { stdio: ['pipe', 'pipe', 'pipe'] });
    let ready = false;
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const early = Math.random() < 0.1;
    if (early) setTimeout(kill, Math.random() * 1500);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!ready && chunk.toString().includes('ready')) {
        ready = true;
        if (!early) setTimeout(kill, Math.random() * 600);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(!ready);
      else reject(new Error(`The soak child exited by itself (${code ?? signal}) instead of being killed:\n${stderr}`));
    });
  });
}

async function lane(index: number, kills: number, options: SoakOptions, counts: SoakCounts): Promise<void> {
  const dataDir = join(options.dir, `lane-${index}`);
  mkdirSync(dataDir, { recursive: true });
  const journal = join(dataDir, 'journal.jsonl');
  for (let n = 0; n < kills; n++) {
    if (await runAndKill(dataDir, journal)) counts.killedWhileOpening++;
    counts.kills++;
    const verdict = verifyWorkspace(dataDir, journal);
    if (verdict.problems.length === 0) counts.checksPassed++;
    else counts.lost.push(...verdict.problems.map((p) => `lane ${index}, kill ${n + 1}: ${p}`));
    if (n === kills - 1) {
      counts.units += verdict.units;
      counts.committed += verdict.committed;
    }
    options.onCheck?.(counts);
  }
}

/** Kills the soak child `kills` times over `lanes` workspaces, checking each workspace after every kill. */
export async function soak(options: SoakOptions): Promise<SoakCounts> {
  const counts: SoakCounts = { kills: 0, checksPassed: 0, killedWhileOpening: 0, units: 0, committed: 0, lost: [] };
  const perLane = Array.from({ length: options.lanes }, (_, i) =>
    Math.floor(options.kills / options.lanes) + (i < options.kills % options.lanes ? 1 : 0),
  );
  await Promise.all(perLane.map((kills, i) => lane(i, kills, options, counts)));
  return counts;
}
