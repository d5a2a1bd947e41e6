import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../shared/statements/actorIndex.js';
import { extractStatements, type Suggestion } from '../../../shared/statements/extract.js';
import { parseGazetteer } from '../../../shared/statements/gazetteer.js';
import { canonicalBody } from '../../../shared/text/normalize.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';

const gazetteer = parseGazetteer(JSON.parse(readFileSync(new URL('../../../resources/gazetteer/actors.json', import.meta.url), 'utf8')));
const actors = buildActorIndex(gazetteer.actors);
const extract = (text: string) => extractStatements(canonicalBody(text), actors);
const brief = (s: Suggestion) => ({ quote: s.quote, kind: s.kind, speaker: s.speaker, side: s.side });

describe('extractStatements on the shared JCC article', () => {
  const body = canonicalBody(readFixture(JCC_ARTICLE));
  const suggestions = extractStatements(body, actors);

  it('finds the statements by Dar, Sadiq Khan and Muttaqi with their sides', () => {
    const byActor = (id: string) => suggestions.filter((s) => s.actorId === id);
    expect(byActor('pk-ishaq-dar').map((s) => s.quote)).toEqual([
      'preparatory meetings have been ongoing.',
      'Hopefully, within days, I will be visiting Kabul for a day to break this logjam which has been there for the last few years,',
    ]);
    expect(byActor('pk-mohammad-sadiq-khan').some((s) => s.kind === 'direct' && s.quote.startsWith('After a 15-month pause'))).toBe(true);
    expect(byActor('af-amir-khan-muttaqi')).toEqual([
      expect.objectContaining({ kind: 'direct', side: 'afghanistan', quote: expect.stringMatching(/^Both countries should resolve/) }),
    ]);
    expect(new Set([...byActor('pk-ishaq-dar'), ...byActor('pk-mohammad-sadiq-khan')].map((s) => s.side))).toEqual(new Set(['pakistan']));
  });

  it('gives offsets that slice the body to the quote and to the speaker’s mention', () => {
    for (const s of suggestions) {
      expect(body.slice(s.start, s.end)).toBe(s.quote);
      if (s.speakerStart !== undefined) expect(body.slice(s.speakerStart, s.speakerEnd)).toBe(s.speakerMention);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('leaves the anonymous government source unresolved, with no side and lower confidence', () => {
    const source = suggestions.find((s) => s.speakerMention?.startsWith('A government source'))!;
    expect(source).toMatchObject({ kind: 'reported', actorId: null, side: null, speaker: 'A government source in Islamabad' });
    const dar = suggestions.find((s) => s.actorId === 'pk-ishaq-dar')!;
    expect(source.confidence).toBeLessThan(dar.confidence);
  });
});

describe('extractStatements: direct quotations', () => {
  it('attributes a quotation to the name before it ("X said:") or after it ("…,” said X")', () => {
    expect(extract('Naqvi said: “The deadline stands.”\n\n“We will talk again,” said Hamdullah Fitrat.').map(brief)).toEqual([
      { quote: 'The deadline stands.', kind: 'direct', speaker: 'Mohsin Naqvi', side: 'pakistan' },
      { quote: 'We will talk again,', kind: 'direct', speaker: 'Hamdullah Fitrat', side: 'afghanistan' },
    ]);
  });

  it('resolves "he" to the last named speaker', () => {
    const found = extract('Zabihullah Mujahid said: “Kabul wants calm.”\n\n“We have no quarrel with anyone,” he added.');
    expect(found.map((s) => [s.speakerMention, s.speaker])).toEqual([
      ['Zabihullah Mujahid', 'Zabihullah Mujahid'],
      ['he', 'Zabihullah Mujahid'],
    ]);
  });

  it('resolves a title with a nationality to the last speaker of that side, not simply the last speaker', () => {
    const text = 'Ishaq Dar said: “We seek calm.”\n\nMuttaqi replied: “So do we.”\n\n“Then let us meet soon,” the Pakistani minister said.';
    expect(extract(text).map((s) => s.actorId)).toEqual(['pk-ishaq-dar', 'af-amir-khan-muttaqi', 'pk-ishaq-dar']);
  });

  it('gives a quotation running over paragraphs as one suggestion', () => {
    const found = extract('Haqqani said: “We want peace.\n\n“But we will defend our land.”');
    expect(found.map(brief)).toEqual([
      { quote: 'We want peace.\n\n“But we will defend our land.', kind: 'direct', speaker: 'Sirajuddin Haqqani', side: 'afghanistan' },
    ]);
  });

  it('does not suggest scare quotes or names in quotes that nobody is said to speak', () => {
    expect(extract('The so-called “good Taliban” policy and operation “Azm-e-Istehkam” were debated.')).toEqual([]);
  });

  it('names an unknown speaker by the text’s own words, with no side', () => {
    const [found] = extract('“Prices have doubled,” said Gul Khan, a shopkeeper in Peshawar.');
    expect(found).toMatchObject({ speaker: 'Gul Khan', actorId: null, side: null });
  });
});

describe('extractStatements: reported speech', () => {
  it('takes the clause after "said that", "told X that" and a plain "said"', () => {
    const text =
      'Khawaja Asif said on Friday that the army was ready.\n\nMohsin Naqvi told reporters that the camps would close.\n\nAzizi said trade had fallen sharply last year.';
    expect(extract(text).map(brief)).toEqual([
      { quote: 'the army was ready.', kind: 'reported', speaker: 'Khawaja Muhammad Asif', side: 'pakistan' },
      { quote: 'the camps would close.', kind: 'reported', speaker: 'Mohsin Naqvi', side: 'pakistan' },
      { quote: 'trade had fallen sharply last year.', kind: 'reported', speaker: 'Nooruddin Azizi', side: 'afghanistan' },
    ]);
  });

  it('reads "according to X," and a trailing ", X said."', () => {
    const text = 'According to the ISPR, four soldiers were martyred.\n\nThe crossing will reopen on Monday, Balkhi said.';
    expect(extract(text).map((s) => [s.quote, s.actorId])).toEqual([
      ['four soldiers were martyred.', 'pk-ispr'],
      ['The crossing will reopen on Monday', 'af-abdul-qahar-balkhi'],
    ]);
  });

  it('splits "said that A, but warned that B" into two clauses by the same speaker', () => {
    const found = extract('Muttaqi said that Kabul wanted trade, but warned that pressure would backfire.');
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ['Kabul wanted trade', 'Amir Khan Muttaqi'],
      ['pressure would backfire.', 'Amir Khan Muttaqi'],
    ]);
  });

  it('reads Urdu, Pashto and Dari reporting verbs, with pronouns referring back', () => {
    const urdu = extract('خواجہ آصف نے کہا کہ سرحد محفوظ ہے۔\n\nانہوں نے مزید کہا کہ مذاکرات جاری رہیں گے۔');
    expect(urdu.map((s) => [s.quote, s.actorId])).toEqual([
      ['سرحد محفوظ ہے۔', 'pk-khawaja-asif'],
      ['مذاکرات جاری رہیں گے۔', 'pk-khawaja-asif'],
    ]);
    const pashto = extract('ذبیح الله مجاهد وویل چې خبرې به دوام ولري.\n\nویې ویل چې پوله به پرانیستل شي.');
    expect(pashto.map((s) => s.actorId)).toEqual(['af-zabihullah-mujahid', 'af-zabihullah-mujahid']);
    const dari = extract('متقی گفت که روابط خوب است.\n\nوی افزود: «ما آماده گفتگو هستیم.»');
    expect(dari.map((s) => [s.kind, s.actorId])).toEqual([
      ['reported', 'af-amir-khan-muttaqi'],
      ['direct', 'af-amir-khan-muttaqi'],
    ]);
  });

  it('reads a Dari article even when its language was guessed as Pashto', () => {
    const found = extractStatements('متقی گفت که روابط خوب است.', actors, { language: 'ps' });
    expect(found.map((s) => [s.quote, s.actorId])).toEqual([['روابط خوب است.', 'af-amir-khan-muttaqi']]);
  });

  it('does not repeat a quotation as reported speech ("saying that “…”")', () => {
    const found = extract('Fitrat rejected the claim, saying that “the report is baseless”.');
    expect(found.map((s) => [s.kind, s.quote, s.actorId])).toEqual([['direct', 'the report is baseless', 'af-hamdullah-fitrat']]);
  });
});
