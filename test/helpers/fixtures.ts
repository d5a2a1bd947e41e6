import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The shared fixtures the tests use, copied into test/fixtures/shared (see its README).
const FIXTURES = new URL('../fixtures/shared/', import.meta.url);

export function fixturePath(path: string): string {
  return fileURLToPath(new URL(path, FIXTURES));
}

export function readFixture(path: string): string {
  return readFileSync(fixturePath(path), 'utf8');
}

export const JCC_ARTICLE = 'articles/jcc-kabul-talks.txt';
