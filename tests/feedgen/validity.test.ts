/**
 * The generated feeds as independent clients read them: libxml2's xmllint, Python's
 * feedparser, and fast-xml-parser's XMLValidator. The CI script installs the first two
 * (Debian libxml2-utils, python3-feedparser); a missing one is skipped with a message.
 */
import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import { XMLValidator } from 'fast-xml-parser';
import { buildAtom, buildRss, compareNewest } from '../../lib/feedgen/index';
import type { Item } from '../../lib/model';
import { syntheticItems } from '../fixtures/feedgen/synthetic';
import { findFeedparserPython, hasXmllint, hostileItems, loadItems, META, runFeedparser, runXmllint } from './helpers';

const XMLLINT = hasXmllint();
const PYTHON = findFeedparserPython();
if (!XMLLINT) console.warn('feedgen validity: xmllint not found (Debian libxml2-utils): its checks are skipped');
if (!PYTHON) console.warn('feedgen validity: no python3 with feedparser (Debian python3-feedparser): its checks are skipped');

/** Title and link a reader should see for each item, newest first; illegal characters removed. */
function expected(items: Item[]): { title: string; link: string | undefined }[] {
  const ok = (link: string) => /^https?:\/\//.test(link);
  return [...items].sort(compareNewest).map((i) => ({
    title: i.title.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/g, '').trim(),
    link: ok(i.link) ? i.link.replace('<2>', '%3C2%3E') : undefined,
  }));
}

const CASES: [string, Item[]][] = [
  ['German fixture items', loadItems()],
  ['D09 hostile items', hostileItems()],
  ['300 synthetic items', syntheticItems(300)],
];
const FORMATS = [
  ['RSS', buildRss],
  ['Atom', buildAtom],
] as const;
// Case first in each test name, so the D09 rows start with their id.
const MATRIX = CASES.flatMap(([name, items]) => FORMATS.map(([format, build]) => [name, format, build, items] as const));

describe('XMLValidator (fast-xml-parser)', () => {
  it.each(MATRIX)('%s: %s is accepted', (name, format, build, items) => {
    expect(XMLValidator.validate(build(items, META)), `${format} ${name}`).toBe(true);
  });
});

describe.skipIf(!XMLLINT)(`xmllint --noout${XMLLINT ? '' : ' (skipped: xmllint not installed)'}`, () => {
  it.each(MATRIX)('%s: %s is well-formed', (name, format, build, items) => {
    const result = runXmllint(build(items, META));
    expect(result.stderr, `${name} ${format}`).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!PYTHON)(`Python feedparser${PYTHON ? '' : ' (skipped: python3-feedparser not installed)'}`, () => {
  it.each(MATRIX)('%s: %s parses without bozo, same titles and links', (name, format, build, items) => {
    const view = runFeedparser(PYTHON!, build(items, META));
    expect(view.bozo_exception).toBe('');
    expect(view.bozo).toBe(0);
    expect(view.version).toBe(format === 'RSS' ? 'rss20' : 'atom10');
    expect(view.title).toBe(META.title);
    const want = expected(items);
    expect(view.entries).toHaveLength(want.length);
    view.entries.forEach((entry, i) => {
      // RSS text holding a `<` is HTML-escaped (H04): feedparser hands it over as HTML.
      expect(format === 'RSS' ? decodeHTML(entry.title) : entry.title).toBe(want[i]!.title);
      // Without a link feedparser falls back to the id for Atom; it must never be a refused link.
      if (want[i]!.link) expect(entry.link).toBe(want[i]!.link);
      else expect(entry.link === '' || entry.link === entry.id).toBe(true);
      expect(entry.link).not.toMatch(/^(javascript|vbscript|data|ftp):/i);
    });
  });

  it('RSS categories read back as the German Land names and theme labels', () => {
    const view = runFeedparser(PYTHON!, buildRss(loadItems(), META));
    expect(view.entries[0]!.tags).toEqual(['Bayern', 'Künstliche Intelligenz', 'Bürgerservice']);
  });
});
