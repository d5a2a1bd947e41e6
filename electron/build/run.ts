import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  /** Kill the command after this long (downloads that hang on a dead network). */
  timeoutMs?: number;
  /** Show the command's output live instead of capturing it for the failure reason. */
  inherit?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, before the script (e.g. `--import tsx`). */
  nodeArgs?: string[];
}

export type RunResult = { ok: true } | { ok: false; reason: string };

const NETWORK_ERROR = /\b(?:getaddrinfo )?(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH)\b[^\r\n]*/;
const NETWORK_HINT = /fetch failed|network connectivity/i;

/**
 * One line saying why a command failed, from what it printed: a network error first (the usual
 * cause for downloaders, which bury it under stack traces), else the last line that is not a
 * stack frame.
 */
export function summariseFailure(output: string): string | undefined {
  const network = NETWORK_ERROR.exec(output);
  if (network) return `network unreachable (${network[0].trim()})`;
  const hint = NETWORK_HINT.exec(output);
  if (hint) return `network unreachable (${hint[0]})`;
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(?:gyp ERR! stack\s+)?at /.test(line))
    .at(-1);
}

/** Runs `node [nodeArgs] script ...args` and reports success or a one-line reason. */
export function runNodeScript(script: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolveRun({ ok: false, reason: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) return resolveRun({ ok: true });
      const why = signal === 'SIGTERM' && options.timeoutMs ? `timed out after ${options.timeoutMs / 1000} s` : `exited with ${code ?? signal}`;
      const said = summariseFailure(output);
      resolveRun({ ok: false, reason: said ? `${why}: ${said}` : why });
    });
  });
}
