/**
 * Every listing fixture, the idealised page of each style and the pages as the CMS families of
 * German public-sector sites emit them, served locally and read by the Chrome build, where the
 * offscreen document parses the page: the preview gives the items the command line's `scrape`
 * gives for the same served page, with the same rule, and the items the fixture test expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScrape } from '../../lib/cli/scrape';
import type { ListingRule } from '../../lib/listing/rule';
import type { PreviewItem, ProbeResult } from '../../lib/messages';
import { startServer, type TestServer } from '../helpers/feed-server';
import { FAMILY_CASES, LISTING_CASES } from '../listing/cases';
import type { Extension } from './harness';
import { launchGermanExtension, readMeta, waitUntil } from './ui-helpers';

const FIXTURES = join(__dirname, '../fixtures/listing');
const CASES = [...LISTING_CASES, ...FAMILY_CASES];

interface Seen {
  title: string;
  link: string | null;
  summary: string;
  published: string | null;
}

/** What `kommunalradar scrape URL` prints for a page, run in this process. */
async function cliScrape(url: string): Promise<{ ok: boolean; rule?: ListingRule; items?: Seen[]; error?: string }> {
  let out = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  await runScrape([url], { stdin: process.stdin, stdout: sink((s) => { out += s; }), stderr: sink(() => {}) });
  const line = JSON.parse(out.trim()) as { ok: boolean; rule?: ListingRule; items?: (Seen & Record<string, unknown>)[]; error?: string };
  return { ...line, items: line.items?.map(({ title, link, summary, published }) => ({ title, link, summary, published })) };
}

/** A preview item in the command line's terms (link null when none, ISO dates). */
const seen = (i: PreviewItem): Seen => ({
  title: i.title,
  link: i.link === '' ? null : i.link,
  summary: i.summary,
  published: i.publishedAt === null ? null : new Date(i.publishedAt).toISOString(),
});

let ext: Extension;
let options: Page;
const servers = new Map<string, TestServer>();

beforeAll(async () => {
  for (const c of CASES) {
    const body = readFileSync(join(FIXTURES, c.file));
    servers.set(c.file, await startServer({ [new URL(c.url).pathname]: (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body) }));
  }
  ext = await launchGermanExtension();
  options = await ext.open('options.html');
  await waitUntil(() => readMeta(options, 'firstRefreshDone'), 15_000, 'the install refresh');
});
afterAll(async () => {
  await ext?.close();
  for (const s of servers.values()) await s.close();
});

describe('listing fixtures in the Chrome build (offscreen document)', () => {
  it.each(CASES.map((c) => ({ ...c, name: c.file })))('$name: the preview gives the items of the command line and of the fixture', async ({ file, url: siteUrl, items: expected }) => {
    const server = servers.get(file)!;
    const url = server.url(new URL(siteUrl).pathname);
    const reply = await ext.command<{ ok: boolean; value: ProbeResult }>(options, { type: 'probe-source', url });
    expect(reply.ok).toBe(true);
    const probe = reply.value;
    if (!probe.ok || probe.kind !== 'listing') throw new Error(`${file}: no listing in Chrome: ${JSON.stringify(probe).slice(0, 300)}`);
    const chrome = probe.preview.map(seen);

    const cli = await cliScrape(url);
    expect(cli.ok).toBe(true);
    expect(probe.items).toBe(cli.items!.length);
    expect(chrome).toEqual(cli.items!.slice(0, chrome.length));
    expect(probe.rule).toEqual(cli.rule);

    const origin = server.url('');
    const site = new URL(siteUrl).origin;
    const onSite = (link: string | null) => (link?.startsWith(`${origin}/`) ? site + link.slice(origin.length) : link);
    expect(chrome.map((i) => ({ title: i.title, link: onSite(i.link), published: i.published }))).toEqual(
      expected.map(({ title, link, published }) => ({ title, link, published })),
    );
  });
});
