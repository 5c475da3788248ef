/**
 * A differential against Python's feedparser, the reference readers are measured by: on every
 * fixture feed, the same entries (count, display titles, links). Skipped with a message when no
 * python3 with feedparser is installed (Debian python3-feedparser; .ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeItems } from '../../lib/normalize/index';
import { htmlToText } from '../../lib/normalize/text';
import { parseFeed } from '../../lib/parse/index';
import { findFeedparserPython } from '../feedgen/helpers';
import { feedOf, fixture } from './helpers';

const PYTHON = findFeedparserPython();
if (!PYTHON) console.warn('parse differential: no python3 with feedparser (Debian python3-feedparser): skipped');

/** feedparser's view of a document fetched from `base`: entry titles and links. */
const SCRIPT = `
import feedparser, json, sys
data = json.load(sys.stdin)
f = feedparser.parse(data["xml"].encode("utf-8"), response_headers={"content-location": data["base"], "content-type": "application/xml; charset=utf-8"})
print(json.dumps({"bozo": int(bool(f.bozo)), "title": f.feed.get("title", ""),
  "entries": [{"title": e.get("title"), "link": e.get("link")} for e in f.entries]}))
`;

interface View {
  bozo: number;
  title: string;
  entries: { title: string | null; link: string | null }[];
}

function feedparser(xml: string, base: string): View {
  const r = spawnSync(PYTHON!, ['-c', SCRIPT], { input: JSON.stringify({ xml, base }), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`feedparser failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as View;
}

const BASES: Record<string, string> = {
  'wordpress-rss2.xml': 'https://www.behoerden-digital.example/feed/',
  'heise-rss1.rdf': 'https://www.netzticker.example/rss/netzpolitik.rdf',
  'atom-xmlbase.xml': 'https://feeds.example/musterhausen',
  'kommune21-rss2.xml': 'https://www.kommunal21.example/k21-meldungen/feed/',
  'netscape-rss091.xml': 'http://www.suederluegum.example/rss.xml',
  'prefixed-rss2.xml': 'https://www.musterkreis.example/presse/rss.xml',
  'rss11.xml': 'https://www.kreis-lippe.example/rss11.xml',
  'atom03-base64.xml': 'https://www.soehrewald.example/atom.xml',
};
const FEEDS = readdirSync(new URL('../fixtures/feeds/', import.meta.url)).filter((f) => /\.(xml|rdf)$/.test(f));

describe.skipIf(!PYTHON)(`differential against Python feedparser${PYTHON ? '' : ' (skipped: not installed)'}`, () => {
  it('every fixture feed has a base URL here', () => {
    expect(FEEDS.filter((f) => BASES[f] === undefined)).toEqual([]);
  });

  it.each(FEEDS)('%s: same entries, display titles and links', (name) => {
    const xml = fixture(name);
    const base = BASES[name]!;
    const theirs = feedparser(xml, base);
    const feed = feedOf(parseFeed(xml, base));
    const shown = normalizeItems(feed.items, { sourceId: 'diff' });
    // feedparser's strict parser stops at the Netscape DTD's HTML entities (&uuml;) and reads
    // that feed with its loose parser, flagged bozo; we know those entities and need no salvage.
    expect(theirs.bozo).toBe(name === 'netscape-rss091.xml' ? 1 : 0);
    expect(feed.bozo).toBe(false);
    expect(htmlToText(feed.title)).toBe(htmlToText(theirs.title));
    expect(shown).toHaveLength(theirs.entries.length);
    shown.forEach((item, i) => {
      const their = theirs.entries[i]!;
      // Where feedparser has no title, any display title of ours counts as agreement.
      if (their.title) expect(item.title, `${name} #${i} title`).toBe(htmlToText(their.title));
      expect(feed.items[i]!.link || null, `${name} #${i} link`).toBe(their.link ?? null);
    });
  });
});
