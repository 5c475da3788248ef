/**
 * Items from structured data: JSON-LD `ItemList` (of `ListItem`s or articles), `NewsArticle`,
 * `BlogPosting` and `Article` objects, also inside `@graph`. Walked iteratively with caps on
 * size, depth and node count, so a hostile script block cannot stall the scan.
 */
import { decodeHTML } from 'entities';
import type { ParsedItem } from '../model';
import { safeLink } from '../parse/links';
import { type Element, isText } from './dom';
import { readDate } from './dates';

const SCRIPT_CAP = 1_000_000;
const NODE_CAP = 20_000;
const DEPTH_CAP = 24;
const ARTICLE_TYPES = new Set(['NewsArticle', 'BlogPosting', 'Article', 'Report', 'AnalysisNewsArticle', 'ReportageNewsArticle', 'PressRelease', 'SocialMediaPosting', 'LiveBlogPosting']);

/** The articles the page's JSON-LD `scripts` declare, in document order, without repeats (by link). */
export function jsonLdItems(scripts: readonly Element[], base: string): ParsedItem[] {
  const items: ParsedItem[] = [];
  const seen = new Set<string>();
  for (const script of scripts) {
    const text = script.children.map((c) => (isText(c) ? c.data : '')).join('');
    if (text.length > SCRIPT_CAP) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    for (const obj of articles(data)) {
      const item = toItem(obj, base);
      // As for teaser blocks, an entry without an http(s) link is not an item.
      const key = item.link;
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

type Obj = Record<string, unknown>;

function articles(root: unknown): Obj[] {
  const out: Obj[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited++ < NODE_CAP) {
    const { value, depth } = stack.pop()!;
    if (depth > DEPTH_CAP || typeof value !== 'object' || value === null) continue;
    const children: unknown[] = [];
    if (Array.isArray(value)) {
      children.push(...value);
    } else {
      const obj = value as Obj;
      const types = typesOf(obj);
      // A breadcrumb trail is a list of pages, not of news.
      if (types.includes('BreadcrumbList') || types.includes('SiteNavigationElement')) continue;
      if (types.some((t) => ARTICLE_TYPES.has(t))) {
        out.push(obj);
        continue;
      }
      if (types.includes('ListItem')) {
        const inner = obj.item;
        if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
          const innerObj = inner as Obj;
          // A ListItem's item may be a bare {url, name}; it still is one entry of the list.
          out.push(typesOf(innerObj).length > 0 || innerObj.url || innerObj.name ? innerObj : obj);
        } else if (typeof obj.url === 'string' || typeof inner === 'string') {
          out.push(typeof inner === 'string' ? { ...obj, url: inner } : obj);
        }
        continue;
      }
      for (const key of ['@graph', 'itemListElement', 'mainEntity', 'hasPart', 'blogPost', 'articles']) {
        if (key in obj) children.push(obj[key]);
      }
    }
    // Pushed in reverse so that document order comes out first.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], depth: depth + 1 });
  }
  return out;
}

function typesOf(obj: Obj): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.slice(x.lastIndexOf('/') + 1));
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object' && v !== null) {
    const o = v as Obj;
    return str(o['@id'] ?? o.url ?? o['@value'] ?? '');
  }
  return '';
}

function toItem(obj: Obj, base: string): ParsedItem {
  const link = safeLink(str(obj.url) || str(obj.mainEntityOfPage) || str(obj['@id']), base);
  const date = str(obj.datePublished) || str(obj.dateCreated) || str(obj.uploadDate);
  return {
    guid: '',
    guidIsPermaLink: false,
    // CMSs often write JSON-LD texts HTML-escaped ("&quot;"): decoded once, as the page shows them.
    title: decodeHTML(str(obj.headline) || str(obj.name)),
    link,
    // Left as HTML: the normaliser strips markup and decodes entities once.
    summary: str(obj.description) || str(obj.abstract),
    publishedAt: date ? readDate(date, 'auto') : null,
    categories: [],
  };
}
