import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { startBackend, type Backend } from '../backend/app.js';
import { systemPdfPrinter } from '../backend/export/pdf.js';

/** Where a command writes; main.ts passes the process streams, tests pass buffers. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export interface OptionSpec {
  /** Placeholder of the option's value (`--port N`); absent for a flag. */
  value?: string;
  help: string;
}

export type OptionValues = Record<string, string | true | undefined>;

export interface CommandContext {
  dataDir: string;
  io: CliIo;
  positionals: string[];
  options: OptionValues;
}

export interface Command {
  name: string;
  /** What follows the command name in the usage line, e.g. `<file…>`. */
  arguments: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Fewest and most positional arguments the command takes. */
  positionals: { min: number; max: number };
  /** Resolves to the exit code. */
  run(context: CommandContext): Promise<number>;
}

/** Opens the workspace for one command and always closes it again. */
export async function withBackend<T>(context: CommandContext, use: (backend: Backend) => Promise<T> | T): Promise<T> {
  const backend = startBackend(context.dataDir, {
    logError: (error, channel) => context.io.stderr.write(`parallax: ${channel} failed: ${String(error)}\n`),
    // PARALLAX_CHROMIUM is read from the command's environment.
    printPdf: systemPdfPrinter(context.io.env),
  });
  try {
    return await use(backend);
  } finally {
    backend.close();
  }
}

/** The dispatcher's answer typed by the contract (the dispatcher validated the input). */
export async function invoke<C extends Channel>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return (await backend.dispatch(channel, input)) as Result<ChannelOutput<C>>;
}

export const JSON_OPTION: Record<string, OptionSpec> = {
  json: { help: 'print machine-readable JSON instead of text' },
};

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
