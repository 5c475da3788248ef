import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { sniff } from '../../lib/parse/discover';
import { skipProlog } from '../../lib/parse/prolog';
import { feedOf, rss } from '../parse/helpers';

const BASE = 'https://www.landkreis.example/rss.xml';

/** Milliseconds one call takes. A guard against blow-ups with a wide margin, not a speed target. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('prolog scan', () => {
  it('H01 a DOCTYPE of many [] pairs without > is answered at once, not in minutes', () => {
    // 73 bytes stalled the former pattern for minutes; 200,000 pairs must stay linear.
    for (const pairs of [32, 200_000]) {
      const doc = `<!DOCTYPE${'[]'.repeat(pairs)}`;
      let result: ReturnType<typeof parseFeed> | undefined;
      expect(timed(() => (result = parseFeed(doc, BASE)))).toBeLessThan(2_000);
      expect(result).toMatchObject({ ok: false, code: 'not-a-feed' });
    }
  });

  it('H01 unclosed comments, processing instructions and quotes end the scan instead of backtracking', () => {
    for (const doc of ['<!--'.repeat(200_000), '<?x'.repeat(200_000), `<!DOCTYPE rss "${'['.repeat(300_000)}`]) {
      expect(timed(() => sniff(doc))).toBeLessThan(2_000);
      expect(sniff(doc)).toEqual({ kind: 'other', what: 'no root element' });
    }
  });

  it('H16 a valid feed behind a DOCTYPE longer than 64 KB is still a feed', () => {
    const subset = `<!-- ${'Kommentar '.repeat(10_000)} -->`;
    const doc = `<?xml version="1.0"?>\n<!DOCTYPE rss [${subset}]>\n` + rss('<item><title>Dresden: Neues Portal</title><link>https://a.example/1</link></item>').replace(/^<\?xml[^>]*>\n/, '');
    expect(doc.indexOf('<rss')).toBeGreaterThan(65_536);
    expect(sniff(doc)).toMatchObject({ kind: 'feed', format: 'rss2' });
    expect(feedOf(parseFeed(doc, BASE)).items.map((i) => i.title)).toEqual(['Dresden: Neues Portal']);
  });

  it.each([
    ['whitespace and declaration', '  <?xml version="1.0"?>\n<rss>', '<rss>'],
    ['comment with > inside', '<!-- a > b --><feed>', '<feed>'],
    ['DOCTYPE with subset holding > and ] in quotes', '<!DOCTYPE rss [<!ENTITY a "x]>y">]><rss>', '<rss>'],
    ['lower-case doctype', '<!doctype rss><rss>', '<rss>'],
  ])('skips a prolog: %s', (_name, text, rest) => {
    expect(text.slice(skipProlog(text))).toBe(rest);
  });
});
