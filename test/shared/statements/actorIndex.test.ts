import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../shared/statements/actorIndex.js';
import { parseGazetteer } from '../../../shared/statements/gazetteer.js';

const gazetteer = parseGazetteer(JSON.parse(readFileSync(new URL('../../../resources/gazetteer/actors.json', import.meta.url), 'utf8')));
const index = buildActorIndex(gazetteer.actors);
const idOf = (mention: string) => index.resolve(mention)?.actorId ?? null;

describe('buildActorIndex', () => {
  it('finds the actor inside a mention carrying titles', () => {
    expect(index.resolve('Pakistan’s Minister for Foreign Affairs Mohammad Ishaq Dar')).toEqual({
      actorId: 'pk-ishaq-dar',
      name: 'Ishaq Dar',
      side: 'pakistan',
    });
  });

  it('prefers the longest alias: "Mohammad Yaqoob Mujahid" is the defence minister, not the spokesman', () => {
    expect(idOf('Mohammad Yaqoob Mujahid')).toBe('af-mohammad-yaqoob');
    expect(idOf('Mujahid')).toBe('af-zabihullah-mujahid');
  });

  it('resolves a surname only one actor has, and not one several share', () => {
    expect(idOf('Naqvi')).toBe('pk-mohsin-naqvi');
    expect(idOf('Mr Asif')).toBe('pk-khawaja-asif');
    expect(idOf('Tahir Khan')).toBeNull();
  });

  it('folds Dari, Pashto and Urdu spellings of one name together', () => {
    for (const spelling of ['ذبیح‌الله مجاهد', 'ذبیح الله مجاهد', 'ذبیح اللہ مجاہد', 'ذبيح الله مجاهد']) {
      expect(idOf(spelling)).toBe('af-zabihullah-mujahid');
    }
    expect(idOf('د بهرنیو چارو وزیر امیر خان متقي')).toBe('af-amir-khan-muttaqi');
  });

  it('only counts a one-word English alias when it is capitalised', () => {
    expect(index.find('Dar said so').map((m) => m.actorId)).toEqual(['pk-ishaq-dar']);
    expect(index.find('the word dar here')).toEqual([]);
  });

  it('gives offsets of each actor named in a text, persons and bodies alike', () => {
    const text = 'Foreign Office spokesperson Mumtaz Zahra Baloch said';
    expect(index.find(text).map((m) => [text.slice(m.start, m.end), m.kind])).toEqual([
      ['Foreign Office', 'body'],
      ['Mumtaz Zahra Baloch', 'person'],
    ]);
  });

  it('names nobody for an alias the actors share', () => {
    expect(idOf('the Ministry of Foreign Affairs')).toBeNull();
    expect(idOf('the Afghan Ministry of Foreign Affairs')).toBe('af-mofa');
  });

  it('indexes registry actors given only names and aliases', () => {
    const registry = buildActorIndex([{ id: 'x1', name: 'Jane Roe', side: 'other', aliases: [{ text: 'Jane Roe' }] }]);
    expect(registry.resolve('analyst Jane Roe')).toEqual({ actorId: 'x1', name: 'Jane Roe', side: 'other' });
    expect(registry.resolve('Roe')?.actorId).toBe('x1');
  });
});
