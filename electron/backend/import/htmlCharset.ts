/** How far into an HTML file a charset declaration is looked for (browsers use 1024 bytes). */
const PRESCAN_LENGTH = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The charset an HTML file declares in `<meta charset>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">`, as a label TextDecoder knows; UTF-8 when none (or an unknown one)
 * is declared. A byte-order mark, handled by decodeText, overrides it.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string {
  // Declarations are ASCII, so reading the head as Latin-1 finds them whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_LENGTH));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  try {
    // Like browsers, a page that claims UTF-16 in ASCII bytes is really UTF-8.
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}
