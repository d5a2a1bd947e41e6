import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/senderCheck.js';

describe('IPC sender check', () => {
  const mainFrame = { url: 'parallax://app/index.html' };

  it("accepts the main window's main frame on the app page", () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
  });

  it('refuses the main frame once it shows another origin', () => {
    const navigated = { url: 'https://example.com/' };
    expect(isTrustedSender(navigated, navigated)).toBe(false);
  });

  it('refuses a subframe, even one on the app origin', () => {
    expect(isTrustedSender({ url: 'parallax://app/frame.html' }, mainFrame)).toBe(false);
  });

  it('refuses a missing sender frame', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
  });

  it('refuses everything while there is no main window', () => {
    expect(isTrustedSender(mainFrame, undefined)).toBe(false);
  });
});
