/**
 * What the `parse` and `scrape` verbs share: reading an input file under the size cap, with
 * German messages and a hint when the "file" looks like an address, and the JSON shape of an item.
 */
import { open } from 'node:fs/promises';
import { formatBytes } from '../fetch/messages';
import type { NormalizedItem } from '../model';

/** The JSON contract: a link is an absolute http(s) URL or null, never "". */
export function linkOrNull(link: string): string | null {
  return link === '' ? null : link;
}

/** One item as `parse` and `scrape` print it. */
export function itemLine(item: NormalizedItem): Record<string, unknown> {
  return {
    id: item.key,
    guid: item.guid,
    title: item.title,
    link: linkOrNull(item.link),
    summary: item.summary,
    published: item.publishedAt === null ? null : new Date(item.publishedAt).toISOString(),
    categories: item.categories,
  };
}

/**
 * An input file's bytes, up to `maxBytes`; throws an Error with a German one-line message.
 * `raise` names the option that lifts the cap, where the verb has one.
 */
export async function readInputFile(path: string, maxBytes: number, raise = ''): Promise<Uint8Array> {
  try {
    return await readCapped(path, maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) throw new Error(`Lesen: Datei größer als ${formatBytes(maxBytes)}${raise ? ` (${raise} hebt die Grenze an)` : ''}: ${path}`);
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' && looksLikeUrl(path) ? ` (eine Adresse? dann mit Schema: https://${path})` : '';
    throw new Error(`Lesen: ${code === 'ENOENT' ? 'Datei nicht gefunden' : `nicht lesbar (${code ?? 'unbekannt'})`}: ${path}${hint}`);
  }
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
