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

describe('missingOrigins', () => {
  it('asks once per host for an OPML file, leaving out what is granted', async () => {
    const { missingOrigins } = await import('../../lib/ui/permissions');
    const urls = Array.from({ length: 50 }, (_, i) => `https://host${i % 25}.example.de/feed${i}.xml`);
    const wanted = missingOrigins(['https://host0.example.de/*'], [...urls, 'javascript:alert(1)']);
    expect(wanted).toHaveLength(24);
    expect(wanted).toContain('https://host1.example.de/*');
    expect(wanted).not.toContain('https://host0.example.de/*');
  });
});
