import { describe, expect, it, vi } from 'vitest';
import type { ImportFileResult } from '../../shared/domain/importing.js';
import { exportFormatFor, fileCommands, importReport, type Dialogs, type FileCommandDeps } from '../../electron/main/fileCommands.js';

const imported = (file: string): ImportFileResult => ({ file, status: 'imported', items: [{ status: 'imported', id: 'a', title: 'T', revision: 1 }] });

function setup(answers: { open?: string[]; save?: string } = {}) {
  const dialogs = {
    showOpenDialog: vi.fn<Dialogs['showOpenDialog']>(async () => ({ canceled: !answers.open, filePaths: answers.open ?? [] })),
    showSaveDialog: vi.fn<Dialogs['showSaveDialog']>(async () => ({ canceled: !answers.save, filePath: answers.save })),
    showMessageBox: vi.fn<Dialogs['showMessageBox']>(async () => ({})),
  };
  const deps = {
    dialogs,
    importPaths: vi.fn<FileCommandDeps['importPaths']>(async (paths) => paths.map(imported)),
    dispatch: vi.fn<FileCommandDeps['dispatch']>(async () => ({ ok: true, value: { file_name: 'x.csv', mime: 'text/csv', data: Buffer.from('a,b\n').toString('base64') } })),
    backUpTo: vi.fn<FileCommandDeps['backUpTo']>(),
    writeFile: vi.fn<FileCommandDeps['writeFile']>(async () => {}),
    notify: vi.fn<FileCommandDeps['notify']>(),
    now: () => new Date('2025-06-01T10:00:00Z'),
  };
  return { deps, dialogs, commands: fileCommands(deps) };
}

describe('file commands', () => {
  it('imports the files picked in the open dialog, then tells the window to reload the library', async () => {
    const { deps, dialogs, commands } = setup({ open: ['/news/a.txt', '/news/b.pdf'] });
    await commands.importFiles();
    expect(dialogs.showOpenDialog.mock.calls[0]![0].properties).toEqual(['openFile', 'multiSelections']);
    expect(deps.importPaths).toHaveBeenCalledWith(['/news/a.txt', '/news/b.pdf']);
    expect(deps.notify).toHaveBeenCalledWith({ type: 'library-changed' });
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: '2 imported.' }));
  });

  it('offers only the formats the library reads in the file dialog', async () => {
    const { dialogs, commands } = setup();
    await commands.importFiles();
    expect(dialogs.showOpenDialog.mock.calls[0]![0].filters![0]!.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf', 'json']);
  });

  it('imports a folder picked in the folder dialog', async () => {
    const { deps, dialogs, commands } = setup({ open: ['/news'] });
    await commands.importFolder();
    expect(dialogs.showOpenDialog.mock.calls[0]![0].properties).toContain('openDirectory');
    expect(deps.importPaths).toHaveBeenCalledWith(['/news']);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { deps, commands } = setup();
    await commands.importFiles();
    await commands.exportHighlights();
    await commands.backUp();
    expect(deps.importPaths).not.toHaveBeenCalled();
    expect(deps.dispatch).not.toHaveBeenCalled();
    expect(deps.backUpTo).not.toHaveBeenCalled();
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it('exports highlights in the format the chosen name asks for and writes them where the dialog said', async () => {
    const { deps, dialogs, commands } = setup({ save: '/reports/june.jsonld' });
    await commands.exportHighlights();
    expect(dialogs.showSaveDialog.mock.calls[0]![0].defaultPath).toBe('parallax-highlights-2025-06-01.csv');
    expect(deps.dispatch).toHaveBeenCalledWith('export.annotations', { format: 'w3c' });
    expect(deps.writeFile).toHaveBeenCalledWith('/reports/june.jsonld', Buffer.from('a,b\n'));
  });

  it('refuses a name that names no export format, writing nothing', async () => {
    const { deps, dialogs, commands } = setup({ save: '/reports/june.docx' });
    await commands.exportHighlights();
    expect(deps.dispatch).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', message: expect.stringContaining('.csv, .json, .jsonld or .qdpx') }));
  });

  it("shows the backend's reason when the export fails, writing nothing", async () => {
    const { deps, dialogs, commands } = setup({ save: '/reports/june.csv' });
    deps.dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
    await commands.exportHighlights();
    expect(deps.writeFile).not.toHaveBeenCalled();
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', detail: 'disk on fire' }));
  });

  it('says the disk is full, naming the file, when writing the export runs out of space', async () => {
    const { deps, dialogs, commands } = setup({ save: '/reports/june.csv' });
    deps.writeFile.mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await commands.exportHighlights();
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({
      type: 'error',
      detail: 'The disk holding /reports/june.csv is full: nothing was written. Free some space and try again.',
    }));
  });

  it('backs the workspace up to the file chosen in the save dialog', async () => {
    const { deps, dialogs, commands } = setup({ save: '/backups/parallax.sqlite' });
    await commands.backUp();
    expect(dialogs.showSaveDialog.mock.calls[0]![0].defaultPath).toBe('parallax-backup-2025-06-01.sqlite');
    expect(deps.backUpTo).toHaveBeenCalledWith('/backups/parallax.sqlite');
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Backup written.', detail: '/backups/parallax.sqlite' }));
  });

  it('says why a backup failed', async () => {
    const { deps, dialogs, commands } = setup({ save: '/readonly/parallax.sqlite' });
    deps.backUpTo.mockImplementation(() => {
      throw new Error('EACCES: permission denied');
    });
    await commands.backUp();
    expect(dialogs.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', detail: 'EACCES: permission denied' }));
  });

  it('takes paths only from its dialogs: no command accepts one', () => {
    const { commands } = setup();
    expect(commands.importFiles.length + commands.importFolder.length + commands.exportHighlights.length + commands.backUp.length).toBe(0);
  });

  it('opens files handed over by the system the same way, and nothing for none', async () => {
    const { deps, commands } = setup();
    await commands.openPaths([]);
    expect(deps.importPaths).not.toHaveBeenCalled();
    await commands.openPaths(['/home/a/talks.pdf']);
    expect(deps.importPaths).toHaveBeenCalledWith(['/home/a/talks.pdf']);
    expect(deps.notify).toHaveBeenCalledWith({ type: 'library-changed' });
  });
});

describe('import report', () => {
  it('counts the outcomes and lists each file not imported with its reason', () => {
    const report = importReport([
      imported('a.txt'),
      { file: 'b.pdf', status: 'failed', reason: 'password-protected', items: [] },
      { file: '.hidden', status: 'skipped', reason: 'hidden file', items: [] },
    ]);
    expect(report).toMatchObject({ type: 'warning', message: '1 imported, 1 skipped, 1 failed.' });
    expect(report.detail).toBe('b.pdf: failed, password-protected\n.hidden: skipped, hidden file');
  });

  it('says when there was nothing to import', () => {
    expect(importReport([])).toMatchObject({ type: 'info', message: 'There was nothing to import.' });
  });
});

describe('export format', () => {
  it.each([
    ['x.csv', 'csv'],
    ['x.JSON', 'json'],
    ['x.jsonld', 'w3c'],
    ['dir.v2/x.qdpx', 'qdpx'],
    ['x.txt', undefined],
    ['noextension', undefined],
  ])('%s → %s', (file, format) => {
    expect(exportFormatFor(file)).toBe(format);
  });
});
