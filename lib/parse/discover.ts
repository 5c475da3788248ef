/**
 * Telling feeds from other documents before parsing, and finding the feeds an HTML page links.
 * There is no DOM in the service worker, so both are tolerant string scans.
 */
import { Parser } from 'htmlparser2';
import type { FeedFormat } from '../model';
import { safeLink } from './links';
import { skipProlog } from './prolog';

export type Sniffed =
  | { kind: 'feed'; format: FeedFormat; root: string }
  | { kind: 'html' }
  | { kind: 'other'; what: string };

const ROOT = /^<([A-Za-z_][\w:.-]*)/;
const HTML_HINT = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;

/** Classify a document by its first characters and its root element. */
export function sniff(text: string): Sniffed {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65_536) : text.slice(0, 65_536);
  const trimmed = start.trimStart();
  const offset = text.length - text.trimStart().length; // trimStart drops a BOM too
  const c = trimmed.charAt(0);
  if (c === '{' || c === '[') return { kind: 'other', what: 'JSON' };
  if (c !== '<') {
    // Control characters early on: an image or other bytes served as a feed.
    return { kind: 'other', what: /[\x00-\x08\x0E-\x1F\uFFFD]/.test(trimmed.slice(0, 512)) ? 'binary data' : 'no XML' };
  }
  // The prolog is skipped in the whole text, however long its DOCTYPE: the size cap bounds it.
  const after = skipProlog(text, offset);
  const rest = text.slice(after, after + 256);
  const root = ROOT.exec(rest)?.[1] ?? '';
  const local = root.slice(root.indexOf(':') + 1);
  if (root === 'rss') return { kind: 'feed', format: 'rss2', root };
  if (local === 'feed') return { kind: 'feed', format: 'atom', root };
  if (local === 'RDF') return { kind: 'feed', format: 'rss1', root };
  if (root.toLowerCase() === 'html' || HTML_HINT.test(trimmed.slice(0, 4096))) return { kind: 'html' };
  return { kind: 'other', what: root === '' ? 'no root element' : `root element <${root}>` };
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml']);
/** How much of a page is read for its feed links: they sit in the head. */
const DISCOVER_MAX = 1_000_000;
/** A page announces a handful of feeds; more is noise and would make the error message huge. */
const DISCOVER_LINKS_MAX = 20;

/**
 * Feed URLs an HTML page announces with `<link rel="alternate" type="application/rss+xml|
 * atom+xml" href>`, resolved against `<base href>` and the page URL, http(s) only, deduplicated.
 * The page is read by htmlparser2's tokenizer (linear in its length; comments, scripts and
 * attribute quoting as a browser reads them), never by patterns.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const text = html.length > DISCOVER_MAX ? html.slice(0, DISCOVER_MAX) : html;
  let baseHref: string | undefined;
  const hrefs: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'base' && baseHref === undefined && a.href !== undefined) baseHref = a.href;
        if (name !== 'link' || a.href === undefined) return;
        const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
        const type = (a.type ?? '').toLowerCase().split(';')[0]!.trim();
        if (rel.includes('alternate') && FEED_TYPES.has(type) && hrefs.length < 1000) hrefs.push(a.href);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(text);
  const base = baseHref === undefined ? pageUrl : safeLink(baseHref, pageUrl) || pageUrl;
  const found = new Set<string>();
  for (const href of hrefs) {
    const url = safeLink(href, base);
    if (url !== '') found.add(url);
    if (found.size === DISCOVER_LINKS_MAX) break;
  }
  return [...found];
}
