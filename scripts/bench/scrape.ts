/**
 * scrape500k_ms: reading a 500 KiB listing page (detection of the listing, extraction, then
 * normalise; also extraction with the stored rule), beside parse + normalise of an RSS feed of
 * the same size. Both from the benchmark fixtures' seeded articles, in one process, interleaved
 * run by run. The page is a trade portal's list (kicker, headline, "[DD.MM.YYYY]" teaser) with
 * navigation, a "Meistgelesen" box and a footer around it.
 */
import { performance } from 'node:perf_hooks';
import { scrapeListing } from '../../lib/listing';
import { normalizeItems } from '../../lib/normalize';
import { parseFeed } from '../../lib/parse';
import { articles, rssDocument } from './fixtures';
import { median, round, type BenchResult, type RunOptions } from './stats';

const SIZE = 500 * 1024;
const PAGE_URL = 'https://www.kommune21.de/k21-meldungen/';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};

/** A listing page of at least `size` characters and the number of items on it. */
export function listingPage(size: number, seed = 42): { html: string; count: number } {
  const list = articles(4000, seed, { sourceId: 'kommune21', host: 'www.kommune21.de' });
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/rubrik/${i}/">Rubrik ${i}</a></li>`).join('');
  const top = list.slice(0, 5).map((a) => `<li><a href="${esc(a.link)}">${esc(a.title)}</a> <span>${day(a.publishedAt)}</span></li>`).join('');
  const head = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kommune21 – Meldungen</title></head><body><header><nav><ul>${nav}</ul></nav></header><div class="wrap"><main class="inhalt"><h1>Meldungen</h1>`;
  const tail = `</main><aside><h3>Meistgelesen</h3><ul>${top}</ul></aside></div><footer><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer></body></html>`;
  const parts: string[] = [];
  let length = head.length + tail.length;
  let count = 0;
  for (const a of list) {
    if (length >= size) break;
    const block = `<div class="meldung"><p class="dachzeile">${esc(a.place.name)}</p><h2><a href="${esc(a.link)}">${esc(a.title)}</a></h2><p>[${day(a.publishedAt)}] ${esc(a.teaser)} <a href="${esc(a.link)}">mehr...</a></p></div>\n`;
    parts.push(block);
    length += block.length;
    count++;
  }
  return { html: head + parts.join('') + tail, count };
}

/** An RSS document of at least `size` characters from the same generator. */
function feedOfSize(size: number): { text: string; count: number } {
  let count = Math.max(1, Math.round(size / 1200));
  let text = rssDocument(count, 42);
  while (text.length < size) {
    count = Math.ceil(count * (size / text.length)) + 1;
    text = rssDocument(count, 42);
  }
  return { text, count };
}

export async function run(opts: RunOptions): Promise<BenchResult> {
  const page = listingPage(SIZE);
  const feed = feedOfSize(page.html.length);
  const detected = scrapeListing(page.html, PAGE_URL);
  if (!detected.ok) throw new Error(`bench: the listing page gave no listing: ${detected.error}`);
  const rule = detected.rule;
  const scrape = () => {
    const r = scrapeListing(page.html, PAGE_URL);
    if (!r.ok) throw new Error('bench: scrape failed');
    const items = normalizeItems(r.feed.items, { sourceId: 'kommune21' });
    // The reader stops at 500 items per page.
    if (items.length !== Math.min(page.count, 500)) throw new Error(`bench: expected ${Math.min(page.count, 500)} items, got ${items.length}`);
  };
  const withRule = () => {
    const r = scrapeListing(page.html, PAGE_URL, { rule });
    if (!r.ok) throw new Error('bench: scrape with rule failed');
    normalizeItems(r.feed.items, { sourceId: 'kommune21' });
  };
  const parse = () => {
    const r = parseFeed(feed.text, 'https://www.kommune21.de/feed/');
    if (!r.ok) throw new Error('bench: parse failed');
    normalizeItems(r.feed.items, { sourceId: 'kommune21' });
  };
  const warmup = opts.quick ? 1 : 3;
  const runs = opts.quick ? 5 : 15;
  const times = { scrape: [] as number[], rule: [] as number[], parse: [] as number[] };
  for (let r = 0; r < warmup + runs; r++) {
    for (const [fn, into] of [[scrape, times.scrape], [withRule, times.rule], [parse, times.parse]] as const) {
      const t0 = performance.now();
      fn();
      if (r >= warmup) into.push(performance.now() - t0);
    }
  }
  const figures = {
    scrape_ms: round(median(times.scrape)),
    scrapeWithRule_ms: round(median(times.rule)),
    parseFeed_ms: round(median(times.parse)),
  };
  opts.log(`scrape500k_ms: page ${(page.html.length / 1024).toFixed(0)} KiB with ${page.count} teasers, feed ${(feed.text.length / 1024).toFixed(0)} KiB with ${feed.count} items`);
  return {
    key: 'scrape500k_ms',
    figures,
    checks: [{ target: 'report (beside parseFeed of a same-size feed)', met: null }],
    note: `page ${(page.html.length / 1024).toFixed(0)} KiB, ${page.count} teasers (500 read); feed ${feed.count} items; scrape = detect + extract + normalise`,
  };
}
