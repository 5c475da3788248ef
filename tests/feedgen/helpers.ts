/**
 * Shared fixtures and independent feed readers for the feedgen tests: the German
 * fixture items, hostile D09 items, and xmllint / Python feedparser run as child processes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Item } from '../../lib/model';
import type { FeedMeta } from '../../lib/feedgen/index';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/feedgen/${name}`, import.meta.url));

/** Seven stored items as the pipeline would leave them, newest first. */
export function loadItems(): Item[] {
  return JSON.parse(readFileSync(fixture('items.json'), 'utf8')) as Item[];
}

export function loadSourceNames(): NonNullable<FeedMeta['sourceNames']> {
  return JSON.parse(readFileSync(fixture('sources.json'), 'utf8')) as NonNullable<FeedMeta['sourceNames']>;
}

export const META: FeedMeta = {
  title: 'Kommunalradar – Bayern & Sachsen',
  description: 'Nachrichten zur kommunalen Digitalisierung in Bayern und Sachsen',
  selfUrl: 'https://feeds.example.org/kommunalradar/by-sn.xml',
  homeUrl: 'https://feeds.example.org/kommunalradar/',
  language: 'de',
  sourceNames: loadSourceNames(),
};

/** Every character class D09 names, plus the other XML-illegal code units. */
export const C0_ILLEGAL = '\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0C\x0E\x1F';
export const LONE_HIGH = '\uD83D';
export const LONE_LOW = '\uDE00';

/** A stored item with the given fields over a plain default. */
export function makeItem(over: Partial<Item>): Item {
  return {
    id: 'test|1',
    sourceId: 'kommune21',
    key: '1',
    guid: '1',
    title: 'Titel',
    link: 'https://www.kommune21.de/meldung_1.html',
    summary: '',
    categories: [],
    publishedAt: Date.UTC(2026, 2, 4, 9, 30),
    regions: [],
    places: [],
    themes: [],
    firstSeenAt: Date.UTC(2026, 2, 4, 10, 0),
    sortAt: Date.UTC(2026, 2, 4, 9, 30),
    updatedAt: Date.UTC(2026, 2, 4, 10, 0),
    unread: 1,
    notifiedAt: 0,
    tagVersion: 'test',
    ...over,
  };
}

/** Items whose text carries what breaks naive feed writers, and links that must not pass. */
export function hostileItems(): Item[] {
  return [
    makeItem({
      id: `kommune21|cdata-${LONE_HIGH}-${C0_ILLEGAL}`,
      title: `Bürgeramt ]]> Köln <script>alert(1)</script> & Co.${C0_ILLEGAL}${LONE_HIGH}`,
      summary: `Ende ]]> eines CDATA-Blocks, <!-- Kommentar --> und ${LONE_LOW}Überbleibsel & „Anführungszeichen“ 'einfach'\uFFFE\uFFFF`,
      link: 'https://www.kommune21.de/meldung_2.html?x=1&y=<2>',
      regions: ['NW'],
      themes: ['buergerservice'],
    }),
    ...['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\x01javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/aktuelles/1', 'ftp://example.org/datei.txt'].map(
      (link, i) =>
        makeItem({
          id: `kommune21|bad-link-${i}`,
          title: `Meldung ${i} mit unzulässigem Link`,
          summary: 'Die Gemeinde Weißenthurm informiert über Änderungen.',
          link,
          sortAt: Date.UTC(2026, 2, 3, 9, i),
          publishedAt: Date.UTC(2026, 2, 3, 9, i),
        }),
    ),
  ];
}

/** An interpreter that can import feedparser, or undefined (the test then says it skips). */
export function findFeedparserPython(): string | undefined {
  // Debian's python3-feedparser lives in the system interpreter, which a PATH python may shadow.
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import feedparser'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** xmllint's verdict on `xml`: exit status and its complaints. */
export function runXmllint(xml: string): { status: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

export interface FeedparserView {
  bozo: number;
  bozo_exception: string;
  version: string;
  title: string;
  entries: { title: string; link: string; id: string; tags: string[] }[];
}

const FEEDPARSER_SCRIPT = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": int(bool(d.bozo)),
  "bozo_exception": str(d.get("bozo_exception", "")),
  "version": d.version,
  "title": d.feed.get("title", ""),
  "entries": [{
    "title": e.get("title", ""),
    "link": e.get("link", ""),
    "id": e.get("id", ""),
    "tags": [t.get("term") or "" for t in e.get("tags", [])],
  } for e in d.entries],
}))
`;

/** What Python's feedparser reads from `xml`. */
export function runFeedparser(python: string, xml: string): FeedparserView {
  const r = spawnSync(python, ['-c', FEEDPARSER_SCRIPT], { input: xml, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`feedparser failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as FeedparserView;
}
