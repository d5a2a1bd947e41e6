import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/renderApp';
import { fakeImportApi } from './fakeImportApi';
import { fakeDrop } from './fakeDrop';

async function library() {
  const backend = fakeImportApi();
  const app = renderApp(backend);
  await screen.findByText(/Your library is empty/);
  return { ...app, backend, target: screen.getByRole('heading', { level: 1, name: 'Library' }) };
}

describe('Dropping files on the library', () => {
  it('shows the drop overlay while files are dragged over and hides it when they leave', async () => {
    const { target } = await library();
    const { dataTransfer } = fakeDrop({ 'a.txt': 'A' });

    fireEvent.dragEnter(target, { dataTransfer });
    expect(screen.getByText('Drop files or folders to import')).toBeTruthy();
    fireEvent.dragLeave(target, { dataTransfer });
    expect(screen.queryByText('Drop files or folders to import')).toBeNull();
  });

  it('ignores drags that carry no files', async () => {
    const { target } = await library();
    fireEvent.dragEnter(target, { dataTransfer: { types: ['text/plain'] } });
    expect(screen.queryByText('Drop files or folders to import')).toBeNull();
  });

  it('imports every file of a dropped nested folder under its relative path', async () => {
    const { target, backend } = await library();
    const { dataTransfer } = fakeDrop({
      reports: { 'a.txt': 'A', sub: { 'b.html': '<p>B</p>', deeper: { 'c.md': 'C' } }, '.DS_Store': '' },
    });
    fireEvent.dragEnter(target, { dataTransfer });
    const drop = fireEvent.drop(target, { dataTransfer });

    // preventDefault: the browser must not open the dropped file as a page.
    expect(drop).toBe(false);
    expect(screen.queryByText('Drop files or folders to import')).toBeNull();
    const results = await screen.findByRole('region', { name: 'Import results' });
    expect(backend.imports.map((i) => [i.name, atob(i.data)])).toEqual([
      ['reports/a.txt', 'A'],
      ['reports/sub/b.html', '<p>B</p>'],
      ['reports/sub/deeper/c.md', 'C'],
    ]);
    expect(within(results).getByText('Import finished: 3 imported, 1 skipped.')).toBeTruthy();
    expect(within(results).getByText('reports/.DS_Store')).toBeTruthy();
  });
});
