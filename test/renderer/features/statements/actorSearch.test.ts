import { describe, expect, it } from 'vitest';
import { matchActors, matchedAlias } from '../../../../renderer/features/statements/actorSearch';
import type { Actor } from '../../../../shared/domain/actor';

const actor = (id: string, name: string, side_id: string, aliases: [string, Actor['aliases'][number]['language']][]): Actor => ({
  id,
  name,
  kind: 'person',
  side_id,
  role: null,
  organisation: null,
  roles: [],
  aliases: aliases.map(([alias, language]) => ({ alias, language })),
  statement_count: 0,
});

const ACTORS = [
  actor('dar', 'Ishaq Dar', 'pakistan', [['اسحاق ڈار', 'ur']]),
  actor('muttaqi', 'Amir Khan Muttaqi', 'afghanistan', [['امیر خان متقی', 'ps'], ['Mawlawi Amir Khan Muttaqi', 'en']]),
  actor('khan', 'Mohammad Sadiq Khan', 'pakistan', [['Sadiq Khan', 'en']]),
];

describe('matching actors by name or alias', () => {
  it('finds an Urdu alias whichever Arabic-script letter forms are typed', () => {
    // The Arabic yeh (ي) typed for the Urdu one (ی) still finds the alias.
    expect(matchActors(ACTORS, 'متقي').map((a) => a.id)).toEqual(['muttaqi']);
    expect(matchActors(ACTORS, 'ڈار').map((a) => a.id)).toEqual(['dar']);
  });

  it('ignores case, puts names matching at a word start first, and filters by side', () => {
    expect(matchActors(ACTORS, 'KHAN').map((a) => a.id)).toEqual(['muttaqi', 'khan']);
    expect(matchActors(ACTORS, 'khan', 'pakistan').map((a) => a.id)).toEqual(['khan']);
    expect(matchActors(ACTORS, 'han').map((a) => a.id)).toEqual(['muttaqi', 'khan']);
    expect(matchActors(ACTORS, '').map((a) => a.id)).toEqual(['dar', 'muttaqi', 'khan']);
  });

  it('names the alias that matched when the name itself did not', () => {
    expect(matchedAlias(ACTORS[1]!, 'متقی')).toBe('امیر خان متقی');
    expect(matchedAlias(ACTORS[1]!, 'muttaqi')).toBeNull();
  });
});
