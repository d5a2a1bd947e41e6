import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../../helpers/backend.js';
import { ENGLISH_BODY, exported, seedAnnotations, URDU_BODY } from './annotationSeed.js';
import { unzipText, xsdErrors } from './qdpxFiles.js';

const NS = 'urn:QDA-XML:project:1.0';

function parseQde(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}
const all = (node: Document | Element, name: string) => [...node.getElementsByTagNameNS(NS, name)];

describe('REFI-QDA (.qdpx) export', () => {
  const backend = useBackend();

  async function exportedProject() {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const file = await exported(b, { format: 'qdpx' });
    const files = await unzipText(file.bytes);
    return { b, seeded, file, files, qde: files.get('project.qde')!, doc: parseQde(files.get('project.qde')!) };
  }

  it('holds project.qde and each article as a plain-text source named by its GUID', async () => {
    const { file, files, seeded } = await exportedProject();
    expect(file.file_name).toMatch(/\.qdpx$/);
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect([...files.keys()].sort()).toEqual(
      ['project.qde', `sources/${seeded.articles.english.id}.txt`, `sources/${seeded.articles.urdu.id}.txt`].sort(),
    );
    expect(files.get(`sources/${seeded.articles.english.id}.txt`)).toBe(ENGLISH_BODY);
    expect(files.get(`sources/${seeded.articles.urdu.id}.txt`)).toBe(URDU_BODY);
  });

  it('writes a project.qde that validates against the REFI-QDA Project.xsd', async () => {
    const { qde } = await exportedProject();
    expect(await xsdErrors(qde)).toEqual([]);
  });

  it('is checked by a validator that does refuse a project breaking the schema', async () => {
    const { qde } = await exportedProject();
    expect(await xsdErrors(qde.replace(/ startPosition="\d+"/, ''))).not.toEqual([]);
    expect(await xsdErrors(qde.replace(/ color="#[0-9a-f]{6}"/, ' color="red"'))).not.toEqual([]);
  });

  it('has the codebook with its hierarchy and colours', async () => {
    const { doc, seeded } = await exportedProject();
    const code = (id: string) => all(doc, 'Code').find((c) => c.getAttribute('guid') === id)!;
    const security = code(seeded.tags.security.id);
    expect(security.getAttribute('name')).toBe('Zz Security');
    expect(security.getAttribute('color')).toBe('#aa3300');
    expect(security.getAttribute('isCodable')).toBe('true');
    expect(all(security, 'Description')[0]?.textContent).toBe('Borders & militancy');
    const border = code(seeded.tags.border.id);
    expect(border.parentElement).toBe(security);
    expect(border.getAttribute('color')).toBe('#cc6600');
    expect(code(seeded.tags.trade.id).parentElement?.localName).toBe('Codes');
  });

  it('places every coded selection by character positions that pick out its quote in the source, emoji counting once', async () => {
    const { doc, files, seeded } = await exportedProject();
    const selections = all(doc, 'PlainTextSelection');
    expect(selections).toHaveLength(4);
    for (const selection of selections) {
      const source = selection.parentElement!;
      const path = source.getAttribute('plainTextPath')!;
      expect(path).toMatch(/^internal:\/\/[0-9a-f-]+\.txt$/);
      const text = [...files.get(`sources/${path.slice('internal://'.length)}`)!];
      const highlight = Object.values(seeded.highlights).find((h) => h.id === selection.getAttribute('guid'))!;
      const start = Number(selection.getAttribute('startPosition'));
      const end = Number(selection.getAttribute('endPosition'));
      expect(text.slice(start, end).join('')).toBe(highlight.exact);
    }
    const crossing = selections.find((s) => s.getAttribute('guid') === seeded.highlights.crossing.id)!;
    expect(Number(crossing.getAttribute('startPosition'))).toBe(seeded.highlights.crossing.start - 2);
  });

  it('codes each selection with its tags and links its note and statement', async () => {
    const { doc, seeded } = await exportedProject();
    const selection = (id: string) => all(doc, 'PlainTextSelection').find((s) => s.getAttribute('guid') === id)!;
    const codeRefs = (s: Element) => all(s, 'CodeRef').map((ref) => ref.getAttribute('targetGUID'));
    expect(codeRefs(selection(seeded.highlights.crossing.id))).toEqual([seeded.tags.border.id, seeded.tags.trade.id]);

    const sentence = selection(seeded.highlights.sentence.id);
    expect(all(sentence, 'Description')[0]?.textContent).toBe('Statement by Ishaq Dar (Pakistan), reported, conciliatory, said on 2025-04-17');
    const noteId = all(sentence, 'NoteRef')[0]!.getAttribute('targetGUID');
    const note = all(doc, 'Note').find((n) => n.getAttribute('guid') === noteId)!;
    expect(all(note, 'PlainTextContent')[0]?.textContent).toBe(seeded.highlights.sentence.note);
    const urduNote = all(doc, 'Note').find((n) => n.getAttribute('guid') === all(selection(seeded.highlights.urduQuote.id), 'NoteRef')[0]!.getAttribute('targetGUID'));
    expect(all(urduNote!, 'PlainTextContent')[0]?.textContent).toBe('سرحد پر نوٹ');
    // A highlight without a note refers to none.
    expect(all(selection(seeded.highlights.crossing.id), 'NoteRef')).toEqual([]);
  });

  it('attributes everything to one declared user', async () => {
    const { doc } = await exportedProject();
    const [user] = all(doc, 'User');
    const guid = user!.getAttribute('guid');
    expect(all(doc, 'PlainTextSelection').every((s) => s.getAttribute('creatingUser') === guid)).toBe(true);
    expect(doc.documentElement.getAttribute('creatingUserGUID')).toBe(guid);
  });

  it('gives the same GUIDs when exported twice', async () => {
    const b = backend();
    await seedAnnotations(b);
    const guids = async () => {
      const doc = parseQde((await unzipText((await exported(b, { format: 'qdpx' })).bytes)).get('project.qde')!);
      return [...doc.querySelectorAll('[guid]')].map((node) => node.getAttribute('guid'));
    };
    expect(await guids()).toEqual(await guids());
  });

  it('leaves orphaned highlights out, and still validates', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    b.workspace.db.prepare(`UPDATE annotation SET status = 'orphaned' WHERE id = ?`).run(seeded.highlights.growth.id);
    const qde = (await unzipText((await exported(b, { format: 'qdpx' })).bytes)).get('project.qde')!;
    const guids = all(parseQde(qde), 'PlainTextSelection').map((s) => s.getAttribute('guid'));
    expect(guids).not.toContain(seeded.highlights.growth.id);
    expect(guids).toHaveLength(3);
    expect(await xsdErrors(qde)).toEqual([]);
  });

  it('exports only the chosen articles', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const files = await unzipText((await exported(b, { format: 'qdpx', article_ids: [seeded.articles.urdu.id] })).bytes);
    expect([...files.keys()].sort()).toEqual(['project.qde', `sources/${seeded.articles.urdu.id}.txt`]);
    expect(all(parseQde(files.get('project.qde')!), 'PlainTextSelection')).toHaveLength(1);
  });

  it('writes a valid project from an empty workspace', async () => {
    const files = await unzipText((await exported(backend(), { format: 'qdpx' })).bytes);
    expect(await xsdErrors(files.get('project.qde')!)).toEqual([]);
  });
});
