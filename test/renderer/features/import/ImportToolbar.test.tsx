import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/renderApp';
import { fakeImportApi, listReloadedAfterImport, textFile } from './fakeImportApi';

/** A library with one article, so the toolbar (not the welcome card) is shown. */
async function libraryWithAnArticle() {
  const backend = fakeImportApi();
  backend.seed({ title: 'Already here', body: 'text' });
  const app = renderApp(backend);
  await screen.findByRole('group', { name: 'Add to the library' });
  return app;
}

const inFolder = (file: File, relativePath: string) => Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });

describe('Import toolbar', () => {
  it('offers Import files…, Import folder… and Paste text, with labelled file inputs', async () => {
    await libraryWithAnArticle();
    const toolbar = screen.getByRole('group', { name: 'Add to the library' });
    for (const name of ['Import files…', 'Import folder…', 'Paste text']) {
      expect(within(toolbar).getByRole('button', { name })).toBeTruthy();
    }
    const files = screen.getByLabelText('Choose files to import') as HTMLInputElement;
    expect(files.multiple).toBe(true);
    expect(files.accept).toBe('.txt,.md,.markdown,.html,.htm,.docx,.pdf,.json');
    expect(screen.getByLabelText('Choose a folder to import').hasAttribute('webkitdirectory')).toBe(true);
  });

  it('opens the file picker from the Import files… button', async () => {
    const { user } = await libraryWithAnArticle();
    const input = screen.getByLabelText('Choose files to import');
    let opened = 0;
    input.addEventListener('click', () => (opened += 1));
    await user.click(screen.getByRole('button', { name: 'Import files…' }));
    expect(opened).toBe(1);
  });

  it('imports the chosen files, reports them and reloads the library list', async () => {
    const { user, backend } = await libraryWithAnArticle();
    await user.upload(screen.getByLabelText('Choose files to import'), [textFile('kabul.txt'), textFile('islamabad.md')]);

    const results = await screen.findByRole('region', { name: 'Import results' });
    expect(backend.imports.map((i) => i.name)).toEqual(['kabul.txt', 'islamabad.md']);
    expect(within(results).getByText('Import finished: 2 imported.')).toBeTruthy();
    await waitFor(() => expect(listReloadedAfterImport(backend)).toBe(true));
  });

  it('sends each file of a chosen folder under its path inside the folder', async () => {
    const { user, backend } = await libraryWithAnArticle();
    const files = [inFolder(textFile('a.txt'), 'reports/a.txt'), inFolder(textFile('b.html'), 'reports/2025/b.html')];
    await user.upload(screen.getByLabelText('Choose a folder to import'), files);

    await screen.findByRole('region', { name: 'Import results' });
    expect(backend.imports.map((i) => i.name)).toEqual(['reports/a.txt', 'reports/2025/b.html']);
  });

  it('keeps Paste text opening the Add article form', async () => {
    const { user } = await libraryWithAnArticle();
    await user.click(screen.getByRole('button', { name: 'Paste text' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add article' })).toBeTruthy();
    expect(screen.getByLabelText('Title')).toBeTruthy();
  });

  it('offers the import buttons on an empty library next to Add article', async () => {
    const backend = fakeImportApi();
    const { user } = renderApp(backend);
    await screen.findByText(/Your library is empty/);
    expect(screen.getByRole('button', { name: 'Add article' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import folder…' })).toBeTruthy();

    await user.upload(screen.getByLabelText('Choose files to import'), [textFile('first.txt')]);
    await waitFor(() => expect(screen.queryByText(/Your library is empty/)).toBeNull());
    expect(backend.imports.map((i) => i.name)).toEqual(['first.txt']);
  });
});
