import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataDir } from '../backend/paths.js';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import type { CliIo, Command, OptionSpec } from './command.js';
import { backupCommand } from './commands/backup.js';
import { bundleCommand } from './commands/bundle.js';
import { checkCommand } from './commands/check.js';
import { extractCommand } from './commands/extract.js';
import { compareCommand } from './commands/compare.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { listCommand } from './commands/list.js';
import { restoreCommand } from './commands/restore.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { commandHelp, generalHelp } from './help.js';

const COMMANDS: readonly Command[] = [serveCommand, importCommand, listCommand, searchCommand, extractCommand, compareCommand, exportCommand, checkCommand, backupCommand, restoreCommand, bundleCommand];

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': {
    value: 'DIR',
    help: 'the workspace folder (default: $PARALLAX_DATA_DIR, else the desktop app’s data folder)',
  },
  help: { help: 'show help (also -h)' },
  version: { help: 'print the Parallax version' },
};

const ALL_OPTIONS: Record<string, OptionSpec> = Object.assign({}, GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options));

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Unknown command “${name}”.`);
  return command;
}

/** Refuses options the command does not take and a wrong number of arguments. */
function checkUsage(command: Command, args: ParsedArgs): void {
  for (const name of Object.keys(args.options)) {
    if (!(name in GLOBAL_OPTIONS) && !(name in command.options)) {
      throw new UsageError(`parallax ${command.name} does not take --${name}.`);
    }
  }
  const { min, max } = command.positionals;
  if (args.positionals.length < min) throw new UsageError(`parallax ${command.name} needs ${command.arguments}.`);
  if (args.positionals.length > max) {
    throw new UsageError(`Unexpected argument “${args.positionals[max]}” for parallax ${command.name}.`);
  }
}

async function dispatchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ALL_OPTIONS);
  if (args.options.version) {
    io.stdout.write(`parallax ${version()}\n`);
    return 0;
  }
  if (args.command === 'help') {
    const [topic] = args.positionals;
    io.stdout.write(topic ? commandHelp(findCommand(topic), GLOBAL_OPTIONS) : generalHelp(COMMANDS, GLOBAL_OPTIONS));
    return 0;
  }
  if (args.command === undefined) {
    // Bare `parallax` is a request for help; with no command it is still a usage error for scripts.
    (args.options.help ? io.stdout : io.stderr).write(generalHelp(COMMANDS, GLOBAL_OPTIONS));
    return args.options.help ? 0 : 2;
  }
  const command = findCommand(args.command);
  if (args.options.help) {
    io.stdout.write(commandHelp(command, GLOBAL_OPTIONS));
    return 0;
  }
  checkUsage(command, args);
  const dataDir = resolve(typeof args.options['data-dir'] === 'string' ? args.options['data-dir'] : defaultDataDir(io.env));
  return command.run({ dataDir, io, positionals: args.positionals, options: args.options });
}

/**
 * Runs one `parallax` invocation and resolves to its exit code: 0 success, 1 the work failed
 * (a file not imported, a check failed, a workspace that cannot be opened), 2 a usage mistake.
 * Results go to io.stdout, errors to io.stderr; WorkspaceError messages are printed as they are.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatchCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`parallax: ${error.message} Run parallax --help\n`);
      return 2;
    }
    io.stderr.write(`parallax: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
