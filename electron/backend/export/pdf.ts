import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../errors.js';

/**
 * Prints the print HTML (htmlWriter) to PDF bytes. The backend's default runs a system Chromium;
 * the desktop shell passes one that uses Electron's own `webContents.printToPDF`.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

type Env = Record<string, string | undefined>;

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a Chromium is usually installed; PARALLAX_CHROMIUM, when set, is the only place looked. */
export function chromiumCandidates(env: Env = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (env.PARALLAX_CHROMIUM) return [env.PARALLAX_CHROMIUM];
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  const fixed = PATH_NAMES.map((name) => `/usr/bin/${name}`).concat('/snap/bin/chromium');
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...new Set([...fixed, ...onPath])];
}

/** The first Chromium that exists, or undefined. */
export function findChromium(env: Env = process.env, platform: NodeJS.Platform = process.platform, exists = existsSync): string | undefined {
  return chromiumCandidates(env, platform).find((candidate) => exists(candidate));
}

function run(executable: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(executable, args, { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new AppError('internal', `Chromium (${executable}) could not print the PDF: ${String(stderr).trim() || error.message}`));
      else resolve();
    });
  });
}

/** Prints with `chromium --headless --print-to-pdf`, through a temporary folder it always removes. */
export function chromiumPrinter(executable: string): PdfPrinter {
  return async (html) => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-pdf-'));
    try {
      const page = join(dir, 'note.html');
      const pdf = join(dir, 'note.pdf');
      await writeFile(page, html, 'utf8');
      await run(executable, [
        '--headless',
        '--disable-gpu',
        '--no-sandbox',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-extensions',
        // A profile of its own, so a Chromium the analyst has open is never disturbed.
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ]);
      if (!existsSync(pdf)) throw new AppError('internal', `Chromium (${executable}) finished without writing the PDF.`);
      return new Uint8Array(await readFile(pdf));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

/** The backend's printer: finds a system Chromium when a PDF is asked for, or says clearly that none was found. */
export function systemPdfPrinter(env: Env = process.env): PdfPrinter {
  return async (html) => {
    const executable = findChromium(env);
    if (!executable) {
      throw new AppError(
        'unsupported_format',
        `PDF export needs Chromium: none was found (looked in ${chromiumCandidates(env).join(', ')}). Install chromium or set PARALLAX_CHROMIUM.`,
      );
    }
    return chromiumPrinter(executable)(html);
  };
}
