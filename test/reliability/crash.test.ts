import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { soak } from './crash/killLoop.js';

/**
 * The short version of `npm run soak`: a child process imports articles (new ones and new
 * revisions), edits highlights and merges tags through the real dispatcher, and is SIGKILLed at
 * random moments; after each kill the workspace opens, passes integrity_check,
 * foreign_key_check and the FTS integrity-check, and every unit the child announced in its
 * fsynced journal is wholly there or wholly absent, and there when the child saw it commit.
 */
describe('crash safety (SIGKILL during writes)', () => {
  const tempDir = useTempDirs();

  it('loses nothing and leaves nothing half-written over 30 kills', { timeout: 600_000 }, async () => {
    const counts = await soak({ kills: 30, lanes: 3, dir: tempDir() });
    expect(counts.lost).toEqual([]);
    expect(counts.kills).toBe(30);
    expect(counts.checksPassed).toBe(30);
    // The kills must land while work is going on, or the test proves nothing.
    expect(counts.committed).toBeGreaterThan(30);
    expect(counts.units).toBeGreaterThan(counts.committed);
  });
});
