/**
 * The Content-Security-Policy every page of the renderer is served with, by the desktop app
 * protocol and by the browser-mode host alike. Only the app's own bundled files may run or
 * load; imported article markup is sanitised text, so nothing inline is ever needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
