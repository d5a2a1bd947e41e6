import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf } from '../../../shared/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Pakistan and Afghanistan resumed talks in Kabul.'],
    ['ur', 'پاکستان اور افغانستان کے درمیان مذاکرات دوبارہ شروع ہوئے۔'],
    ['ps', 'د پاکستان او افغانستان ترمنځ خبرې بیا پیل شوې، ویاند وویل چې ګډه کمیټه به غونډه وکړي.'],
    ['fa', 'گفتگوهای پاکستان و افغانستان در کابل از سر گرفته شد و وزیر خارجه گفت که این دیدار مهم است.'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says undetermined for text without letters', () => {
    expect(detectLanguage('2025 — 17/04 ...')).toBe('und');
  });
});

describe('directionOf', () => {
  it('reads Urdu, Pashto, Dari and Persian right to left and English left to right', () => {
    expect(['ur', 'ps', 'fa-AF', 'prs'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'ltr']);
    expect(directionOf('en-GB')).toBe('ltr');
  });
});
