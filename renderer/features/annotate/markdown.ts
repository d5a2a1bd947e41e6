import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

// No raw HTML, no images (the app makes no network requests), links only to http(s).
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable('image');
markdown.validateLink = (url) => /^https?:\/\//i.test(url.trim());
const renderToken = markdown.renderer.renderToken.bind(markdown.renderer);
markdown.renderer.rules.link_open = (tokens, index, options) => {
  tokens[index]!.attrSet('rel', 'noopener noreferrer');
  return renderToken(tokens, index, options);
};

/**
 * A note's Markdown as safe HTML. markdown-it already escapes HTML; DOMPurify is the second
 * line for anything it lets through, since notes hold text pasted from anywhere (links are
 * already limited to http(s) by `validateLink`).
 */
export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(markdown.render(source), {
    FORBID_TAGS: ['img', 'style', 'form', 'input'],
  });
}

/** A one-line plain preview of a note, for tooltips and lists. */
export function plainPreview(source: string, max = 160): string {
  const flat = source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
