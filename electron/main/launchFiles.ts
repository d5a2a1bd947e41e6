import { resolve } from 'node:path';

/**
 * The files and folders a launch was given (`parallax report.pdf notes/`, or a file opened with
 * Parallax from the file manager): the arguments after the executable (and, in development,
 * after the app folder `electron` is started on), less Chromium's and Electron's switches,
 * resolved against the folder the launch was made from. Whether each exists is for the import
 * to report.
 */
export function launchFiles(argv: readonly string[], options: { cwd: string; packaged: boolean }): string[] {
  return argv
    .slice(options.packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => resolve(options.cwd, arg));
}
