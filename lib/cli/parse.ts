import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes, fetchFeed } from '../fetch';
import type { ParseResult } from '../model';
import { normalizeItems } from '../normalize';
import { parseFeed } from '../parse';
import { oneLine } from '../safe-text';
import type { CliIo } from './io';

const USAGE = 'Aufruf: kommunalradar parse FILE|URL...\n';

/** One JSON line per input: what the extension would read from that feed. */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const inputs = args.filter((a) => a !== '--');
  if (inputs.length === 0 || inputs.some((a) => a === '-h' || a === '--help')) {
    io.stderr.write(USAGE);
    return 2;
  }
  let failed = 0;
  for (const input of inputs) {
    const line = await parseInput(input);
    if (!line.ok) failed++;
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

type Line = Record<string, unknown> & { ok: boolean };

async function parseInput(input: string): Promise<Line> {
  let result: ParseResult;
  try {
    result = /^https?:\/\//i.test(input) ? await parseUrl(input) : await parseFile(input);
  } catch (e) {
    return { input, ok: false, error: oneLine(e instanceof Error ? e.message : String(e)) };
  }
  if (!result.ok) return { input, ok: false, error: oneLine(result.error) };
  const { feed } = result;
  const items = normalizeItems(feed.items, { sourceId: 'cli' }).map((item) => ({
    id: item.key,
    guid: item.guid,
    title: item.title,
    link: item.link,
    summary: item.summary,
    published: item.publishedAt === null ? null : new Date(item.publishedAt).toISOString(),
    categories: item.categories,
  }));
  return { input, ok: true, format: feed.format, title: feed.title, link: feed.link, items };
}

async function parseUrl(url: string): Promise<ParseResult> {
  const res = await fetchFeed(url, { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true, redirects: 'manual' });
  if (res.kind === 'error') return { ok: false, code: 'rejected', error: res.message };
  if (res.kind === 'not-modified') return { ok: false, code: 'rejected', error: 'fetch: unexpected 304' };
  return parseFeed(res.text, res.finalUrl);
}

async function parseFile(path: string): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`read: ${code === 'ENOENT' ? 'no such file' : code ?? 'cannot read'}: ${path}`);
  }
  const { text } = decodeFeedBytes(bytes);
  return parseFeed(text, pathToFileURL(path).href);
}


