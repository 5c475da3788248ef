import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../lib/parse/index';
import { feedOf, rss } from './helpers';

const BASE = 'https://www.landkreis.example/rss.xml';

const LOL = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>Lachen</title><item><title>&lol3;</title></item></channel></rss>`;

describe('parser attacks', () => {
  it('C02 billion laughs: nothing expands, the reference stays literal', () => {
    const result = parseFeed(LOL, BASE);
    if (result.ok) {
      expect(result.feed.items[0]!.title).toBe('&lol3;');
    } else {
      expect(result.code).toBe('rejected');
    }
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  it('C03 quadratic blow-up: a 9 KB entity referenced 2,000 times is rejected', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY a "${'Verwaltung'.repeat(900)}">]>` + rss(`<item><title>${'&a;'.repeat(2000)}</title></item>`).replace(/^<\?xml[^>]*>\n/, '');
    const result = parseFeed(xml, BASE);
    expect(result).toMatchObject({ ok: false, code: 'rejected' });
    if (!result.ok) expect(result.error).toMatch(/^parse: .*size/);
  });

  it('C03 many small declared entities are capped by the total expansion limit', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(900)}">]>` + rss(`<item><title>${'&a;'.repeat(2000)}</title></item>`).replace(/^<\?xml[^>]*>\n/, '');
    expect(parseFeed(xml, BASE)).toMatchObject({ ok: false, code: 'rejected', error: 'parse: entity expansion limit exceeded' });
  });

  it('C03 a small declared entity is expanded once per reference', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY kreis "Landkreis Vorpommern-Greifswald">]>` + rss('<item><title>&kreis;: Neues Portal</title></item>').replace(/^<\?xml[^>]*>\n/, '');
    expect(feedOf(parseFeed(xml, BASE)).items[0]!.title).toBe('Landkreis Vorpommern-Greifswald: Neues Portal');
  });

  describe('C04 XXE', () => {
    let server: Server;
    let requests = 0;
    let port = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        requests += 1;
        res.end('<!ENTITY secret "geheim">');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it.each([
      ['a file', 'file:///etc/passwd'],
      ['a canary URL', 'http://127.0.0.1:PORT/x'],
    ])('C04 a SYSTEM entity pointing at %s is neither read nor requested', async (_name, target) => {
      const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "${target.replace('PORT', String(port))}">]>` +
        '<rss version="2.0"><channel><title>T</title><item><title>&x;</title></item></channel></rss>';
      const result = parseFeed(xml, BASE);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
      expect(JSON.stringify(result)).not.toMatch(/root:|geheim/);
      expect(result).toMatchObject({ ok: false, code: 'rejected' });
    });

    it('C04 an external DTD with a parameter entity is not fetched either', async () => {
      const xml = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:${port}/evil.dtd">` + rss('<item><title>Nur Text</title></item>').replace(/^<\?xml[^>]*>\n/, '');
      const result = parseFeed(xml, BASE);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
      expect(feedOf(result).items[0]!.title).toBe('Nur Text');
    });
  });

  it('C06 two DOCTYPE declarations are rejected', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"><channel><title>T</title></channel></rss>';
    expect(parseFeed(xml, BASE)).toMatchObject({ ok: false, code: 'rejected', error: expect.stringMatching(/^parse: .*DOCTYPE/) });
  });

  it('C07 5,000 nested elements inside an item are rejected without a stack overflow', () => {
    const xml = rss(`<item>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}<title>Tief</title></item>`);
    expect(parseFeed(xml, BASE)).toMatchObject({ ok: false, code: 'rejected', error: expect.stringMatching(/^parse: .*nested/i) });
  });

  it('C07 5,000 nested elements inside a description are rejected without a stack overflow', () => {
    const xml = rss(`<item><title>Tief</title><description>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</description></item>`);
    expect(parseFeed(xml, BASE)).toMatchObject({ ok: false, code: 'rejected', error: expect.stringMatching(/^parse: .*nested/i) });
  });

  it.each([
    ['element __proto__', '<item><__proto__><polluted>ja</polluted></__proto__><title>A</title></item>'],
    ['element constructor', '<item><constructor><prototype><polluted>ja</polluted></prototype></constructor></item>'],
    ['element prototype', '<item><prototype>x</prototype></item>'],
    ['attribute __proto__', '<item __proto__="ja"><title>A</title></item>'],
    ['attribute constructor', '<item><title constructor="ja">A</title></item>'],
    ['attribute prototype', '<item><guid prototype="ja">1</guid></item>'],
    ['element __proto__ inside a title', '<item><title>A<__proto__><polluted>ja</polluted></__proto__></title></item>'],
    ['attribute constructor inside a description', '<item><description><p constructor="ja">x</p></description></item>'],
  ])('C08 %s is rejected and Object.prototype stays clean', (_name, item) => {
    const result = parseFeed(rss(item), BASE);
    expect(result).toMatchObject({ ok: false, code: 'rejected' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The next feed is processed normally.
    expect(feedOf(parseFeed(rss('<item><title>Danach</title></item>'), BASE)).items[0]!.title).toBe('Danach');
  });
});
