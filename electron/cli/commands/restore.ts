import { mkdirSync } from 'node:fs';
import { replaceWorkspace } from '../../backend/backup/restore.js';
import type { Command } from '../command.js';

export const restoreCommand: Command = {
  name: 'restore',
  arguments: '<file>',
  summary:
    'Replace the workspace by a backup file, without asking. The file is checked first (an SQLite file, a Parallax schema no newer than this app’s, no damage); the replaced workspace is kept beside it as workspace-replaced-<time>.sqlite.',
  options: {},
  positionals: { min: 1, max: 1 },
  // Works on the files alone, so a workspace that no longer opens can still be replaced.
  run: async ({ dataDir, io, positionals }) => {
    mkdirSync(dataDir, { recursive: true });
    const result = replaceWorkspace(dataDir, positionals[0]!);
    io.stdout.write(`Restored ${result.restored}.\n`);
    io.stdout.write(
      result.kept_aside ? `The replaced workspace was kept at ${result.kept_aside}\n` : 'There was no workspace to keep.\n',
    );
    return 0;
  },
};
