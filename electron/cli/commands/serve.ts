import { startHost } from '../../host/server.js';
import { UsageError } from '../args.js';
import type { Command, CliIo } from '../command.js';

function parsePort(value: string | true | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not “${value}”.`);
  return port;
}

/** Resolves on the first Ctrl+C or SIGTERM; a second one is left to Node and ends the process at once. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function listen(dataDir: string, port: number | undefined, open: boolean, io: CliIo) {
  try {
    return await startHost({ dataDir, port, open, log: (line) => io.stderr.write(`parallax: ${line}\n`) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${port} is already in use. Choose another with --port N (0 picks a free one).`, {
        cause: error,
      });
    }
    throw error;
  }
}

export const serveCommand: Command = {
  name: 'serve',
  arguments: '',
  summary: 'Run Parallax in your web browser, on this computer only (127.0.0.1), until Ctrl+C.',
  options: {
    port: { value: 'N', help: 'the port to listen on (default: a free one)' },
    'no-open': { help: 'do not open the browser; just print the address' },
  },
  positionals: { min: 0, max: 0 },
  run: async ({ dataDir, io, options }) => {
    const host = await listen(dataDir, parsePort(options.port), !options['no-open'], io);
    io.stdout.write(
      `Parallax is running. Open this address in your browser:\n\n  ${host.url}\n\n` +
        `It carries a one-time access key: do not share it. Press Ctrl+C to stop.\n`,
    );
    await untilStopped();
    await host.close();
    io.stdout.write('Parallax stopped.\n');
    return 0;
  },
};
