import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainHttpUrl } from '../../lib/plain-url';

/** Pieces of URLs, plain and odd: every shape the URL parser rewrites is in here. */
const PIECES = [
  'http://', 'https://', 'HTTP://', 'https:', 'https:/', 'ftp://', 'www', 'kreis', 'example', 'de', '.', '..', '/', '//', '\\',
  'xn--mnchen-3ya', 'xn--', '0x7f', '127', '1', '09', 'Ab', 'a', 'z', '-', '_', '~', ':', ':80', ':443', '@', 'user@',
  '%2e', '%2E', '%2F', '%41', '%c3%bc', '%zz', '%', '?', '?p=1', '#', '#top', ' ', '\t', '\n', 'ü', 'ß', '[', ']', '|', '^',
  '`', '{', '}', '"', "'", '<', '>', '!', '$', '&', '(', ')', '*', '+', ',', ';', '=', 'aktuelles', '12345-m%C3%BCnchen',
];
const url = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));
/** Mostly well-formed links, so that the "plain" answer is often yes. */
const HOST = ['www', 'kreis', 'example', 'de', 'a', 'z', '-', '.', '.', 'xn--', 'xn--mnchen-3ya', '0x7f', '127', '1', '09', 'Ab', '_', ':80', '@'];
const PATH = ['/', '/', 'a', 'Z', '09', '.', '..', '-', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '%2e', '%2E', '%41', '%c3%bc', '%zz', '%', '?', '#', ' ', 'ü', '\\', '|', '[', '^', '`'];
const likely = fc
  .tuple(fc.constantFrom('http://', 'https://'), fc.array(fc.constantFrom(...HOST), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...PATH), { maxLength: 10 }))
  .map(([scheme, host, path]) => `${scheme}${host.join('')}/${path.join('')}`);
/** Near the edge: only what a plain URL may hold, plus dot segments and escaped dots. */
const edge = fc
  .tuple(fc.constantFrom('http://', 'https://'), fc.array(fc.constantFrom(...HOST.slice(0, 8)), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...PATH.slice(0, 27)), { maxLength: 10 }))
  .map(([scheme, host, path]) => `${scheme}${host.join('')}/${path.join('')}`);

function href(s: string, base?: string): string | null {
  try {
    return new URL(s, base).href;
  } catch {
    return null;
  }
}

describe('plain http(s) URLs', () => {
  it('are exactly what the URL parser writes back, whatever the base', () => {
    fc.assert(
      fc.property(fc.oneof(url, likely, edge), (s) => {
        if (!isPlainHttpUrl(s)) return;
        expect(href(s)).toBe(s);
        expect(href(s, 'https://www.kreis.example/presse/rss.xml')).toBe(s);
        expect(href(s, 'http://other.example:8080/a/b?c#d')).toBe(s);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) * 30, seed: 20261203 },
    );
  });

  it.each([
    'https://www.kommune21.de/aktuelles/100123-m%C3%BCnchen/',
    'http://kreis.example/',
    "https://a-b.example/x/y;z=1/(1)/'q'/~u/@v:w",
  ])('%s is plain', (s) => {
    expect(isPlainHttpUrl(s)).toBe(true);
    expect(href(s)).toBe(s);
  });

  it.each([
    ['an upper-case host', 'https://WWW.example.de/'],
    ['no path', 'https://www.example.de'],
    ['a port', 'https://www.example.de:443/'],
    ['user info', 'https://user@www.example.de/'],
    ['a dot segment', 'https://www.example.de/a/../b'],
    ['an escaped dot', 'https://www.example.de/a/%2e%2e/b'],
    ['an IPv4 host', 'http://127.0.0.1/'],
    ['a hex host', 'http://0x7f.1/'],
    ['a punycode host', 'https://xn--mnchen-3ya.de/'],
    ['a query', 'https://www.example.de/?p=1'],
    ['a fragment', 'https://www.example.de/#top'],
    ['a space', 'https://www.example.de/a b'],
    ['a non-ASCII letter', 'https://www.example.de/ü'],
    ['a backslash', 'https://www.example.de\\a'],
    ['another scheme', 'javascript://www.example.de/'],
  ])('%s is left to the parser', (_name, s) => {
    expect(isPlainHttpUrl(s)).toBe(false);
  });
});
