import { hasSearchIgnored, searchableText } from '../text/searchableText.js';
import { MATCH_CLOSE, MATCH_OPEN } from './markedText.js';

const ELLIPSIS = '…';
const MARKERS = new RegExp(`[${MATCH_OPEN}${MATCH_CLOSE}]`, 'g');

/** UTF-16 offsets in `original` of each character `searchableText(original)` kept, in order. */
function keptOffsets(original: string): number[] {
  const kept: number[] = [];
  for (let i = 0; i < original.length; i++) if (!hasSearchIgnored(original[i]!)) kept.push(i);
  return kept;
}

/** Where the passage (marked text less its markers) lies in `searchable`, trying the ellipses the index may have added. */
function locate(searchable: string, passage: string): { at: number; text: string; lead: string; trail: string } | undefined {
  const lead = passage.startsWith(ELLIPSIS) ? ELLIPSIS : '';
  const trail = passage.endsWith(ELLIPSIS) && passage.length > lead.length ? ELLIPSIS : '';
  const tries = [
    { lead: '', trail: '' },
    { lead, trail: '' },
    { lead: '', trail },
    { lead, trail },
  ];
  for (const t of tries) {
    const text = passage.slice(t.lead.length, passage.length - t.trail.length);
    const at = searchable.indexOf(text);
    if (at !== -1) return { at, text, ...t };
  }
  return undefined;
}

/**
 * Highlights and snippets come from the index, which sees the text without the characters
 * search ignores (see shared/text/searchableText.ts). This puts the passage back into the
 * stored text: the same words with the same marks, and the invisible characters where they
 * were (a mark never takes in the ones around its word, the passage does). `originals` are the
 * stored texts the passage may come from (a snippet over several columns): the first holding it
 * is used. Text none of them holds comes back unchanged.
 */
export function markedOverOriginal(marked: string, ...originals: string[]): string {
  const passage = marked.replace(MARKERS, '');
  for (const original of originals) {
    if (!hasSearchIgnored(original)) {
      if (locate(original, passage)) return marked;
      continue;
    }
    const searchable = searchableText(original);
    const found = locate(searchable, passage);
    if (!found) continue;
    const kept = keptOffsets(original);
    const end = found.at + found.text.length;
    // The passage takes in the ignored characters just before and after it.
    const from = found.at === 0 ? 0 : kept[found.at - 1]! + 1;
    const to = end === kept.length ? original.length : kept[end]!;
    const body = marked.slice(found.lead.length, marked.length - found.trail.length);
    let out = found.lead;
    let copied = from;
    let index = found.at; // the next passage character's index in `searchable`
    for (let i = 0; i < body.length; i++) {
      const unit = body[i]!;
      if (unit !== MATCH_OPEN && unit !== MATCH_CLOSE) {
        index++;
        continue;
      }
      // An opening mark goes right before the next kept character, a closing one right after the last.
      const at = unit === MATCH_OPEN ? (kept[index] ?? to) : index > found.at ? kept[index - 1]! + 1 : from;
      out += original.slice(copied, at) + unit;
      copied = at;
    }
    return out + original.slice(copied, to) + found.trail;
  }
  return marked;
}
