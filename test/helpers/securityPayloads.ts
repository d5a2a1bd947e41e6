import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from './fixtures.js';

export interface Payload {
  /** Where it comes from: "xss_payloads.txt:3" or "dompurify-vectors.json: <title>". */
  label: string;
  text: string;
}

/**
 * Every payload in the shared fixtures/security folder: each non-blank line of a .txt file, each
 * non-blank `payload` of a .json file of `{ title, payload }`; the SOURCES notes are not payloads.
 * Any other kind of file fails, so a fixture added later is never left out of a sweep unnoticed.
 */
export function securityPayloads(): Payload[] {
  const folder = fixturePath('security/');
  return readdirSync(folder)
    .sort()
    .flatMap((name): Payload[] => {
      if (name.endsWith('.SOURCES.md')) return [];
      const content = readFileSync(join(folder, name), 'utf8');
      if (name.endsWith('.txt')) {
        return content.split('\n').flatMap((line, i) => (line.trim() ? [{ label: `${name}:${i + 1}`, text: line }] : []));
      }
      if (name.endsWith('.json')) {
        const vectors = JSON.parse(content) as { title: string; payload: string }[];
        return vectors.filter((v) => v.payload.trim()).map((v) => ({ label: `${name}: ${v.title}`, text: v.payload }));
      }
      throw new Error(`fixtures/security/${name}: not a payload file this sweep can read (.txt, one a line, or .json of { title, payload }).`);
    });
}
