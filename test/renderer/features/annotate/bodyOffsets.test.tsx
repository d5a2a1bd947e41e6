import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bodyRangeOf, domPointAt, selectBodyRange, trimRange } from '../../../../renderer/features/annotate/bodyOffsets';
import { ArticleBody } from '../../../../renderer/features/reader/ArticleBody';
import type { HighlightSpan } from '../../../../renderer/features/annotate/highlightSegments';
import { article } from '../../helpers/fakeApi';

const BODY = 'Pakistan and Afghanistan met in Kabul.\n\nThe Torkham crossing reopened on Monday.\n\nTrade resumed.';
const URDU = 'پاکستان اور افغانستان کے حکام ملے۔\n\nطورخم سرحد پیر کو کھول دی گئی۔';

function renderBody(body: string, highlights: HighlightSpan[] = [], direction: 'ltr' | 'rtl' = 'ltr') {
  const { container } = render(
    <ArticleBody article={article({ title: 't', body, direction, language: direction === 'rtl' ? 'ur' : 'en' })} marks={[]} highlights={highlights} />,
  );
  return container.querySelector<HTMLElement>('.article-body')!;
}

/** A DOM range from `start` to `end` (body offsets), built from text nodes the way a drag makes one. */
function rangeOver(body: HTMLElement, start: number, end: number): Range {
  const from = domPointAt(body, start)!;
  const to = domPointAt(body, end)!;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const hl = (id: string, start: number, end: number): HighlightSpan => ({ id, start, end, colour: '#f2c94c' });

describe('selection to body offsets', () => {
  it('maps a range inside one paragraph that starts and ends in different highlight pieces', () => {
    const crossing = BODY.indexOf('Torkham');
    const body = renderBody(BODY, [hl('a', crossing, crossing + 16), hl('b', crossing + 4, crossing + 7)]);
    expect(body.querySelectorAll('mark.highlight').length).toBeGreaterThan(1);
    const phrase = 'kham crossing reop';
    const start = BODY.indexOf(phrase);
    const range = rangeOver(body, start, start + phrase.length);
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(bodyRangeOf(range, body)).toEqual({ start, end: start + phrase.length });
    expect(range.toString()).toBe(phrase);
  });

  it('maps a range across paragraphs to body offsets that include the paragraph break', () => {
    const body = renderBody(BODY);
    const start = BODY.indexOf('Kabul');
    const end = BODY.indexOf('crossing') + 'crossing'.length;
    expect(bodyRangeOf(rangeOver(body, start, end), body)).toEqual({ start, end });
    expect(BODY.slice(start, end)).toBe('Kabul.\n\nThe Torkham crossing');
  });

  it('maps element boundary points, such as a whole paragraph selected by triple click', () => {
    const body = renderBody(BODY);
    const paragraphs = body.querySelectorAll('p');
    const range = document.createRange();
    range.setStart(paragraphs[1]!, 0);
    range.setEnd(body, 2); // after the second paragraph, between elements
    const second = BODY.indexOf('The Torkham');
    expect(bodyRangeOf(range, body)).toEqual({ start: second, end: second + 'The Torkham crossing reopened on Monday.'.length });
  });

  it('gives logical offsets in right-to-left text', () => {
    const word = 'سرحد';
    const start = URDU.indexOf(word);
    const body = renderBody(URDU, [hl('x', URDU.indexOf('طورخم'), URDU.indexOf('طورخم') + 5)], 'rtl');
    expect(body.querySelectorAll('p')[1]!.getAttribute('dir')).toBe('rtl');
    const range = rangeOver(body, start, start + word.length);
    expect(range.toString()).toBe(word);
    expect(bodyRangeOf(range, body)).toEqual({ start, end: start + word.length });
  });

  it('refuses collapsed ranges and ranges outside the body', () => {
    const body = renderBody(BODY);
    const outside = document.createElement('div');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild!, 0);
    range.setEnd(outside.firstChild!, 4);
    expect(bodyRangeOf(range, body)).toBeNull();
    expect(bodyRangeOf(rangeOver(body, 5, 5), body)).toBeNull();
  });

  it('trims white space at either end and puts the window selection on a body range', () => {
    expect(trimRange(BODY, { start: 8, end: 13 })).toEqual({ start: 9, end: 12 });
    expect(trimRange(BODY, { start: 38, end: 40 })).toBeNull();
    const body = renderBody(BODY);
    selectBodyRange(body, { start: 9, end: 24 });
    expect(document.getSelection()!.toString()).toBe('and Afghanistan');
  });
});
