/** Pages built to stall or trick the listing reader: each answers within 2 s and links only http(s). */
import { beforeAll, describe, expect, it } from 'vitest';
import { scrapeListing } from '../../lib/listing';

const teaser = (i: number, href: string) => `<div class="t"><h2><a href="${href}">Meldung ${i} aus dem Rathaus</a></h2><p>[0${(i % 9) + 1}.03.2025] Text der Meldung ${i} mit genug Worten für einen Teaser.</p></div>`;

describe('hostile listing pages', () => {
  // Compiled once on an ordinary page first: the guard is about the shape of the work, not JIT warm-up.
  beforeAll(() => {
    scrapeListing(`<main>${Array.from({ length: 50 }, (_, i) => teaser(i, `/w${i}`)).join('')}</main>`, 'https://www.example.org/');
  });

  it.each([
    ['20,000 nested divs', `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`],
    ['10,000 sibling links', `<ul>${'<li><a href="/a">a</a></li>'.repeat(10_000)}</ul>`],
    ['a huge JSON-LD block', `<script type="application/ld+json">${'['.repeat(100_000)}</script>`],
    ['long runs of dates', `<p>${'01.01.2025 '.repeat(100_000)}</p>`],
    ['unclosed tags everywhere', '<div class="t"><h2><a href="/x">'.repeat(20_000)],
  ])('%s', (_name, html) => {
    const t0 = Date.now();
    const r = scrapeListing(html, 'https://www.example.org/');
    expect(Date.now() - t0).toBeLessThan(2000);
    if (r.ok) for (const i of r.feed.items) expect(i.link === '' || /^https?:\/\//.test(i.link)).toBe(true);
  });

  it('drops javascript:, data: and mailto: links and runs no script', () => {
    const html = `<main>${teaser(1, 'javascript:alert(1)')}${teaser(2, '/ok-2')}${teaser(3, 'data:text/html,x')}${teaser(4, '/ok-4')}${teaser(5, 'mailto:a@b.de')}${teaser(6, '/ok-6')}<script>globalThis.ran = true</script></main>`;
    const r = scrapeListing(html, 'https://www.example.org/');
    expect(r.ok && r.feed.items.map((i) => i.link)).toEqual(['https://www.example.org/ok-2', 'https://www.example.org/ok-4', 'https://www.example.org/ok-6']);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('keeps markup in the page as text, never as HTML', () => {
    const html = `<main>${[1, 2, 3].map((i) => `<div class="t"><h2><a href="/m${i}">Tag &lt;img src=x onerror=alert(1)&gt; ${i}</a></h2><p>Preis &lt;5 € &amp; mehr als genug Text für einen Teaser hier.</p></div>`).join('')}</main>`;
    const r = scrapeListing(html, 'https://www.example.org/');
    expect(r.ok && r.feed.items[0]!.title).toBe('Tag <img src=x onerror=alert(1)> 1');
    // The summary is HTML for the normaliser: escaped, so that it comes back as the page's text.
    expect(r.ok && r.feed.items[0]!.summary).toBe('Preis &lt;5 € &amp; mehr als genug Text für einen Teaser hier.');
  });
});
