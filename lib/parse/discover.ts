/**
 * Telling feeds from other documents before parsing, and finding the feeds an HTML page links.
 * There is no DOM in the service worker, so both are tolerant string scans.
 */
import { decodeHTML, DecodingMode } from 'entities';
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

const LINK_TAG = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BASE_TAG = /<base\b(?:[^>"']|"[^"]*"|'[^']*')*>/i;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml']);

/**
 * Feed URLs an HTML page announces with `<link rel="alternate" type="application/rss+xml|
 * atom+xml" href>`, resolved against `<base href>` and the page URL, http(s) only, deduplicated.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const text = html.length > 1_000_000 ? html.slice(0, 1_000_000) : html;
  const clean = text.replace(/<!--[\s\S]*?-->/g, '');
  let base = pageUrl;
  const baseTag = BASE_TAG.exec(clean);
  if (baseTag) {
    const href = attrs(baseTag[0]).get('href');
    if (href !== undefined) base = safeLink(href, pageUrl) || pageUrl;
  }
  const found: string[] = [];
  for (const m of clean.matchAll(LINK_TAG)) {
    const a = attrs(m[0]);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (a.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    const href = a.get('href');
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || href === undefined) continue;
    const url = safeLink(href, base);
    if (url !== '' && !found.includes(url)) found.push(url);
  }
  return found;
}

function attrs(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tag.slice(tag.indexOf(' ') + 1).matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (name.startsWith('<')) continue;
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    if (!map.has(name)) map.set(name, decodeHTML(raw, DecodingMode.Attribute));
  }
  return map;
}
