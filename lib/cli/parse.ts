import { open } from 'node:fs/promises';
import { decodeFeedBytes, DEFAULT_MAX_BYTES, fetchFeed } from '../fetch';
import { formatBytes } from '../fetch/messages';
import type { ParseResult } from '../model';
import { normalizeFeedTitle, normalizeItems } from '../normalize';
import { parseFeed } from '../parse';
import { oneLine } from '../safe-text';
import type { CliIo } from './io';

export const PARSE_USAGE = `Aufruf: kommunalradar parse [--max-mib N] DATEI|URL...

Liest jeden Feed (RSS 2.0, RSS 1.0, Atom) wie die Erweiterung und schreibt je Eingabe eine
JSON-Zeile auf stdout:
  {"input","ok":true,"format","title","link","items":[{"id","guid","title","link",
   "summary","published","categories"}]}   Datumsangaben als ISO 8601, Anrisstexte als Klartext
  {"input","ok":false,"error"}             wenn die Eingabe nicht gelesen werden konnte

URLs beginnen mit http:// oder https://; alles andere ist ein Dateiname.
  --max-mib N   größte Datei oder Antwort in MiB (Vorgabe 5, wie beim Abruf der Erweiterung)
Exit-Status: 0 alle Eingaben gelesen, 1 mindestens eine nicht, 2 falscher Aufruf.
`;

/**
 * One JSON line per input: what the extension would read from that feed, one output item per
 * entry (merging repeats is the store's job), links absolute http(s) or null.
 */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  let maxBytes = DEFAULT_MAX_BYTES;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') continue;
    if (a === '--max-mib' || a.startsWith('--max-mib=')) {
      const raw = a === '--max-mib' ? args[++i] : a.slice('--max-mib='.length);
      const mib = Number(raw);
      if (raw === undefined || !/^\d+$/.test(raw) || mib < 1 || mib > 1024) {
        io.stderr.write(`parse: --max-mib erwartet eine ganze Zahl von 1 bis 1024\n${PARSE_USAGE}`);
        return 2;
      }
      maxBytes = mib * 1024 * 1024;
      continue;
    }
    inputs.push(a);
  }
  if (inputs.some((a) => a === '-h' || a === '--help')) {
    io.stdout.write(PARSE_USAGE);
    return 0;
  }
  if (inputs.length === 0) {
    io.stderr.write(PARSE_USAGE);
    return 2;
  }
  let failed = 0;
  for (const input of inputs) {
    const line = await parseInput(input, maxBytes);
    if (!line.ok) failed++;
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

type Line = Record<string, unknown> & { ok: boolean };

async function parseInput(input: string, maxBytes: number): Promise<Line> {
  let result: ParseResult;
  try {
    result = /^https?:\/\//i.test(input) ? await parseUrl(input, maxBytes) : await parseFile(input, maxBytes);
  } catch (e) {
    return { input, ok: false, error: oneLine(e instanceof Error ? e.message : String(e)) };
  }
  if (!result.ok) return { input, ok: false, error: oneLine(result.error) };
  const { feed } = result;
  const items = normalizeItems(feed.items, { sourceId: 'cli' }).map((item) => ({
    id: item.key,
    guid: item.guid,
    title: item.title,
    link: item.link === '' ? null : item.link,
    summary: item.summary,
    published: item.publishedAt === null ? null : new Date(item.publishedAt).toISOString(),
    categories: item.categories,
  }));
  // The contract: a link is an absolute http(s) URL or null, never "".
  return { input, ok: true, format: feed.format, title: normalizeFeedTitle(feed.title), link: feed.link === '' ? null : feed.link, items };
}

async function parseUrl(url: string, maxBytes: number): Promise<ParseResult> {
  const res = await fetchFeed(url, { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true, redirects: 'manual', maxBytes });
  if (res.kind === 'error') return { ok: false, code: 'rejected', error: res.message };
  if (res.kind === 'not-modified') return { ok: false, code: 'rejected', error: 'fetch: unexpected 304' };
  return parseFeed(res.text, res.finalUrl);
}

async function parseFile(path: string, maxBytes: number): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(path, maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) throw new Error(`Lesen: Datei größer als ${formatBytes(maxBytes)} (--max-mib hebt die Grenze an): ${path}`);
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' && looksLikeUrl(path) ? ` (eine Adresse? dann mit Schema: https://${path})` : '';
    throw new Error(`Lesen: ${code === 'ENOENT' ? 'Datei nicht gefunden' : `nicht lesbar (${code ?? 'unbekannt'})`}: ${path}${hint}`);
  }
  const { text } = decodeFeedBytes(bytes);
  // No URL: relative links resolve against xml:base, else the channel's link (see lib/parse).
  return parseFeed(text, '');
}

/** "kommune21.de/feed", "www.example.org": a host name with a dot before any slash, no spaces. */
export function looksLikeUrl(input: string): boolean {
  if (input.length > 2000 || input.includes(' ') || input.startsWith('.') || input.startsWith('/')) return false;
  const slash = input.indexOf('/');
  const host = slash < 0 ? input : input.slice(0, slash);
  const dot = host.lastIndexOf('.');
  const tld = host.slice(dot + 1);
  return dot > 0 && tld.length >= 2 && [...tld].every((c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
    !['xml', 'rss', 'rdf', 'atom', 'json', 'opml', 'txt', 'html', 'htm'].includes(tld.toLowerCase());
}


class TooLarge extends Error {}

/**
 * The file's bytes, read up to `max` and no further (H12): the fetcher's cap applies to files
 * too, and a device or pipe that never ends (/dev/zero) is refused at the cap, not read forever.
 */
async function readCapped(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(Math.min(max + 1, 1 << 20));
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new TooLarge();
      parts.push(Buffer.from(buf.subarray(0, bytesRead)));
    }
    return Buffer.concat(parts, total);
  } finally {
    await handle.close();
  }
}
