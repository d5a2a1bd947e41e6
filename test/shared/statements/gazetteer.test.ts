import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasClashes, parseGazetteer, type GazetteerActor } from '../../../shared/statements/gazetteer.js';
import { isArabicScript } from '../../../shared/statements/names.js';

const FILE = new URL('../../../resources/gazetteer/actors.json', import.meta.url);
const raw = () => JSON.parse(readFileSync(FILE, 'utf8')) as { version: 1; actors: GazetteerActor[] };

const actor = (over: Partial<GazetteerActor>): GazetteerActor => ({
  id: 'pk-someone',
  name: 'Someone',
  kind: 'person',
  side: 'pakistan',
  roles: [{ title: 'Minister' }],
  aliases: [{ text: 'Someone', lang: 'en' }],
  ...over,
});
const parseActors = (...actors: GazetteerActor[]) => () => parseGazetteer({ version: 1, actors });

describe('the actor gazetteer in resources/', () => {
  const gazetteer = parseGazetteer(raw());
  const byId = new Map(gazetteer.actors.map((a) => [a.id, a]));

  it('passes its schema', () => {
    expect(gazetteer.actors.length).toBeGreaterThan(30);
  });

  it('gives every actor its own id', () => {
    expect(byId.size).toBe(gazetteer.actors.length);
  });

  it('has no alias naming two actors unless both mark it shared', () => {
    expect(aliasClashes(gazetteer.actors)).toEqual([]);
  });

  it('covers both governments’ leaders, ministers, spokespeople and military press office', () => {
    const expected = [
      'pk-shehbaz-sharif', 'pk-ishaq-dar', 'pk-mohammad-sadiq-khan', 'pk-khawaja-asif', 'pk-mohsin-naqvi',
      'pk-asim-munir', 'pk-ispr', 'pk-mofa', 'af-hibatullah-akhundzada', 'af-mohammad-hassan-akhund',
      'af-abdul-ghani-baradar', 'af-sirajuddin-haqqani', 'af-mohammad-yaqoob', 'af-amir-khan-muttaqi',
      'af-zabihullah-mujahid', 'af-hamdullah-fitrat', 'af-nooruddin-azizi', 'af-abdul-qahar-balkhi',
    ];
    expect(expected.filter((id) => !byId.has(id))).toEqual([]);
    expect(byId.get('pk-ishaq-dar')?.side).toBe('pakistan');
    expect(byId.get('af-amir-khan-muttaqi')?.side).toBe('afghanistan');
  });

  it('spells the key actors in Urdu, Pashto or Dari script too', () => {
    const key = ['pk-shehbaz-sharif', 'pk-ishaq-dar', 'pk-mohammad-sadiq-khan', 'pk-khawaja-asif', 'pk-asim-munir',
      'af-hibatullah-akhundzada', 'af-sirajuddin-haqqani', 'af-amir-khan-muttaqi', 'af-zabihullah-mujahid', 'af-hamdullah-fitrat'];
    const withoutScript = key.filter((id) => !byId.get(id)?.aliases.some((a) => a.lang !== 'en' && isArabicScript(a.text)));
    expect(withoutScript).toEqual([]);
  });

  it('dates roles that changed hands: Shehbaz Sharif’s two terms as prime minister', () => {
    const terms = byId.get('pk-shehbaz-sharif')!.roles.filter((r) => r.title === 'Prime Minister of Pakistan');
    expect(terms).toEqual([
      expect.objectContaining({ from: '2022-04', to: '2023-08' }),
      expect.objectContaining({ from: '2024-03' }),
    ]);
    expect(terms[1]).not.toHaveProperty('to');
  });
});

describe('parseGazetteer', () => {
  it('refuses an alias two actors both claim, naming the alias and both actors', () => {
    const parse = parseActors(actor({ id: 'pk-a' }), actor({ id: 'af-b', aliases: [{ text: 'someone', lang: 'en' }] }));
    expect(parse).toThrow(/alias "Someone" names pk-a and af-b/);
  });

  it('accepts an alias both actors mark as shared', () => {
    const shared = [{ text: 'Ministry of Foreign Affairs', lang: 'en' as const, shared: true }];
    expect(parseActors(actor({ id: 'pk-a', aliases: shared }), actor({ id: 'af-b', aliases: shared }))).not.toThrow();
  });

  it('refuses a duplicate id', () => {
    expect(parseActors(actor({}), actor({ aliases: [{ text: 'Other', lang: 'en' }] }))).toThrow(/duplicate actor id pk-someone/);
  });

  it('refuses a role that ends before it starts, and dates that are not YYYY or YYYY-MM', () => {
    expect(parseActors(actor({ roles: [{ title: 'Minister', from: '2024-03', to: '2023' }] }))).toThrow(/cannot end before it starts/);
    expect(parseActors(actor({ roles: [{ title: 'Minister', from: 'March 2024' }] }))).toThrow(/YYYY or YYYY-MM/);
  });

  it('refuses an Urdu alias written in Latin script and an English one in Arabic script', () => {
    expect(parseActors(actor({ aliases: [{ text: 'Ishaq Dar', lang: 'ur' }] }))).toThrow(/Arabic script/);
    expect(parseActors(actor({ aliases: [{ text: 'اسحاق ڈار', lang: 'en' }] }))).toThrow(/Latin script/);
  });

  it('refuses an unknown side', () => {
    expect(parseActors(actor({ side: 'india' as never }))).toThrow(/side/);
  });
});
