import { decodeFeedBytes, DEFAULT_MAX_BYTES, fetchFeed } from '../fetch';
import type { ParseResult } from '../model';
import { normalizeFeedTitle, normalizeItems } from '../normalize';
import { parseFeed } from '../parse';
import { oneLine } from '../safe-text';
import { germanErrorText } from './error-text';
import { itemLine, linkOrNull, readInputFile } from './input';
import type { CliIo } from './io';

export { looksLikeUrl } from './input';

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
  const items = normalizeItems(feed.items, { sourceId: 'cli' }).map(itemLine);
  // The contract: a link is an absolute http(s) URL or null, never "".
  return { input, ok: true, format: feed.format, title: normalizeFeedTitle(feed.title), link: linkOrNull(feed.link), items };
}

async function parseUrl(url: string, maxBytes: number): Promise<ParseResult> {
  const res = await fetchFeed(url, { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true, redirects: 'manual', maxBytes });
  if (res.kind === 'error') return { ok: false, code: 'rejected', error: res.message };
  if (res.kind === 'not-modified') return { ok: false, code: 'rejected', error: germanErrorText({ code: 'fetch.not-modified' }) };
  return parseFeed(res.text, res.finalUrl);
}

async function parseFile(path: string, maxBytes: number): Promise<ParseResult> {
  const { text } = decodeFeedBytes(await readInputFile(path, maxBytes, '--max-mib'));
  // No URL: relative links resolve against xml:base, else the channel's link (see lib/parse).
  return parseFeed(text, '');
}
