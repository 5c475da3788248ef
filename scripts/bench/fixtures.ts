/**
 * Deterministic benchmark fixtures: German news items with the sizes real feeds have
 * (titles 60–120 characters, teasers 200–400, 1–4 categories, RFC 822 dates), as an RSS 2.0
 * document for the parser and refresh benchmarks and as stored `Item`s for the IndexedDB ones.
 * The same seed gives the same bytes on every machine (mulberry32, no Math.random, no clock).
 */
import type { Item, LandCode, Place, RegionCode } from '../../lib/model';
import { THEME_IDS } from '../../lib/labels';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** Places with their AGS; Bavaria and North Rhine-Westphalia weigh more, as in real news volume. */
export const PLACES: readonly Place[] = [
  { name: 'München', ags: '09162000', land: 'BY' }, { name: 'Nürnberg', ags: '09564000', land: 'BY' },
  { name: 'Würzburg', ags: '09663000', land: 'BY' }, { name: 'Regensburg', ags: '09362000', land: 'BY' },
  { name: 'Fürth', ags: '09563000', land: 'BY' }, { name: 'Bad Tölz', ags: '09173112', land: 'BY' },
  { name: 'Köln', ags: '05315000', land: 'NW' }, { name: 'Düsseldorf', ags: '05111000', land: 'NW' },
  { name: 'Münster', ags: '05515000', land: 'NW' }, { name: 'Mülheim an der Ruhr', ags: '05117000', land: 'NW' },
  { name: 'Kreis Höxter', ags: '05762', land: 'NW' }, { name: 'Stuttgart', ags: '08111000', land: 'BW' },
  { name: 'Tübingen', ags: '08416041', land: 'BW' }, { name: 'Freiburg im Breisgau', ags: '08311000', land: 'BW' },
  { name: 'Schwäbisch Gmünd', ags: '08136088', land: 'BW' }, { name: 'Göttingen', ags: '03159016', land: 'NI' },
  { name: 'Lüneburg', ags: '03355022', land: 'NI' }, { name: 'Osnabrück', ags: '03404000', land: 'NI' },
  { name: 'Gießen', ags: '06531005', land: 'HE' }, { name: 'Fulda', ags: '06631009', land: 'HE' },
  { name: 'Mainz', ags: '07315000', land: 'RP' }, { name: 'Trier', ags: '07211000', land: 'RP' },
  { name: 'Saarbrücken', ags: '10041100', land: 'SL' }, { name: 'Erfurt', ags: '16051000', land: 'TH' },
  { name: 'Jena', ags: '16053000', land: 'TH' }, { name: 'Landkreis Görlitz', ags: '14626', land: 'SN' },
  { name: 'Leipzig', ags: '14713000', land: 'SN' }, { name: 'Chemnitz', ags: '14511000', land: 'SN' },
  { name: 'Magdeburg', ags: '15003000', land: 'ST' }, { name: 'Halle (Saale)', ags: '15002000', land: 'ST' },
  { name: 'Rostock', ags: '13003000', land: 'MV' }, { name: 'Schwerin', ags: '13004000', land: 'MV' },
  { name: 'Potsdam', ags: '12054000', land: 'BB' }, { name: 'Cottbus', ags: '12052000', land: 'BB' },
  { name: 'Kiel', ags: '01002000', land: 'SH' }, { name: 'Lübeck', ags: '01003000', land: 'SH' },
  { name: 'Hamburg', ags: '02000000', land: 'HH' }, { name: 'Bremerhaven', ags: '04012000', land: 'HB' },
  { name: 'Berlin', ags: '11000000', land: 'BE' }, { name: 'Kreis Dithmarschen', ags: '01051', land: 'SH' },
];

const SUBJECTS = [
  'führt die E-Akte in allen Fachämtern ein', 'startet ein neues Bürgerportal', 'testet einen KI-Chatbot im Bürgeramt',
  'baut das Glasfasernetz in den Ortsteilen aus', 'erhält Förderbescheid für Smart-City-Projekt',
  'übt den IT-Notfall gemeinsam mit dem Krisenstab', 'digitalisiert die Wohngeldanträge vollständig',
  'öffnet ein Datenportal für Geodaten', 'schult Digitallotsen für Seniorinnen und Senioren',
  'vergibt Termine im Bürgerbüro künftig online', 'schließt sich dem kommunalen Zweckverband an',
  'setzt auf Open Source für die Ratsinformation', 'modernisiert die Kfz-Zulassung mit i-Kfz',
];
const KICKERS = ['Onlinezugangsgesetz:', 'Verwaltungsdigitalisierung:', 'Förderung:', 'Modellprojekt:', 'Bürgerservice:', 'IT-Sicherheit:', ''];
const TAILS = ['– Bilanz nach einem Jahr', '– Stadtrat stimmt zu', '– Kritik vom Personalrat', '– Start im Frühjahr', '– Kosten höher als geplant'];
const SENTENCES = [
  'Die Verwaltung rechnet damit, dass sich die Bearbeitungszeiten deutlich verkürzen.',
  'Bürgerinnen und Bürger können Anträge künftig rund um die Uhr stellen.',
  'Das Land übernimmt einen Großteil der Kosten aus dem Förderprogramm.',
  'Der Stadtrat hat dem Vorhaben in seiner jüngsten Sitzung mit großer Mehrheit zugestimmt.',
  'Für die Umsetzung ist der kommunale IT-Dienstleister zuständig, der bereits mehrere Städte betreut.',
  'Erste Ergebnisse sollen im Frühjahr vorliegen, heißt es aus dem Rathaus.',
  'Datenschutz und Barrierefreiheit seien von Anfang an mitgedacht worden, betont die Digitalisierungsbeauftragte.',
  'Kritik kommt von der Opposition, die höhere Folgekosten für den Betrieb befürchtet.',
  'Außerdem sollen die Beschäftigten in Schulungen auf die neuen Abläufe vorbereitet werden.',
];
const CATEGORIES = [
  'Digitalisierung', 'E-Government', 'OZG', 'Smart City', 'Breitband', 'IT-Sicherheit', 'Bürgerservice',
  'Kommunalpolitik', 'Künstliche Intelligenz', 'Förderung', 'Open Data', 'Personal & Organisation',
];
const SOURCES = ['kommune21', 'egovernment', 'behoerden-spiegel', 'vdz', 'negz', 'staedtetag', 'dstgb'];
const REGION_TAGS: readonly RegionCode[] = ['DE'];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Newest item date of every fixture: 4 March 2026, 12:00 UTC. */
export const FIXTURE_NOW = Date.UTC(2026, 2, 4, 12, 0);
const HOUR = 3_600_000;

const two = (n: number) => String(n).padStart(2, '0');

/** RFC 822 date as WordPress writes it, in German local time (+0100 / +0200) or GMT. */
export function rfc822(ms: number, zone: 'local' | 'gmt'): string {
  const month = new Date(ms).getUTCMonth();
  const offsetH = zone === 'gmt' ? 0 : month >= 3 && month <= 9 ? 2 : 1; // close enough to the EU rule for fixtures
  const d = new Date(ms + offsetH * HOUR);
  const tz = zone === 'gmt' ? 'GMT' : `+0${offsetH}00`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${tz}`;
}

/** Text grown with `more()` to at least `length` characters, then cut at exactly that with an ellipsis. */
function fitTo(text: string, length: number, more: () => string): string {
  let s = text;
  while (s.length < length) s += ' ' + more();
  return s.length > length ? s.slice(0, length - 1) + '…' : s;
}

/** One news item before it becomes XML or a stored Item. */
export interface FixtureArticle {
  n: number;
  title: string;
  teaser: string;
  link: string;
  guid: string;
  categories: string[];
  publishedAt: number;
  place: Place;
  sourceId: string;
}

/** `count` articles, newest first, identical for the same arguments. */
export function articles(count: number, seed = 1, opts: { sourceId?: string; host?: string } = {}): FixtureArticle[] {
  const rnd = prng(seed);
  const out: FixtureArticle[] = [];
  let t = FIXTURE_NOW;
  for (let n = 0; n < count; n++) {
    const place = pick(rnd, PLACES);
    const sourceId = opts.sourceId ?? pick(rnd, SOURCES);
    const title = fitTo(`${pick(rnd, KICKERS)} ${place.name} ${pick(rnd, SUBJECTS)}`.trim(), 60 + Math.floor(rnd() * 61), () => pick(rnd, TAILS));
    const teaser = fitTo(`${place.name}: ${pick(rnd, SENTENCES)}`, 200 + Math.floor(rnd() * 201), () => pick(rnd, SENTENCES));
    const categories = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(rnd, CATEGORIES)))];
    t -= Math.floor(rnd() * 3 * HOUR);
    const id = 100_000 + seed * 10_000 + n;
    const host = opts.host ?? `www.${sourceId}.de`;
    const slug = place.name.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-');
    out.push({
      n, title, teaser, categories, publishedAt: Math.floor(t / 1000) * 1000, place, sourceId,
      link: `https://${host}/aktuelles/${id}-${encodeURIComponent(slug)}/`,
      guid: `https://${host}/?p=${id}`,
    });
  }
  return out;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** WordPress writes typographic characters in titles as numeric references. */
const wpTitle = (s: string) => xmlEscape(s).replace(/–/g, '&#8211;').replace(/…/g, '&#8230;');

/** A WordPress-style RSS 2.0 document (content, dc and atom namespaces, CDATA teasers with markup). */
export function rssDocument(count: number, seed = 1, opts: { sourceId?: string; host?: string; title?: string } = {}): string {
  const host = opts.host ?? 'www.kommune21.de';
  const items = articles(count, seed, { ...opts, host }).map((a, i) => {
    const cats = a.categories.map((c) => `\t\t<category><![CDATA[${c}]]></category>`).join('\n');
    return `\t<item>
\t\t<title>${wpTitle(a.title)}</title>
\t\t<link>${xmlEscape(a.link)}</link>
\t\t<dc:creator><![CDATA[Redaktion]]></dc:creator>
\t\t<pubDate>${rfc822(a.publishedAt, i % 5 === 0 ? 'gmt' : 'local')}</pubDate>
${cats}
\t\t<guid isPermaLink="false">${xmlEscape(a.guid)}</guid>
\t\t<description><![CDATA[<p>${a.teaser}</p>
<p>Der Beitrag <a href="${a.link}">${a.title}</a> erschien zuerst auf <a href="https://${host}">${opts.title ?? 'Kommune21'}</a>.</p>]]></description>
\t</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
\t<title>${xmlEscape(opts.title ?? 'Kommune21 – E-Government, Digitalisierung &amp; Verwaltung')}</title>
\t<atom:link href="https://${host}/feed/" rel="self" type="application/rss+xml" />
\t<link>https://${host}</link>
\t<description>Nachrichten zur Digitalisierung in Städten, Kreisen und Gemeinden</description>
\t<lastBuildDate>${rfc822(FIXTURE_NOW, 'local')}</lastBuildDate>
\t<language>de-DE</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<generator>https://wordpress.org/?v=6.7.1</generator>
${items.join('\n')}
</channel>
</rss>
`;
}

/**
 * `count` stored items in the shape lib/model.ts `Item` has, as the store would keep them:
 * one place (its Land as region, sometimes also DE), 1–3 themes, a tenth unread, dated within
 * the 25 days before `now` (inside the default 30-day retention, so the worker keeps them).
 * `offset` numbers a later chunk of the same collection.
 */
export function storedItems(count: number, seed = 7, offset = 0, now = FIXTURE_NOW): Item[] {
  const rnd = prng(seed + offset * 31);
  return articles(count, seed + offset).map((a, i) => {
    const n = offset + i;
    const regions: RegionCode[] = rnd() < 0.15 ? [a.place.land, ...REGION_TAGS] : [a.place.land as LandCode];
    const themes = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, THEME_IDS)))];
    const key = `${a.guid}#${n}`;
    // sortAt = min(publishedAt, firstSeenAt), as the store computes it.
    const publishedAt = now - 2 * HOUR - Math.floor(rnd() * 25 * 24 * HOUR);
    const firstSeenAt = publishedAt + Math.floor(rnd() * 2 * HOUR);
    return {
      id: `${a.sourceId}|${key}`, sourceId: a.sourceId, key, guid: a.guid, title: a.title, link: a.link,
      summary: a.teaser.slice(0, 300), categories: a.categories, publishedAt,
      regions, places: [a.place], themes,
      firstSeenAt, sortAt: Math.min(publishedAt, firstSeenAt), updatedAt: firstSeenAt,
      unread: rnd() < 0.1 ? 1 : 0, notifiedAt: firstSeenAt, tagVersion: 'bench',
    };
  });
}
