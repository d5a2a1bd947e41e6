/**
 * Citations sit in a note's Markdown as tokens on their own line: `{{quote:<citation id>}}` or
 * `{{compare:<citation id>}}`. The backend hands out the token; the editor inserts it; the
 * document builder (and any preview) turns the line into the cited block.
 */
export type CitationKind = 'quote' | 'compare';

export function citationToken(kind: CitationKind, citationId: string): string {
  return `{{${kind}:${citationId}}}`;
}

const TOKEN_LINE = /^[ \t]*\{\{(quote|compare):([0-9a-fA-F-]{36})\}\}[ \t]*$/;
const ANY_TOKEN = /\{\{(?:quote|compare):[0-9a-fA-F-]*\}?\}?/g;

/** The citation a line holds, when the line is a token and nothing else. */
export function parseTokenLine(line: string): { kind: CitationKind; id: string } | null {
  const match = TOKEN_LINE.exec(line);
  return match ? { kind: match[1] as CitationKind, id: match[2]!.toLowerCase() } : null;
}

/** Text with every token (or the piece of one a snippet cut) taken out. */
export function withoutTokens(text: string): string {
  return text.replace(ANY_TOKEN, ' ');
}
