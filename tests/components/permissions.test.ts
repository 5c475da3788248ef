import { describe, expect, it } from 'vitest';
import { isOriginGranted, originPattern } from '../../lib/ui/permissions';

describe('originPattern', () => {
  it.each([
    ['https://www.nuernberg.de/presse/rss.xml?x=1', 'https://www.nuernberg.de/*'],
    ['http://127.0.0.1:8080/feed.xml', 'http://127.0.0.1/*'],
    ['javascript:alert(1)', undefined],
    ['kein Link', undefined],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('isOriginGranted', () => {
  it.each([
    [['http://127.0.0.1/*'], 'http://127.0.0.1:41234/k21.xml', true],
    [['https://*.dresden.de/*'], 'https://www.dresden.de/rss', true],
    [['https://*.dresden.de/*'], 'https://dresden.de/rss', true],
    [['https://*.dresden.de/*'], 'https://notdresden.de/rss', false],
    [['https://www.kommune21.de/*'], 'http://www.kommune21.de/feed', false],
    [['*://www.kommune21.de/*'], 'http://www.kommune21.de/feed', true],
    [['<all_urls>'], 'https://egovernment.de/rss/news.xml', true],
    [['https://*/*'], 'https://egovernment.de/rss/news.xml', true],
    [[], 'https://egovernment.de/rss/news.xml', false],
  ])('%j covers %s: %s', (patterns, url, expected) => {
    expect(isOriginGranted(patterns, url)).toBe(expected);
  });
});
