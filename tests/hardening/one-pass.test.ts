/**
 * The one-pass scanner (lib/parse/scan.ts) on the worst shapes for its steps: every one must
 * be answered at once (a blow-up guard with a wide margin, not a speed target), read or handed
 * to the careful path (whose salvage has its own hardening tests).
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { scanDocument } from '../../lib/parse/scan';
import { rss } from '../parse/helpers';

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('one-pass scanner on hostile shapes', () => {
  it.each([
    ['200,000 unclosed attribute values', rss(`<item><title>A</title><x ${'a="'.repeat(200_000)}></x></item>`)],
    ['200,000 attributes on one element', rss(`<item><title>A</title><x${' a="1"'.repeat(200_000)}/></item>`)],
    ['a 1 MB element name', rss(`<item><${'n'.repeat(1_000_000)}>x</${'n'.repeat(1_000_000)}></item>`)],
    ['500,000 ampersands without a reference', rss(`<item><title>${'&'.repeat(500_000)}</title></item>`)],
    ['300,000 references that never end', rss(`<item><title>${'&#x1'.repeat(300_000)}</title></item>`)],
    ['200,000 distinct element names', rss(`<item>${Array.from({ length: 200_000 }, (_, i) => `<e${i}/>`).join('')}</item>`)],
    ['100,000 unclosed CDATA and comment openings', rss(`<item><title>${'<![CDATA[<!--'.repeat(100_000)}</title></item>`)],
    ['100,000 well-formed CDATA sections and comments', rss(`<item><title>${'<![CDATA[a]]><!--b-->'.repeat(100_000)}</title></item>`)],
    ['an XML declaration of 300,000 pseudo-attributes', `<?xml${' v="1"'.repeat(300_000)}?><rss><channel><item><title>A</title></item></channel></rss>`],
    ['100,000 nested elements', rss(`<item>${'<d>'.repeat(100_000)}${'</d>'.repeat(100_000)}</item>`)],
  ])('%s: answered at once, never a crash', (_name, doc) => {
    let result: ReturnType<typeof scanDocument> | 'none' = 'none';
    expect(timed(() => (result = scanDocument(doc)))).toBeLessThan(2_000);
    expect(result === null || Array.isArray(result)).toBe(true);
  });
});

describe('items mapped while the scan goes on, on hostile shapes', () => {
  const items = (n: number) => '<item><title>A</title><link>/a</link></item>'.repeat(n);
  it.each([
    ['50,000 items without a base or a channel link', '', rss(items(50_000))],
    ['50,000 items, the channel link last', '', rss(items(50_000) + '<link>https://www.kreis.example/</link>')],
    ['50,000 channels with an item each', 'https://www.kreis.example/', `<rss>${'<channel><item><title>A</title></item></channel>'.repeat(50_000)}</rss>`],
    ['50,000 items next to the channel', 'https://www.kreis.example/', `<rss><channel/>${items(50_000)}</rss>`],
  ])('%s: answered at once', (_name, base, doc) => {
    let ok = false;
    expect(timed(() => (ok = parseFeed(doc, base).ok))).toBeLessThan(2_000);
    expect(ok).toBe(true);
  });
});
