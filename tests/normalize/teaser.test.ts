import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, truncateAtWord } from '../../lib/normalize/text';
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
