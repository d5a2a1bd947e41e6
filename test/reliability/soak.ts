/**
 * `npm run soak`: the long crash test. Kills the soak child (imports, highlight edits, tag
 * merges on a workspace) with SIGKILL at random moments, 1,000 times by default, and after
 * every kill opens the workspace and checks it (see crash/verifyWorkspace.ts). Prints the
 * counts; exits 1 if anything was lost. `--kills N` and `--lanes N` change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { soak } from './crash/killLoop.js';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '1000' }, lanes: { type: 'string', default: '4' } } });
const kills = Number(values.kills);
const lanes = Number(values.lanes);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(lanes) || lanes < 1) {
  console.error('usage: npm run soak -- [--kills N] [--lanes N]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-soak-'));
const progress = process.stderr.isTTY;
const counts = await soak({
  kills,
  lanes,
  dir,
  onCheck: (c) => {
    if (progress) process.stderr.write(`\r${c.kills}/${kills} kills, ${c.checksPassed} checks passed, ${c.lost.length} problems`);
    else if (c.kills % 50 === 0) process.stderr.write(`${c.kills}/${kills} kills, ${c.checksPassed} checks passed, ${c.lost.length} problems\n`);
  },
});
if (progress) process.stderr.write('\n');

console.log(`kills:                 ${counts.kills} (${counts.killedWhileOpening} while the workspace was opening)`);
console.log(`checks passed:         ${counts.checksPassed} of ${counts.kills} (integrity_check, foreign_key_check, FTS integrity-check, every unit whole or absent)`);
console.log(`units journalled:      ${counts.units} (${counts.committed} reported committed by the child)`);
console.log(`lost or half-written:  ${counts.lost.length}`);
for (const problem of counts.lost.slice(0, 20)) console.log(`  ${problem}`);
if (counts.lost.length === 0) rmSync(dir, { recursive: true, force: true });
else console.log(`The workspaces are kept in ${dir}.`);
process.exit(counts.lost.length === 0 && counts.checksPassed === counts.kills ? 0 : 1);
