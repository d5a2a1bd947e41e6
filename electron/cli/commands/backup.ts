import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeBackup } from '../../backend/backup/backupFile.js';
import { backupsFolder, createManualBackup } from '../../backend/backup/backupFolder.js';
import { UsageError } from '../args.js';
import { withBackend, type Command } from '../command.js';

/** `--out FILE` as an absolute path whose folder exists; undefined when not given. */
export function outFile(option: string | true | undefined): string | undefined {
  if (option === undefined) return undefined;
  if (option === true) throw new UsageError('--out needs a value (FILE).');
  const file = resolve(option);
  if (!existsSync(dirname(file))) throw new Error(`Cannot write ${file}: the folder ${dirname(file)} does not exist.`);
  return file;
}

export const backupCommand: Command = {
  name: 'backup',
  arguments: '',
  summary:
    'Back up the workspace to FILE (replacing it), or without --out into the workspace’s backups folder. The copy is a consistent snapshot (SQLite VACUUM INTO), checked before it is reported.',
  options: { out: { value: 'FILE', help: 'where to write the backup (default: a new file in the backups folder)' } },
  positionals: { min: 0, max: 0 },
  run: async (context) => {
    const target = outFile(context.options.out);
    const file = await withBackend(context, ({ workspace }) => {
      if (target) {
        writeBackup(workspace.db, target);
        return target;
      }
      return resolve(backupsFolder(context.dataDir), createManualBackup(workspace.db, context.dataDir).name);
    });
    context.io.stdout.write(`Backed up the workspace to ${file} (${statSync(file).size} bytes, checked).\n`);
    return 0;
  },
};
