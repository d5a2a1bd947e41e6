/** One positioned string of a PDF page's text layer (pdfjs TextItem, y growing upwards). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
}

/** A line ending a sentence this far short of the text's right edge ends its paragraph. */
const SHORT_LINE_SHARE = 0.85;
const SENTENCE_END = /[.!?:;"”’»)\]۔؟]$/u;
/** A baseline gap (relative to font size) this much wider than usual separates paragraphs. */
const PARAGRAPH_GAP_FACTOR = 1.4;
/** A change of font size by this share (headline over text) starts a new paragraph. */
const SIZE_CHANGE_SHARE = 0.2;

const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(?:(?:of|\/)\s*\d{1,4})?$/i;

/** The lower quartile: the usual line spacing, even where paragraph gaps are frequent. */
function lowerQuartile(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}

/** Runs on (nearly) the same baseline form a line, read left to right, top line first. */
function linesOf(runs: TextRun[]): Line[] {
  const groups: TextRun[][] = [];
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const group = groups.find((g) => Math.abs(g[0]!.y - run.y) < Math.max(g[0]!.height, run.height, 1) * 0.5);
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups
    .map((group) => {
      const sorted = group.sort((a, b) => a.x - b.x);
      let text = '';
      let right = sorted[0]!.x;
      for (const run of sorted) {
        // Runs drawn apart without a space between them are separate words.
        const apart = run.x - right > run.height * 0.2;
        if (text && apart && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
        text += run.str;
        right = Math.max(right, run.x + run.width);
      }
      const height = Math.max(...sorted.map((run) => run.height));
      return { text: text.replace(/\s+/g, ' ').trim(), x: sorted[0]!.x, right, y: sorted[0]!.y, height };
    })
    .sort((a, b) => b.y - a.y);
}

const repeatKey = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

/**
 * Drops running headers and footers: a page's top or bottom line that recurs (digits aside) at
 * the top or bottom of another page, and a bare page number there.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const edges = (lines: Line[]) => [lines[0], lines[lines.length - 1]].filter((line): line is Line => line !== undefined);
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map((line) => repeatKey(line.text)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  return pages.map((lines) => {
    const running = new Set(
      edges(lines).filter((line) => PAGE_NUMBER.test(line.text) || (pagesWithKey.get(repeatKey(line.text)) ?? 0) >= 2),
    );
    return lines.filter((line) => !running.has(line));
  });
}

/**
 * `inter-` + `national` -> `international`; a hyphen before a capital or digit belongs to a
 * compound (`Pakistan-` + `Afghanistan`) and stays; otherwise lines join with a space.
 */
function joinLines(paragraph: string, next: string): string {
  if (/\p{L}-$/u.test(paragraph)) {
    if (/^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
    if (/^[\p{Lu}\p{N}]/u.test(next)) return paragraph + next;
  }
  return `${paragraph} ${next}`;
}

/**
 * Paragraphs rebuilt from the text layer of each page (pages in order): a paragraph ends where
 * the vertical gap is clearly wider than the usual line spacing, the font size changes, or the
 * line before ends a sentence short of the right margin. So a paragraph runs on over a page break
 * unless the page's last line ended it.
 */
export function paragraphsFromPages(pages: TextRun[][]): string[] {
  const bodyPages = withoutRunningLines(pages.map(linesOf));
  const all = bodyPages.flat();
  if (all.length === 0) return [];
  const rightEdge = Math.max(...all.map((line) => line.right));
  const leftEdge = Math.min(...all.map((line) => line.x));
  const endsParagraph = (line: Line) =>
    line.right < leftEdge + (rightEdge - leftEdge) * SHORT_LINE_SHARE && SENTENCE_END.test(line.text);
  // Baseline gaps in units of the upper line's font size, comparable across sizes and pages.
  const relativeGap = (above: Line, below: Line) => (above.y - below.y) / Math.max(above.height, 1);
  const spacing = lowerQuartile(bodyPages.flatMap((lines) => lines.slice(1).map((line, i) => relativeGap(lines[i]!, line))));

  const paragraphs: string[] = [];
  bodyPages.forEach((lines, pageIndex) =>
    lines.forEach((line, i) => {
      const previous = i > 0 ? lines[i - 1] : bodyPages.slice(0, pageIndex).flat().at(-1);
      const wideGap = i > 0 && spacing !== undefined && relativeGap(previous!, line) > spacing * PARAGRAPH_GAP_FACTOR;
      const resized = previous !== undefined && Math.abs(line.height - previous.height) > previous.height * SIZE_CHANGE_SHARE;
      if (previous === undefined || wideGap || resized || endsParagraph(previous)) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1]!, line.text);
    }),
  );
  return paragraphs;
}
