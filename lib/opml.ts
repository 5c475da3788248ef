/**
 * OPML 2.0 import and export of sources, with categories as enclosing outlines (the way
 * feed readers write them) or the `category` attribute ("/Fachmedien"). Pure: no I/O.
 *
 * Listing pages travel as outlines of `type="html"` whose xmlUrl is the page, with their rule in
 * attributes of our own namespace (`kr:item`, `kr:title`, … as FreshRSS does for its HTML+XPath
 * feeds); a feed's fallback listing page as `kr:listingUrl`. Other readers ignore them.
 */
import { XMLParser } from 'fast-xml-parser';
import { hashString } from './normalize/hash';
import { checkRuleShape, type RuleCheck } from './listing/rule';
import type { Source } from './model';
import { failure, type ErrorInfo } from './errors';
import { oneLine, safeHttpUrl } from './safe-text';

export type OpmlImport = { ok: true; title: string; sources: Source[] } | { ok: false; error: string; errorInfo: ErrorInfo };

/** Characters XML 1.0 forbids, removed before writing. */
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function attr(s: string): string {
  return s
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Our namespace for listing attributes. */
export const OPML_NS = 'https://kommunalradar.de/opml';
const RULE_FIELDS = ['item', 'title', 'link', 'teaser', 'date', 'dateAttr', 'dateFormat', 'kicker', 'structured'] as const;

function feedOutline(s: Source, indent: string): string {
  const home = safeHttpUrl(s.homepage);
  const listing = s.kind === 'listing';
  const extra: string[] = [];
  if (listing) extra.push(' kr:kind="listing"');
  for (const f of RULE_FIELDS) {
    const v = listing ? s.rule?.[f] : undefined;
    if (v) extra.push(` kr:${f}="${attr(v)}"`);
  }
  const fallback = !listing ? safeHttpUrl(s.listingUrl) : undefined;
  if (fallback) extra.push(` kr:listingUrl="${attr(fallback)}"`);
  return `${indent}<outline type="${listing ? 'html' : 'rss'}" text="${attr(s.name)}" title="${attr(s.name)}" xmlUrl="${attr(s.url)}"${
    home ? ` htmlUrl="${attr(home)}"` : ''
  }${s.category ? ` category="${attr(`/${s.category}`)}"` : ''}${extra.join('')}/>`;
}

/**
 * An OPML 2.0 document listing `sources`, grouped into one outline per category (in order
 * of first appearance); sources without a category come last, at the top level.
 */
export function buildOpml(sources: readonly Source[], opts: { title: string; dateCreated?: number }): string {
  const groups = new Map<string, Source[]>();
  const loose: Source[] = [];
  for (const s of sources) {
    if (!safeHttpUrl(s.url)) continue;
    if (!s.category) loose.push(s);
    else groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  }
  const body: string[] = [];
  for (const [category, list] of groups) {
    body.push(`    <outline text="${attr(category)}" title="${attr(category)}">`);
    for (const s of list) body.push(feedOutline(s, '      '));
    body.push('    </outline>');
  }
  for (const s of loose) body.push(feedOutline(s, '    '));
  const created = opts.dateCreated === undefined ? '' : `\n    <dateCreated>${new Date(opts.dateCreated).toUTCString()}</dateCreated>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"${body.some((l) => l.includes(' kr:')) ? ` xmlns:kr="${OPML_NS}"` : ''}>
  <head>
    <title>${attr(opts.title)}</title>${created}
  </head>
  <body>
${body.join('\n')}
  </body>
</opml>
`;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 20, maxEntitySize: 1000, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
  maxNestedTags: 64,
  isArray: (name) => name === 'outline',
});

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function categoryAttr(v: unknown): string {
  // "/Fachmedien/Bund,/Land" → "Fachmedien/Bund": the first category, without the leading slash.
  const first = str(v).split(',')[0] ?? '';
  return first.replace(/^\/+/, '').trim();
}

/** The listing attributes of an outline: kind and rule (kept only when valid), fallback page. */
function listingFields(o: Node, checkRule: (value: unknown) => RuleCheck): Partial<Source> {
  const out: Partial<Source> = {};
  if (str(o['@_kr:kind']) === 'listing') {
    out.kind = 'listing';
    const raw: Record<string, string> = {};
    for (const f of RULE_FIELDS) {
      const v = str(o[`@_kr:${f}`]);
      if (v) raw[f] = v;
    }
    const rule = Object.keys(raw).length > 0 ? checkRule(raw) : undefined;
    // A broken rule is dropped: the page is then examined afresh on each poll.
    if (rule?.ok) out.rule = rule.rule;
  } else {
    const fallback = safeHttpUrl(str(o['@_kr:listingUrl']));
    if (fallback) out.listingUrl = fallback;
  }
  return out;
}

/** A stable id for an imported source, so importing the same file twice gives the same ids. */
export function importedSourceId(url: string): string {
  let host = 'feed';
  try {
    host = new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9]+/gi, '-');
  } catch {
    // keep the fallback
  }
  return `opml-${host.slice(0, 40)}-${hashString(url)}`;
}

/**
 * Reads the feed outlines of an OPML 1.0/2.0 document (any nesting). The category of a
 * feed is its `category` attribute, else the text of the outline enclosing it. Only
 * http(s) feed URLs are kept, each once.
 */
export function parseOpml(
  text: string,
  /** Checks a listing's rule; pass lib/listing's `checkRule` to have its selectors compiled too. */
  opts: { checkRule?: (value: unknown) => RuleCheck } = {},
): OpmlImport {
  const checkRule = opts.checkRule ?? ((v: unknown) => checkRuleShape(v));
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (e) {
    return failure('input.opml', { detail: oneLine(e instanceof Error ? e.message : String(e), 200) });
  }
  const opml = doc.opml as Node | undefined;
  if (!opml || typeof opml !== 'object') return failure('input.not-opml');
  const head = (opml.head ?? {}) as Node;
  const body = opml.body as Node | undefined;
  const sources: Source[] = [];
  const seen = new Set<string>();
  const walk = (outlines: unknown, parentCategory: string) => {
    if (!Array.isArray(outlines)) return;
    for (const o of outlines as Node[]) {
      if (!o || typeof o !== 'object') continue;
      const name = str(o['@_text']) || str(o['@_title']);
      const url = safeHttpUrl(str(o['@_xmlUrl']) || str(o['@_xmlurl']));
      if (url) {
        if (!seen.has(url)) {
          seen.add(url);
          const category = categoryAttr(o['@_category']) || parentCategory;
          const homepage = safeHttpUrl(str(o['@_htmlUrl']));
          sources.push({
            id: importedSourceId(url), name: name || new URL(url).hostname, url, broad: false, confirmed: false,
            ...(homepage ? { homepage } : {}), ...(category ? { category } : {}), ...listingFields(o, checkRule),
          });
        }
      }
      walk(o.outline, url ? parentCategory : name || parentCategory);
    }
  };
  walk(body?.outline, '');
  return { ok: true, title: str(head.title), sources };
}
