import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitToDisplays, loadWindowState, saveWindowState, windowStateFile } from '../../electron/main/windowState.js';
import { useTempDirs } from '../helpers/tempDir.js';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  const tempDir = useTempDirs();

  it('restores what it saved, in the data folder', () => {
    const file = windowStateFile(tempDir());
    saveWindowState(file, { x: 100, y: 80, width: 1200, height: 800, maximized: false });
    expect(file.endsWith('window-state.json')).toBe(true);
    expect(loadWindowState(file, [laptop])).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
  });

  it('keeps the maximised flag and rounds fractional bounds (scaled displays)', () => {
    const file = windowStateFile(tempDir());
    saveWindowState(file, { x: 10.4, y: 20.6, width: 1000.5, height: 700.2, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 21, width: 1001, height: 700, maximized: true });
  });

  it('opens at the default place on first start or when the file is not a window state', () => {
    const dir = tempDir();
    expect(loadWindowState(join(dir, 'missing.json'), [laptop])).toBeUndefined();
    for (const content of ['not json', '{"x":1}', '{"x":0,"y":0,"width":-5,"height":600,"maximized":false}', '[]']) {
      writeFileSync(join(dir, 'state.json'), content);
      expect(loadWindowState(join(dir, 'state.json'), [laptop])).toBeUndefined();
    }
  });

  it('keeps a window on the display it was on, a second monitor included', () => {
    expect(fitToDisplays({ x: 2000, y: 100, width: 1400, height: 900, maximized: false }, [laptop, rightMonitor])).toEqual({
      x: 2000,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('brings a window left on an unplugged monitor back, centred on the primary display', () => {
    const fitted = fitToDisplays({ x: 2000, y: 100, width: 1400, height: 900, maximized: false }, [laptop]);
    expect(fitted).toEqual({ x: 260, y: 75, width: 1400, height: 900, maximized: false });
  });

  it('shrinks a window larger than its display and pulls a half-hidden one inside', () => {
    expect(fitToDisplays({ x: -300, y: 900, width: 2500, height: 600, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 450,
      width: 1920,
      height: 600,
      maximized: false,
    });
  });

  it('never makes the window smaller than its minimum on a display that has room', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject({ width: 800, height: 560 });
  });
});
