import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../../../shared/domain/briefing';
import { downloadFile, REVOKE_AFTER_MS } from '../../../../renderer/ui/download';
import { useBackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { seedArticle, seedStatement } from '../compare/compareHarness';
import { dispatchOk, openNote, openNotes, seedNote } from './notesHarness';

interface Download {
  name: string;
  href: string;
  blob: Blob;
}

/** Object URLs and link clicks as the browser would see them; jsdom has neither. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href, blob: blobs.get(this.href)! });
  });
  return { downloads, revoked };
}

describe('downloading an exported file', () => {
  let capture: ReturnType<typeof captureDownloads>;
  beforeEach(() => {
    capture = captureDownloads();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('clicks a link named after the file to a blob of its bytes and type, and frees the URL later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    downloadFile({ file_name: 'note.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: btoa(String.fromCharCode(...bytes)) });

    expect(capture.downloads).toHaveLength(1);
    const [download] = capture.downloads;
    expect(download!.name).toBe('note.docx');
    expect(download!.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await download!.blob.arrayBuffer())).toEqual(bytes);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(capture.revoked).toEqual([]);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(capture.revoked).toEqual([download!.href]);
  });

  describe('from the Notes room', () => {
    const backendApi = useBackendApi();

    it('exports the open note as Markdown through export.briefing and downloads the file it returns', async () => {
      const api = backendApi();
      const article = await seedArticle(api, 'Talks in Kabul', ['We want good relations with Kabul']);
      await seedStatement(api, article, { phrase: 'We want good relations with Kabul', actor: 'pk-ishaq-dar', said_on: '2025-04-17' });
      const note = await seedNote(api, 'April talks', 'Both sides met.');
      const app = await openNotes(api);
      const text = await openNote(app, 'April talks');
      // An edit not yet autosaved is saved before the export, so the file has it.
      await app.user.type(text, ' Trade came up.');
      await app.user.click(screen.getByRole('button', { name: 'Export as Markdown' }));

      await waitFor(() => expect(capture.downloads).toHaveLength(1));
      const exported = api.calls.filter((c) => c.channel === 'export.briefing').map((c) => c.input);
      expect(exported).toEqual([{ id: note.id, format: 'md' }]);
      const file = await dispatchOk<ExportedFile>(api, 'export.briefing', { id: note.id, format: 'md' });
      const [download] = capture.downloads;
      expect(download!.name).toBe(file.file_name);
      expect(download!.blob.type).toBe(file.mime);
      expect(await download!.blob.text()).toContain('Both sides met. Trade came up.');
    });

    it('says clearly why an export failed', async () => {
      const api = backendApi();
      await seedNote(api, 'April talks');
      const app = await openNotes(api);
      await openNote(app, 'April talks');
      api.failNext('export.briefing', { code: 'unsupported_format', message: 'PDF needs a Chromium, and none was found.' });
      await app.user.click(screen.getByRole('button', { name: 'Export as PDF' }));
      const alert = await within(screen.getByRole('group', { name: 'Export' })).findByRole('alert');
      expect(alert.textContent).toContain('Could not export as PDF: PDF needs a Chromium, and none was found.');
      expect(capture.downloads).toEqual([]);
    });
  });

  describe('from the Library', () => {
    const backendApi = useBackendApi();

    it('exports every highlight as CSV from “Export highlights…”', async () => {
      const api = backendApi();
      const article = await seedArticle(api, 'Talks in Kabul', ['We want good relations with Kabul']);
      await seedStatement(api, article, { phrase: 'We want good relations with Kabul', actor: 'pk-ishaq-dar', said_on: '2025-04-17' });
      const { user } = renderApp(api);
      await user.click(await screen.findByRole('button', { name: 'Export highlights…' }));
      await user.click(within(screen.getByRole('group', { name: 'Export highlights as' })).getByRole('button', { name: 'CSV (spreadsheet)' }));

      await waitFor(() => expect(capture.downloads).toHaveLength(1));
      expect(api.calls.filter((c) => c.channel === 'export.annotations').map((c) => c.input)).toEqual([{ format: 'csv' }]);
      const [download] = capture.downloads;
      expect(download!.name).toMatch(/\.csv$/);
      expect(await download!.blob.text()).toContain('We want good relations with Kabul');
      expect(screen.queryByRole('group', { name: 'Export highlights as' })).toBeNull();
    });
  });
});
