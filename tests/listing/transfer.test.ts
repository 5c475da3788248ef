/** Listing sources in OPML (our kr: attributes) and in the aggregate sources file. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseSourcesText } from '../../lib/cli/aggregate/sources-file';
import type { Source } from '../../lib/model';
import { checkRule } from '../../lib/listing';
import { buildOpml, parseOpml } from '../../lib/opml';

const LISTING: Source = {
  id: 'k21-liste', name: 'Kommune21 – Meldungen', url: 'https://www.kommune21.de/k21-meldungen/', kind: 'listing',
  rule: { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', kicker: '.k21-dachzeile', teaser: 'p:not(.k21-dachzeile)', dateFormat: 'de' },
  broad: false, confirmed: false, category: 'Fachmedien',
};
const FEED_WITH_FALLBACK: Source = {
  id: 'k21', name: 'Kommune21', url: 'https://www.kommune21.de/k21-meldungen/feed/', listingUrl: 'https://www.kommune21.de/k21-meldungen/', broad: false, confirmed: false,
};

describe('OPML with listing pages', () => {
  it('keeps kind, rule and fallback page through export and import', () => {
    const xml = buildOpml([LISTING, FEED_WITH_FALLBACK], { title: 'Quellen' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:kr="https://kommunalradar.de/opml"');
    expect(xml).toContain('type="html"');
    expect(xml).toContain('kr:teaser="p:not(.k21-dachzeile)"');
    const parsed = parseOpml(xml);
    expect(parsed.ok && parsed.sources.map(({ kind, rule, listingUrl, url }) => ({ kind, rule, listingUrl, url }))).toEqual([
      { kind: 'listing', rule: LISTING.rule, listingUrl: undefined, url: LISTING.url },
      { kind: undefined, rule: undefined, listingUrl: FEED_WITH_FALLBACK.listingUrl, url: FEED_WITH_FALLBACK.url },
    ]);
  });

  it('drops a broken rule but keeps the listing, and ignores a fallback that is not http(s)', () => {
    const xml = `<opml version="2.0" xmlns:kr="https://kommunalradar.de/opml"><body>
      <outline type="html" text="Liste" xmlUrl="https://www.stadt.example/aktuelles/" kr:kind="listing" kr:item="div &gt;&gt; ["/>
      <outline type="rss" text="Feed" xmlUrl="https://www.stadt.example/feed" kr:listingUrl="javascript:alert(1)"/>
    </body></opml>`;
    const parsed = parseOpml(xml, { checkRule });
    expect(parsed.ok && parsed.sources[0]).toMatchObject({ kind: 'listing' });
    expect(parsed.ok && parsed.sources[0]!.rule).toBeUndefined();
    expect(parsed.ok && parsed.sources[1]!.listingUrl).toBeUndefined();
  });

  it('a plain feed export stays as before (no namespace)', () => {
    expect(buildOpml([{ ...FEED_WITH_FALLBACK, listingUrl: undefined }], { title: 'T' })).toContain('<opml version="2.0">');
  });
});

describe('aggregate sources file with listing pages', () => {
  it('reads kind, rule and listingUrl from JSON', () => {
    const r = parseSourcesText(JSON.stringify([LISTING, FEED_WITH_FALLBACK]), []);
    expect(r.ok && r.sources.map((s) => [s.kind, s.rule, s.listingUrl])).toEqual([
      ['listing', LISTING.rule, undefined],
      [undefined, undefined, FEED_WITH_FALLBACK.listingUrl],
    ]);
  });

  it.each([
    ['an unknown kind', { kind: 'scrape' }, /"kind"/],
    ['an invalid rule', { kind: 'listing', rule: { item: '' } }, /rule: "item" is missing/],
    ['a fallback that is not http(s)', { listingUrl: 'file:///etc/passwd' }, /"listingUrl"/],
  ])('refuses %s', (_name, extra, message) => {
    const r = parseSourcesText(JSON.stringify([{ name: 'X', url: 'https://www.stadt.example/', ...extra }]), []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('reads listing sources from OPML too', () => {
    const r = parseSourcesText(buildOpml([LISTING], { title: 'T' }), []);
    expect(r.ok && r.sources[0]).toMatchObject({ kind: 'listing', rule: LISTING.rule });
  });
});
