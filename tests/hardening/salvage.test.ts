/** H05: salvaging a broken feed never turns quoted or commented-out markup into items. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse';
import { rss } from '../parse/helpers';

const BASE = 'https://www.landkreis.example/rss.xml';
const PHISH = '<item><title>Amtliche Zahlungsaufforderung</title><link>https://phish.example/login</link></item>';

function titles(text: string): string[] | string {
  const r = parseFeed(text, BASE);
  return r.ok ? r.feed.items.map((i) => i.title) : r.code;
}

describe('salvage of broken XML', () => {
  it('H05 an item quoted inside a CDATA description is not resurrected when the feed is broken', () => {
    // The only real item is broken (unclosed <title>), so salvage runs; the CDATA holds an item.
    const doc = rss(`<item><title>Kreistag tagt<link>https://www.landkreis.example/1</link><description><![CDATA[Beispiel: ${PHISH}]]></description></item>`);
    expect(titles(doc)).toBe('malformed');
  });

  it('H05 the real items around a CDATA that quotes an item are kept, the quoted one is not', () => {
    const doc = rss(
      `<item><title>Breitband & Glasfaser</title><link>https://www.landkreis.example/2</link>`
        + `<description><![CDATA[${PHISH}]]></description></item>`
        + `<item><title>Neues Bürgerportal</title><link>https://www.landkreis.example/3</link></item>`,
    );
    expect(titles(doc)).toEqual(['Breitband & Glasfaser', 'Neues Bürgerportal']);
  });

  it('H05 a commented-out draft item is not published', () => {
    const doc = rss(
      `<item><title>Entwurf<link>https://www.landkreis.example/4</link></item>`
        + `<!-- ${PHISH} -->`
        + `<item><title>Sitzung & Beschluss</title><link>https://www.landkreis.example/5</link></item>`,
    );
    expect(titles(doc)).toEqual(['Sitzung & Beschluss']);
  });

  it('H05 an unterminated CDATA section hides what follows it, as an XML reader sees it', () => {
    const doc = rss(`<item><title>A & B</title><description><![CDATA[kaputt</description></item>${PHISH}`);
    expect(titles(doc)).toBe('malformed');
  });
});
