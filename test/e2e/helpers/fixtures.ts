import { readFileSync } from 'node:fs';

// The shared fixtures live beside the repository, in /work/shared/fixtures.
const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);

export function readFixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}
