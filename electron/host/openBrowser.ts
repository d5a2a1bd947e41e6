import { spawn as nodeSpawn } from 'node:child_process';

export interface OpenBrowserOptions {
  platform?: NodeJS.Platform;
  spawn?: typeof nodeSpawn;
  log?: (line: string) => void;
}

/** The system command that opens a URL in the default browser, without going through a shell. */
export function browserCommand(url: string, platform: NodeJS.Platform): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in and would need shell quoting; rundll32 takes the URL as-is.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens the URL in the system browser; failing to do so is only logged (the URL is printed anyway). */
export function openBrowser(url: string, options: OpenBrowserOptions = {}): void {
  const { platform = process.platform, spawn = nodeSpawn, log = () => {} } = options;
  const { command, args } = browserCommand(url, platform);
  const fail = (why: string) => log(`Could not open a browser (${command}: ${why}); open the address yourself.`);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) fail(`exit code ${code}`);
    });
    child.unref();
  } catch (error) {
    fail((error as Error).message);
  }
}
