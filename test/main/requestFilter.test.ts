import { describe, expect, it } from 'vitest';
import { installRequestFilter, isAllowedRequest } from '../../electron/main/requestFilter.js';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

describe('offline request filter', () => {
  const packaged = { packaged: true };

  it.each([
    'parallax://app/index.html',
    'parallax://app/assets/index-3f2a.js',
    'parallax://app/fonts/NotoNastaliqUrdu.woff2',
    'blob:parallax://app/5b1f8c2e-8d0e-4c33-9a55-0b3c8f6f2a10',
    'data:image/svg+xml;base64,PHN2Zy8+',
  ])('lets the app load its own %s', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/rpc/articles.list',
    'wss://example.com/socket',
    'ws://localhost:9222/',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'parallax://evil/index.html',
    'blob:https://example.com/5b1f8c2e',
    'chrome-extension://abc/script.js',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedRequest(url, packaged)).toBe(false);
  });

  it('allows the DevTools in development only', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { packaged: false })).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(false);
  });

  it("cancels the session's requests by those decisions", () => {
    let filter: BeforeRequest | undefined;
    const session = { webRequest: { onBeforeRequest: (listener: BeforeRequest) => (filter = listener) } };
    installRequestFilter(session as unknown as Parameters<typeof installRequestFilter>[0], packaged);
    const decide = (url: string) => {
      let response: { cancel: boolean } | undefined;
      filter!({ url }, (answer) => (response = answer));
      return response;
    };
    expect(decide('https://telemetry.example.com/collect')).toEqual({ cancel: true });
    expect(decide('parallax://app/index.html')).toEqual({ cancel: false });
  });
});
