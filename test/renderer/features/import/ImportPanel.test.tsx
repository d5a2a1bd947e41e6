import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/renderApp';
import { deferred, fakeImportApi, textFile, type FakeImportApi } from './fakeImportApi';

async function emptyLibrary(backend: FakeImportApi = fakeImportApi()) {
  const app = renderApp(backend);
  await screen.findByText(/Your library is empty/);
  return app;
}

const chooseFiles = (app: Awaited<ReturnType<typeof emptyLibrary>>, names: string[]) =>
  app.user.upload(screen.getByLabelText('Choose files to import'), names.map((name) => textFile(name)));

describe('Import progress and results', () => {
  it('shows which file is importing with a progress bar, and Cancel stops after the file in flight', async () => {
    const backend = fakeImportApi();
    const held = deferred();
    backend.beforeAnswer = (_input, index) => (index === 0 ? held.promise : undefined);
    const app = await emptyLibrary(backend);
    await chooseFiles(app, ['a.txt', 'b.txt', 'c.txt']);

    expect(await screen.findByText('Importing 1 of 3 — a.txt')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['0', '3']);
    expect(screen.getByRole('button', { name: 'Import files…' }).hasAttribute('disabled')).toBe(true);

    await app.user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(screen.getByText('Importing 1 of 3 — a.txt. Stopping after this file…')).toBeTruthy();
    held.release();

    const results = await screen.findByRole('region', { name: 'Import results' });
    expect(within(results).getByText('Cancelled after 1 of 3 files. 1 imported.')).toBeTruthy();
    expect(backend.imports.map((i) => i.name)).toEqual(['a.txt']);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('moves the bar on as files finish and announces progress politely', async () => {
    const backend = fakeImportApi();
    const held = deferred();
    backend.beforeAnswer = (_input, index) => (index === 1 ? held.promise : undefined);
    const app = await emptyLibrary(backend);
    await chooseFiles(app, ['a.txt', 'b.txt']);

    const line = await screen.findByText('Importing 2 of 2 — b.txt');
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    held.release();
    expect(await screen.findByText('Import finished: 2 imported.')).toBe(line);
  });

  it('lists every file with what became of it, failures first', async () => {
    const backend = fakeImportApi();
    const existing = backend.seed({ title: 'Talks resume in Kabul', body: 'x' });
    const revised = backend.seed({ title: 'Border reopens', body: 'y' });
    backend.answer('same.html', { status: 'duplicate', items: [{ status: 'duplicate', id: existing.id, title: existing.title, revision: 1 }] });
    backend.answer('newer.html', { status: 'updated', items: [{ status: 'updated', id: revised.id, title: revised.title, revision: 3 }] });
    backend.answer('broken.pdf', { error: { code: 'unsupported_format', message: 'The PDF has no text layer.' } });
    const app = renderApp(backend);
    await screen.findByRole('group', { name: 'Add to the library' });
    await app.user.upload(
      screen.getByLabelText('Choose a folder to import'),
      ['new.txt', 'same.html', 'newer.html', 'broken.pdf', 'photo.png'].map((name) => textFile(name)),
    );

    const results = await screen.findByRole('region', { name: 'Import results' });
    expect(within(results).getByText('Import finished: 1 imported, 1 duplicate, 1 updated, 1 failed, 1 skipped.')).toBeTruthy();
    const rows = within(results).getAllByRole('listitem').map((row) => row.textContent);
    expect(rows).toEqual([
      'broken.pdfFailed: The PDF has no text layer.',
      'new.txtImported “Title of new.txt”',
      'same.htmlDuplicate of “Talks resume in Kabul”',
      'newer.htmlUpdated “Border reopens” to revision 3',
      expect.stringMatching(/^photo\.pngSkipped: \.png files are not supported/),
    ]);
  });

  it('opens an imported article, or the stored one a duplicate matched, in the reader', async () => {
    const backend = fakeImportApi();
    const existing = backend.seed({ title: 'Talks resume in Kabul', body: 'The stored text.' });
    backend.answer('same.html', { status: 'duplicate', items: [{ status: 'duplicate', id: existing.id, title: existing.title, revision: 1 }] });
    const app = renderApp(backend);
    await screen.findByRole('group', { name: 'Add to the library' });
    await app.user.upload(screen.getByLabelText('Choose files to import'), [textFile('same.html')]);

    const results = await screen.findByRole('region', { name: 'Import results' });
    await app.user.click(within(results).getByRole('button', { name: 'Talks resume in Kabul' }));
    expect(await screen.findByText('The stored text.')).toBeTruthy();
    expect(backend.calls.filter((call) => call.channel === 'articles.open').at(-1)).toEqual({ channel: 'articles.open', input: { id: existing.id } });
  });

  it('takes focus when the run ends with focus lost, and goes away when dismissed', async () => {
    const backend = fakeImportApi();
    const held = deferred();
    backend.beforeAnswer = () => held.promise;
    const app = await emptyLibrary(backend);
    await chooseFiles(app, ['a.txt', 'b.txt']);
    await app.user.click(await screen.findByRole('button', { name: 'Cancel import' }));
    held.release();

    const results = await screen.findByRole('region', { name: 'Import results' });
    await waitFor(() => expect(document.activeElement).toBe(results));
    await app.user.click(within(results).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Import results' })).toBeNull();
  });
});
