import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextByScan, htmlToText, stripMarkup, stripMarkupByPatterns, truncateAtWord } from '../../lib/normalize/text';
import { htmlToTeaser } from '../../lib/normalize/teaser';

/** Pieces of real-looking German article HTML, so long teasers hit the prefix shortcut. */
const PIECES = [
  '<p>', '</p>', '<br/>', '<b>', '</b>', '<a href="https://www.kommune21.de/x">', '</a>', '<!-- Kommentar -->',
  '<script>alert(1)</script>', '<style>p{}</style>', '<![CDATA[x]]>', '&amp;', '&auml;', '&nbsp;', '&#x20AC;', '&lt;b&gt;',
  'Die Stadtverwaltung digitalisiert ihre Bürgerdienste. ', 'Förderbescheid über 1,2 Mio. € übergeben. ', 'Ausweis',
  ' ', '\n', '\u202E', '\u0007', '😀', '<', '>', '"', 'Grüße', 'ß', 'x'.repeat(40),
];
const html = fc.array(fc.constantFrom(...PIECES), { minLength: 120, maxLength: 400 }).map((parts) => parts.join(''));

describe('teasers from long HTML', () => {
  it('give exactly what stripping the whole text and truncating gives', () => {
    fc.assert(
      fc.property(html, fc.constantFrom(80, 300), (h, max) => {
        expect(htmlToTeaser(h, max)).toBe(truncateAtWord(htmlToText(h), max));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261129 },
    );
  });

  it('an article of several kilobytes becomes a 300-character plain-text teaser', () => {
    const article = `<p>${'Die Kreisverwaltung führt die E-Akte ein und schult ihre Beschäftigten. '.repeat(80)}</p>`;
    const teaser = htmlToTeaser(article, 300);
    expect(teaser.length).toBeLessThanOrEqual(300);
    expect(teaser.endsWith('…')).toBe(true);
    expect(teaser).not.toMatch(/[<>]/);
  });
});

/** Short pieces that meet at every boundary: tags, quotes, whitespace, controls, surrogates. */
const BITS = [
  '\t', '\ufeff', '\u2028', '\u2013', '\u2026', '\u0092', '\u00a0 ', '€', 'ŧ', '<', '>', '/', '"', "'", '=', '!', '?', '-', 'a', 'b', 'p', 'br', 'Div', 'li', 'script', 'STYLE', 'svg', ':',
  ' ', '  ', '\n', '\u00a0', '\u200e', 'ä', '–', '\ud83d', '\ude00', '\u0001', '\u0085', '&amp;', 'Grüße ',
];
const bits = fc.array(fc.constantFrom(...BITS), { maxLength: 80 }).map((parts) => parts.join(''));

describe('the forward scans equal the patterns', () => {
  it('stripMarkup (plain tags by a forward scan) equals the pattern passes', () => {
    fc.assert(
      fc.property(bits, (h) => {
        expect(stripMarkup(h)).toBe(stripMarkupByPatterns(h));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) * 10, seed: 20261203 },
    );
  });

  it('cleanText (trimmed text without anything to clean, by a pattern) equals its character loop', () => {
    fc.assert(
      fc.property(bits, (t) => {
        expect(cleanText(t)).toBe(cleanTextByScan(t));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) * 10, seed: 20261205 },
    );
  });

  it('short and medium teasers equal stripping the whole text and truncating', () => {
    fc.assert(
      fc.property(bits, fc.constantFrom(5, 20, 80), (h, max) => {
        expect(htmlToTeaser(h, max)).toBe(truncateAtWord(htmlToText(h), max));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) * 10, seed: 20261204 },
    );
  });
});
