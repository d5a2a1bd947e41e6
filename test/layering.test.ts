import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The design's layers are enforced by eslint.config.js; these cases prove each rule bites.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /restricted-(imports|globals)/.test(m.ruleId ?? '')).length;
}

describe('layering', () => {
  it.each([
    ['shared/x.ts', `import { readFileSync } from 'node:fs'; export const f = readFileSync;`],
    ['shared/x.ts', `import { useState } from 'react'; export const f = useState;`],
    ['shared/x.ts', `export const f = () => document.title;`],
    ['electron/backend/x.ts', `import { app } from 'electron'; export const a = app;`],
    ['electron/host/x.ts', `import { ipcMain } from 'electron'; export const a = ipcMain;`],
    ['electron/cli/x.ts', `import { dialog } from 'electron'; export const a = dialog;`],
    ['renderer/x.ts', `import { startBackend } from '../electron/backend/app.js'; export const a = startBackend;`],
    ['renderer/x.ts', `import { readFileSync } from 'node:fs'; export const a = readFileSync;`],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThan(0);
  });

  it.each([
    ['renderer/x.ts', `import type { Backend } from '../electron/backend/app.js'; export type B = Backend;`],
    ['electron/main/x.ts', `import { app } from 'electron'; export const a = app;`],
    ['electron/backend/x.ts', `import { canonicalBody } from '../../shared/text/normalize.js'; export const c = canonicalBody;`],
  ])('allows a permitted import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
