import type { OptionSpec, OptionValues } from './command.js';

/** A mistake in how the command was typed: reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  /** The first positional argument, if any. */
  command: string | undefined;
  positionals: string[];
  options: OptionValues;
}

/**
 * Splits argv into the command, its positionals and `--name[=value]` options, which may come
 * before or after the command. `known` lists every option any command accepts, so a value
 * option's value is never mistaken for the command; which options a command accepts is checked
 * afterwards. Everything after `--` is positional.
 */
export function parseArgs(argv: readonly string[], known: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const options: OptionValues = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const spec = known[name];
    if (!spec) throw new UsageError(`Unknown option --${name}.`);
    if (!spec.value) {
      if (equals !== -1) throw new UsageError(`--${name} does not take a value.`);
      options[name] = true;
      continue;
    }
    const value = equals === -1 ? argv[++i] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value (${spec.value}).`);
    }
    options[name] = value;
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}
