import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../electron/backend/export/data/csvFormat.js';
import { useBackend } from '../../../helpers/backend.js';
import { exported, seedAnnotations } from './annotationSeed.js';

/** RFC 4180 parsing: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  if (field || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('CSV cells', () => {
  it('quotes a cell holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises a cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const formula of ['=1+1', '+92 300', '-5', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('highlights CSV export', () => {
  const backend = useBackend();

  async function exportedCsv() {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const file = await exported(b, { format: 'csv' });
    return { seeded, file, text: file.bytes.toString('utf8') };
  }

  it('is UTF-8 with a byte order mark, so spreadsheet programs read it as UTF-8', async () => {
    const { file } = await exportedCsv();
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.file_name).toMatch(/^parallax-highlights-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('has one row per highlight with its article, tags as paths and statement fields', async () => {
    const { seeded, text } = await exportedCsv();
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'highlight_id', 'article_id', 'article_title', 'url', 'outlet', 'published_at', 'start', 'end', 'status', 'exact', 'prefix',
      'suffix', 'tags', 'note', 'statement_id', 'speaker', 'actor_id', 'side', 'kind', 'stance', 'said_on', 'responds_to',
    ]);
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.map((row) => [row[0], Object.fromEntries(header!.map((name, i) => [name, row[i]]))]));
    const crossing = byId.get(seeded.highlights.crossing.id)!;
    expect(crossing).toMatchObject({
      article_title: 'Torkham to reopen, officials say',
      url: 'https://example.com/torkham',
      start: String(seeded.highlights.crossing.start),
      exact: 'Torkham crossing 🚧',
      tags: 'Zz Security > Border; Zz Trade',
      statement_id: '',
      speaker: '',
    });
    expect(byId.get(seeded.highlights.growth.id)).toMatchObject({
      speaker: 'Amir Khan Muttaqi',
      side: 'Afghanistan',
      kind: 'direct',
      responds_to: seeded.statements.pakistanSaid.id,
    });
    expect(byId.get(seeded.highlights.urduQuote.id)).toMatchObject({ exact: 'طورخم سرحد دوبارہ کھولنے', note: 'سرحد پر نوٹ' });
  });

  it('keeps quotes, commas and line breaks inside fields, and neutralises formula-like notes', async () => {
    const { seeded, text } = await exportedCsv();
    const rows = parseCsv(text.slice(1));
    const sentence = rows.find((row) => row[0] === seeded.highlights.sentence.id)!;
    expect(sentence[9]).toBe(seeded.highlights.sentence.exact);
    expect(sentence[13]).toBe(`'${seeded.highlights.sentence.note}`);
    expect(rows.find((row) => row[0] === seeded.highlights.growth.id)![13]).toBe("'@mention -1 +1");
  });
});
