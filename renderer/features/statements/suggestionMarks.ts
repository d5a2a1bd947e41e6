import type { SideRecord } from '../../../shared/domain/side';
import type { Suggestion } from '../../../shared/domain/statement';
import { suggestionKey } from '../../store/statementSlice';
import type { TextMark } from '../reader/textMarks';
import { sideColour, sideName } from './sideColours';

const MARK_PREFIX = 'suggestion:';

/** The `data-mark` of a suggestion's pieces in the body. */
export const suggestionMarkId = (s: Pick<Suggestion, 'start' | 'end'>) => `${MARK_PREFIX}${suggestionKey(s)}`;

/** The suggestion key a piece of the body names, if it is a suggestion's. */
export function suggestionKeyOf(element: Element): string | null {
  const id = element.closest('mark[data-mark]')?.getAttribute('data-mark') ?? '';
  return id.startsWith(MARK_PREFIX) ? id.slice(MARK_PREFIX.length) : null;
}

export const SUGGESTION_SELECTOR = `mark[data-mark^="${MARK_PREFIX}"]`;

export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** Pending suggestions drawn as dashed underlines in their side's colour, each focusable. */
export function suggestionMarks(suggestions: readonly Suggestion[], sides: ReadonlyMap<string, SideRecord>): TextMark[] {
  return suggestions.map((s) => ({
    id: suggestionMarkId(s),
    start: s.start,
    end: s.end,
    className: 'suggestion-mark',
    colour: sideColour(sides, s.side_id),
    focusable: true,
    title: `Suggested statement: ${s.speaker ?? 'unknown speaker'} · ${sideName(sides, s.side_id)} · ${s.kind} · ${percent(s.confidence)}. Enter accepts, Delete rejects, E edits first.`,
  }));
}

/** Puts focus on a suggestion's first piece in the body; false when it is not drawn. */
export function focusSuggestion(body: HTMLElement | null, key: string): boolean {
  const piece = body?.querySelector<HTMLElement>(`mark[data-mark="${MARK_PREFIX}${key}"]`);
  if (!piece) return false;
  piece.scrollIntoView?.({ block: 'center' });
  piece.focus();
  return true;
}
