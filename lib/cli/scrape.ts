import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes, DEFAULT_MAX_BYTES, fetchFeed } from '../fetch';
import { parseRule, scrapeListing, type ListingResult, type ListingRule } from '../listing';
import { normalizeFeedTitle, normalizeItems } from '../normalize';
import { oneLine, safeHttpUrl } from '../safe-text';
import { germanErrorText } from './error-text';
import { itemLine, linkOrNull, readInputFile } from './input';
import type { CliIo } from './io';

const USAGE = `Aufruf: kommunalradar scrape [--base URL] [--rule DATEI] DATEI|URL...
  --base URL    Links einer Datei gegen diese Adresse auflösen (sonst <base href>, canonical, og:url)
  --rule DATEI  eine Regel (JSON: item, title, link, teaser, date, dateAttr, dateFormat, kicker) statt der Erkennung

Schreibt je Eingabe eine JSON-Zeile auf stdout (die Meldungen der Seite, oder "ok":false mit dem Grund).
Exit-Status: 0 jede Eingabe ergab eine Liste, 1 mindestens eine nicht, 2 falscher Aufruf.
`;

interface Options {
  base?: string;
  rule?: ListingRule;
  inputs: string[];
}

/**
 * One JSON line per input: the news items a listing page holds, read by the same code as the
 * extension's listing sources. Exit 0 when every input gave a listing, 1 when any did not,
 * 2 on usage errors.
 */
export async function runScrape(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const opts = await readArgs(args);
  if (typeof opts === 'string') {
    io.stderr.write(opts === '' ? USAGE : `${opts}\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const input of opts.inputs) {
    const line = await scrapeInput(input, opts);
    if (!line.ok) failed++;
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

/** The options, or a message for a usage error ('' for help). */
async function readArgs(args: string[]): Promise<Options | string> {
  const opts: Options = { inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return '';
    if (a === '--') {
      opts.inputs.push(...args.slice(i + 1));
      break;
    }
    if (a === '--base' || a === '--rule') {
      const value = args[++i];
      if (value === undefined) return `${a}: Wert fehlt`;
      if (a === '--base') {
        const base = safeHttpUrl(value);
        if (!base) return `--base: keine http(s)-Adresse: ${value}`;
        opts.base = base;
      } else {
        let text: string;
        try {
          text = await readFile(value, 'utf8');
        } catch {
          return `--rule: Datei nicht lesbar: ${value}`;
        }
        const rule = parseRule(text);
        if (!rule.ok) return `--rule: ${rule.error}`;
        opts.rule = rule.rule;
      }
      continue;
    }
    if (a.startsWith('--')) return `unbekannte Option: ${a}`;
    opts.inputs.push(a);
  }
  return opts.inputs.length === 0 ? '' : opts;
}

type Line = Record<string, unknown> & { ok: boolean };

async function scrapeInput(input: string, opts: Options): Promise<Line> {
  let result: ListingResult;
  try {
    result = /^https?:\/\//i.test(input) ? await scrapeUrl(input, opts) : await scrapeFile(input, opts);
  } catch (e) {
    return { input, ok: false, error: oneLine(e instanceof Error ? e.message : String(e)) };
  }
  if (!result.ok) return { input, ok: false, error: oneLine(result.error) };
  const { feed, rule } = result;
  const items = normalizeItems(feed.items, { sourceId: 'cli' }).map(itemLine);
  return { input, ok: true, format: feed.format, title: normalizeFeedTitle(feed.title), link: linkOrNull(feed.link), rule, items };
}

async function scrapeUrl(url: string, opts: Options): Promise<ListingResult> {
  const res = await fetchFeed(url, { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true, redirects: 'manual', maxBytes: DEFAULT_MAX_BYTES });
  if (res.kind === 'error') return { ok: false, code: 'no-listing', error: res.message };
  if (res.kind === 'not-modified') return { ok: false, code: 'no-listing', error: germanErrorText({ code: 'fetch.not-modified' }) };
  return scrapeListing(res.text, res.finalUrl, { rule: opts.rule });
}

async function scrapeFile(path: string, opts: Options): Promise<ListingResult> {
  const { text } = decodeFeedBytes(await readInputFile(path, DEFAULT_MAX_BYTES));
  return scrapeListing(text, pathToFileURL(path).href, { rule: opts.rule, base: opts.base });
}
