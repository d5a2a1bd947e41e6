const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
/** A thematic break, or the `===`/`---` underline of a Setext heading. */
const RULE_OR_UNDERLINE = /^\s{0,3}(?:[-*_=]\s*){3,}$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCKQUOTE = /^\s{0,3}(?:>\s?)+/;
const LIST_MARKER = /^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$/;

/** Inline markup reduced to its text, in order: images and links before emphasis. */
const INLINE: [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/<(https?:\/\/[^>\s]+)>/g, '$1'],
  [/`([^`]+)`/g, '$1'],
  [/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'],
  [/(^|\W)__(\S(?:.*?\S)?)__(?=\W|$)/g, '$1$2'],
  [/\*(\S(?:.*?\S)?)\*/g, '$1'],
  [/(^|\W)_(\S(?:.*?\S)?)_(?=\W|$)/g, '$1$2'],
  [/~~(\S(?:.*?\S)?)~~/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1'],
];

function inlineText(line: string): string {
  return INLINE.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/**
 * Markdown reduced to plain text: headings become their own paragraphs without `#`, emphasis,
 * code spans, links and images become their text, quotes and rules lose their markers. List
 * items keep their marker so a "Key points" list is still recognisable as a list.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.split(/\r\n?|\n/)) {
    if (FENCE.test(raw) || LINK_DEFINITION.test(raw)) continue;
    if (RULE_OR_UNDERLINE.test(raw)) {
      out.push('');
      continue;
    }
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      out.push('', inlineText(heading[1] ?? ''), '');
      continue;
    }
    const line = raw.replace(BLOCKQUOTE, '');
    const item = LIST_MARKER.exec(line);
    out.push(item ? `${item[1]}${inlineText(item[2] ?? '')}` : inlineText(line));
  }
  return out.join('\n');
}
