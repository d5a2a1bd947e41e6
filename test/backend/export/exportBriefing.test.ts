import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../../electron/backend/app.js';
import { documentFileName } from '../../../electron/backend/export/exportDocument.js';
import { ExportedFile } from '../../../shared/domain/briefing.js';
import { useTempDirs } from '../../helpers/tempDir.js';

describe('export.briefing', () => {
  const tempDir = useTempDirs();
  const printed: string[] = [];
  const opened: Backend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });

  /** A backend whose PDF printer records the HTML it is given, as the desktop shell's would print it. */
  async function withNote(): Promise<{ backend: Backend; id: string }> {
    const backend = startBackend(tempDir(), {
      validateOutput: true,
      logError: () => {},
      printPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-fake')),
    });
    opened.push(backend);
    const created = await backend.dispatch('briefings.create', { title: 'Torkham / Chaman: week 16', caveat: 'OFFICIAL' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    await backend.dispatch('briefings.update', { id, body: '## Summary\n\nBoth sides **agree**.' });
    return { backend, id };
  }

  it('answers a Markdown file named after the title', async () => {
    const { backend, id } = await withNote();
    const result = await backend.dispatch('export.briefing', { id, format: 'md' });
    expect(result.ok).toBe(true);
    const file = ExportedFile.parse(result.ok && result.value);
    expect(file).toMatchObject({ file_name: 'Torkham-Chaman-week-16.md', mime: 'text/markdown;charset=utf-8' });
    expect(Buffer.from(file.data, 'base64').toString('utf8')).toContain('# Torkham / Chaman: week 16\n');
  });

  it('prints the PDF with the printer the backend was started with, from the print HTML', async () => {
    const { backend, id } = await withNote();
    const result = await backend.dispatch('export.briefing', { id, format: 'pdf' });
    const file = ExportedFile.parse(result.ok && result.value);
    expect(file).toMatchObject({ file_name: 'Torkham-Chaman-week-16.pdf', mime: 'application/pdf' });
    expect(Buffer.from(file.data, 'base64').toString()).toBe('%PDF-fake');
    expect(printed.at(-1)).toContain('<h3>Summary</h3>');
    expect(printed.at(-1)).toContain('@top-center { content: "OFFICIAL"');
  });

  it('answers not_found for an unknown note and invalid_input for an unknown format', async () => {
    const { backend } = await withNote();
    expect(await backend.dispatch('export.briefing', { id: '00000000-0000-4000-8000-000000000000', format: 'docx' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await backend.dispatch('export.briefing', { id: '00000000-0000-4000-8000-000000000000', format: 'rtf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'format' },
    });
  });

  it('names files by the title’s letters and digits in any script, never an empty name', () => {
    expect(documentFileName('Kabul: “talks” (2025)', 'docx')).toBe('Kabul-talks-2025.docx');
    expect(documentFileName('پاکستان اور افغانستان', 'html')).toBe('پاکستان-اور-افغانستان.html');
    expect(documentFileName('../..', 'md')).toBe('briefing.md');
  });
});
