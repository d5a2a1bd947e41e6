import { describe, expect, it } from 'vitest';
import { countLine, listedResults, outcomeLine } from '../../../../renderer/features/import/importSummary';
import type { ImportFileResult } from '../../../../shared/domain/importing';

const result = (file: string, status: ImportFileResult['status']): ImportFileResult => ({ file, status, items: [] });

describe('import summary', () => {
  it('counts each outcome with plural duplicates and leaves out what did not happen', () => {
    const results = [
      ...Array.from({ length: 12 }, (_, i) => result(`${i}.txt`, 'imported')),
      result('d1', 'duplicate'),
      result('d2', 'duplicate'),
      result('u', 'updated'),
      result('f', 'failed'),
      result('s1', 'skipped'),
      result('s2', 'skipped'),
      result('s3', 'skipped'),
    ];
    expect(countLine(results)).toBe('12 imported, 2 duplicates, 1 updated, 1 failed, 3 skipped');
    expect(countLine([result('d', 'duplicate'), result('s', 'skipped')])).toBe('1 duplicate, 1 skipped');
    expect(countLine([])).toBe('No files to import');
  });

  it('says when a run was cancelled and after how many files', () => {
    const results = [result('a', 'imported'), result('b', 'imported'), result('c', 'failed')];
    expect(outcomeLine({ results, total: 40, completed: 3, cancelled: true })).toBe('Cancelled after 3 of 40 files. 2 imported, 1 failed.');
    expect(outcomeLine({ results, total: 3, completed: 3, cancelled: false })).toBe('Import finished: 2 imported, 1 failed.');
  });

  it('lists failures first and skipped files last, the rest in import order', () => {
    const listed = listedResults([
      result('s', 'skipped'),
      result('i1', 'imported'),
      result('f1', 'failed'),
      result('d', 'duplicate'),
      result('u', 'updated'),
      result('f2', 'failed'),
    ]);
    expect(listed.map((r) => r.file)).toEqual(['f1', 'f2', 'i1', 'd', 'u', 's']);
  });
});
