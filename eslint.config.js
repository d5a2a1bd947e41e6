// Lint and layering. The import rules below are how the design's layers are enforced:
// a forbidden import fails `npm run lint`, which CI runs (and test/layering.test.ts runs too).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream', 'util', 'worker_threads', 'better-sqlite3'];
const UI = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];

const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results.json', '.cache/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...forbid(
        [...NODE_BUILTINS, ...UI, 'electron', 'electron/*', '**/electron/**', '**/renderer/**'],
        'shared/ is pure: no Node, DOM, React, Electron or other layers.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator'],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.{ts,mjs}', 'electron/build/**/*.ts'],
    rules: forbid(
      ['electron', 'electron/*', '**/electron/main/**', '**/electron/preload/**', '**/renderer/**', ...UI],
      'Only electron/main and electron/preload may import Electron; the rest must run under plain Node.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      [...NODE_BUILTINS, '**/backend/**', '**/renderer/**', ...UI],
      'The preload only bridges invoke(channel, input) to IPC.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer runs in a sandboxed page.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandboxed page.' },
            { group: ['**/electron/**'], allowTypeImports: true, message: 'renderer/ may only import types from electron/.' },
          ],
        },
      ],
    },
  },
);
