import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../electron/backend/services/urlKey.js';

describe('urlKey', () => {
  it('treats addresses of the same article alike', () => {
    const key = 'dawn.com/news/1905/talks?page=2';
    expect(urlKey('https://www.dawn.com/news/1905/talks?page=2')).toBe(key);
    expect(urlKey('http://DAWN.com/news/1905/talks/?utm_source=tw&page=2#comments')).toBe(key);
  });

  it('keeps different paths and meaningful parameters apart', () => {
    expect(urlKey('https://dawn.com/news/1')).not.toBe(urlKey('https://dawn.com/news/2'));
    expect(urlKey('https://x.pk/a?id=1')).not.toBe(urlKey('https://x.pk/a?id=2'));
  });

  it('has no key for missing or non-web addresses', () => {
    expect(urlKey(null)).toBeNull();
    expect(urlKey('javascript:alert(1)')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
  });
});
