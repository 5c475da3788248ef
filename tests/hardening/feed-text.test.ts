/**
 * H04: text from feeds stays text in the feeds we generate, in every reader. Python's feedparser
 * stands for the readers that render RSS text as HTML; it runs with sanitising off, as a reader
 * without a sanitiser would, and no element may appear.
 */
import { spawnSync } from 'node:child_process';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss } from '../../lib/feedgen/index';
import { normalizeItems } from '../../lib/normalize';
import { findFeedparserPython, makeItem, META } from '../feedgen/helpers';

const PYTHON = findFeedparserPython();

/** Stored plain text as the pipeline may hold it: decoded once, so it can contain `<` and entities. */
const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
  '<svg onload=alert(1)>Neu',
  '<script>alert(1)</script> & Co.',
  'Haushalt & Förderung <b>fett</b>',
];

const SCRIPT = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read(), sanitize_html=False)
out = [{"value": d.feed.title_detail.value, "type": d.feed.title_detail.type}]
for e in d.entries:
    for key in ("title_detail", "summary_detail"):
        if key in e:
            out.append({"value": e[key].value, "type": e[key].type})
print(json.dumps(out))
`;

/** What a reader shows for each title and summary: text, and whether an element came out of it. */
function readerView(xml: string): { text: string; element: boolean }[] {
  const r = spawnSync(PYTHON!, ['-c', SCRIPT], { input: xml, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const fields = JSON.parse(r.stdout) as { value: string; type: string }[];
  return fields.map(({ value, type }) =>
    type === 'text/html' ? { text: decodeHTML(value), element: /<[A-Za-z!/?]/.test(value) } : { text: value, element: false },
  );
}

describe.skipIf(!PYTHON)('generated feeds in a reader without a sanitiser', () => {
  const items = HOSTILE_TEXTS.map((text, i) =>
    makeItem({ id: `s|${i}`, title: text, summary: `Teaser: ${text}`, sortAt: Date.UTC(2026, 2, 4, 9, i), publishedAt: Date.UTC(2026, 2, 4, 9, i) }),
  );
  const meta = { ...META, title: 'Radar <img src=x onerror=alert(1)>' };
  it.each([['RSS', buildRss], ['Atom', buildAtom]] as const)('H04 %s: every title and description shows as text, no element', (_n, build) => {
    const view = readerView(build(items, meta));
    expect(view.filter((v) => v.element)).toEqual([]);
    const shown = new Set(view.map((v) => v.text));
    for (const text of HOSTILE_TEXTS) {
      expect(shown.has(text), text).toBe(true);
      expect(shown.has(`Teaser: ${text}`), text).toBe(true);
    }
    expect(shown.has(meta.title)).toBe(true);
  });
});

describe('markup in titles', () => {
  it.each([
    ['<img/src=x/onerror=alert(1)>Neues Bürgerportal', 'Neues Bürgerportal'],
    ['<b/onmouseover=alert(1)>Glasfaser für Kiel', 'Glasfaser für Kiel'],
    ['Haushalt <b/>2026', 'Haushalt 2026'],
  ])('H04 the title %j is stripped of its tag', (title, want) => {
    const [item] = normalizeItems([{ guid: 'g', guidIsPermaLink: false, title, link: 'https://a.example/1', summary: '', publishedAt: null, categories: [] }], { sourceId: 's' });
    expect(item!.title).toBe(want);
  });
});

describe('the channel title', () => {
  const hostile = `\u202EStadt\u200B Kiel\u2066 <b>Presse</b> ${'sehr lang '.repeat(20_000)}`;
  const doc = `<rss version="2.0"><channel><title>${hostile.replace(/</g, '&lt;')}</title><item><title>A</title><link>https://a.example/1</link></item></channel></rss>`;

  it('H09 a source name from a feed is cleaned and capped like an item title (probe, as the options page adds a source)', async () => {
    const { probeSource } = await import('../../lib/refresh/probe');
    const fetchFake: typeof fetch = async () => new Response(doc, { status: 200, headers: { 'content-type': 'application/rss+xml' } });
    const probe = await probeSource('https://presse.kiel.example/feed', fetchFake);
    expect(probe.ok).toBe(true);
    const title = probe.ok ? probe.title : '';
    expect(title.startsWith('Stadt Kiel Presse sehr lang')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B<]/);
  });
});
