import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/main/windowOptions.js';

describe('main window options', () => {
  const { webPreferences } = mainWindowOptions('/app/dist/preload/preload.cjs');

  it('isolates and sandboxes the page', () => {
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true });
  });

  it('gives the page no Node, in frames and workers too', () => {
    expect(webPreferences).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('allows no webview, insecure content or navigation by dropped files', () => {
    expect(webPreferences).toMatchObject({ webviewTag: false, allowRunningInsecureContent: false, navigateOnDragDrop: false });
  });

  it('loads the given preload', () => {
    expect(webPreferences?.preload).toBe('/app/dist/preload/preload.cjs');
  });
});
