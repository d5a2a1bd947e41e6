import type { Statement, Suggestion } from '../../../shared/domain/statement';
import type { StatementDraft } from '../../store/statementSlice';

export const STANCES = ['conciliatory', 'neutral', 'critical', 'hostile'] as const;

/** A quotation mark at either end of the quote says the words are quoted directly. */
const QUOTED = /^\s*["“”«‹'‘]|["“”»›'’]\s*$/;

/** The toolbar's Statement section starts from the statement, the suggestion, or the quote itself. */
export function initialDraft(existing: Statement | null, suggestion: Suggestion | null, quote: string): StatementDraft {
  if (existing) {
    const { actor_id, speaker_text, side_id, kind, stance, said_on, responds_to } = existing;
    return { actor_id, speaker_text, side_id, kind, stance, said_on, responds_to };
  }
  if (suggestion) {
    return {
      actor_id: suggestion.actor_id,
      speaker_text: suggestion.actor_id ? null : suggestion.speaker_mention,
      side_id: suggestion.side_id,
      kind: suggestion.kind,
      stance: null,
      said_on: suggestion.said_on,
      responds_to: null,
    };
  }
  return { actor_id: null, speaker_text: null, side_id: null, kind: QUOTED.test(quote) ? 'direct' : 'reported', stance: null, said_on: null, responds_to: null };
}

/** Why the draft cannot be saved yet, or null. */
export function draftProblem(draft: StatementDraft): string | null {
  return draft.actor_id || draft.speaker_text?.trim() ? null : 'Statement: choose a speaker (or type one not in the registry).';
}
