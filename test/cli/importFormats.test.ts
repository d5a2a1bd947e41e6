import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromFile } from '../../electron/cli/importFormats.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, FIXTURE_TEXT } from './runCli.js';

describe('draftFromFile', () => {
  const tempDir = useTempDirs();
  const draftOf = (name: string, text: string) => {
    const file = join(tempDir(), name);
    writeFileSync(file, text);
    return draftFromFile(file);
  };

  it('takes a headline on the first line as the title and the rest as the body', () => {
    expect(draftOf('a.txt', '\n  Pakistan and Afghanistan revive JCC talks  \n\nISLAMABAD: Talks resumed.\n')).toEqual({
      ok: true,
      draft: { title: 'Pakistan and Afghanistan revive JCC talks', body: '\nISLAMABAD: Talks resumed.\n' },
    });
  });

  it('strips the Markdown heading marks from a .md title', () => {
    expect(draftOf('a.md', '# Trade talks in Islamabad #\n\nBody.')).toMatchObject({ draft: { title: 'Trade talks in Islamabad' } });
  });

  it.each([
    ['a sentence', 'Talks resumed on Thursday after a long pause.\nMore text.'],
    ['a dateline lead-in', 'ISLAMABAD:\nTalks resumed.'],
    ['the heading of a list', 'Key points\n- Talks resumed\n- Trade was discussed'],
    ['a line with nothing after it', 'Talks resumed'],
    ['a line too long for a headline', `${'Talks '.repeat(30)}\nMore text.`],
  ])('falls back to the file name, keeping the whole text, when the first line is %s', (_what, text) => {
    expect(draftOf('border-talks_2025.txt', text)).toEqual({ ok: true, draft: { title: 'border talks 2025', body: text } });
  });

  it('titles the shared fixture by its file name, since it opens with a list of key points', () => {
    expect(draftFromFile(FIXTURE_ARTICLE)).toEqual({ ok: true, draft: { title: 'jcc kabul talks', body: FIXTURE_TEXT } });
  });

  it('matches extensions case-insensitively', () => {
    expect(draftOf('NOTES.TXT', 'Headline\nBody.')).toMatchObject({ ok: true, draft: { title: 'Headline' } });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(draftOf('bom.txt', '\uFEFFHeadline\nBody.')).toMatchObject({ ok: true, draft: { title: 'Headline' } });
  });

  it('refuses a file without an extension', () => {
    expect(draftOf('README', 'text')).toEqual({ ok: false, reason: 'a file without an extension is not supported (supported: .txt, .md)' });
  });
});
