/**
 * Telling feeds from other documents before parsing, and finding the feeds an HTML page links.
 * There is no DOM in the service worker, so both are tolerant string scans.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { FeedFormat } from '../model';
import { safeLink } from './links';
import { nestedEntity, skipProlog } from './prolog';

export type Sniffed =
  | { kind: 'feed'; format: FeedFormat; root: string }
  | { kind: 'html' }
  | { kind: 'other'; what: string }
  | { kind: 'refused'; why: string };

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
  const nested = nestedEntity(text, offset);
  if (nested !== undefined) {
    return { kind: 'refused', why: `entity "${nested}" refers to other entities or characters: entity expansion (billion laughs) is refused` };
  }
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
 * The page is read by htmlparser2's tokenizer (comments, scripts and attribute quoting as a
 * browser reads them), never by patterns. Its tokenizer and not its parser: the parser keeps a
 * stack of open elements that costs the depth on every start tag, quadratic on a page of
 * 100,000 unclosed elements; the tokenizer keeps nothing and is linear.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const text = html.length > DISCOVER_MAX ? html.slice(0, DISCOVER_MAX) : html;
  let baseHref: string | undefined;
  const hrefs: string[] = [];
  let tag = '';
  let attrs = new Map<string, string>();
  let attrName = '';
  let attrValue = '';
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      tag = text.slice(start, end).toLowerCase();
      attrs = new Map();
    },
    onattribname(start, end) {
      attrName = text.slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata(start, end) {
      if (tag === 'link' || tag === 'base') attrValue += text.slice(start, end);
    },
    onattribentity(codepoint) {
      if (tag === 'link' || tag === 'base') attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!attrs.has(attrName)) attrs.set(attrName, attrValue);
    },
    onopentagend() {
      endTag();
    },
    onselfclosingtag() {
      endTag();
    },
    oncdata() {}, onclosetag() {}, oncomment() {}, ondeclaration() {}, onend() {},
    onprocessinginstruction() {}, ontext() {}, ontextentity() {},
  } satisfies TokenizerCallbacks);
  function endTag(): void {
    const href = attrs.get('href');
    if (tag === 'base' && baseHref === undefined && href !== undefined) baseHref = href;
    if (tag !== 'link' || href === undefined || hrefs.length >= 1000) return;
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (rel.includes('alternate') && FEED_TYPES.has(type)) hrefs.push(href);
  }
  tokenizer.write(text);
  tokenizer.end();
  const base = baseHref === undefined ? pageUrl : safeLink(baseHref, pageUrl) || pageUrl;
  const found = new Set<string>();
  for (const href of hrefs) {
    const url = safeLink(href, base);
    if (url !== '') found.add(url);
    if (found.size === DISCOVER_LINKS_MAX) break;
  }
  return [...found];
}
