/**
 * What a listing page says about itself: its title, the base its links resolve against, its
 * JSON-LD blocks and whether it is an empty shell filled by scripts. Read in one walk over the
 * tree (css-select would walk the whole page once per question).
 */
import { safeLink } from '../parse/links';
import { attr, type Document, type Element, isTag, textOf } from './dom';

export interface PageInfo {
  /** `<title>`, else og:site_name, whitespace collapsed. */
  title: string;
  /** The page's own address: the given URL when http(s), else canonical, else og:url; '' when unknown. */
  url: string;
  /** What relative links resolve against: `<base href>` applied to `url`. */
  base: string;
  /** `<script type="application/ld+json">` elements, in page order. */
  jsonLd: Element[];
  /** Little visible text but scripts: an app shell that fills itself in the browser. */
  scriptShell: boolean;
}

interface Found {
  title?: Element;
  base?: string;
  canonical?: string;
  ogUrl?: string;
  siteName?: string;
  body?: Element;
  scripts: number;
  jsonLd: Element[];
}

/**
 * `pageUrl` is where the page came from (the fetch's final URL, or a file: URL); `baseOverride`
 * (the CLI's `--base`) replaces it. For a file without `--base`, links resolve against
 * `<base href>`, else the canonical link, else og:url.
 */
export function readPageInfo(doc: Document, pageUrl: string, baseOverride?: string): PageInfo {
  const f = walk(doc);
  const given = safeLink(baseOverride ?? '', '') || safeLink(pageUrl, '');
  const url = given || safeLink(f.canonical ?? '', '') || safeLink(f.ogUrl ?? '', '');
  // A relative <base href> needs an absolute address; an absolute one stands alone.
  const base = baseOverride ? url : (f.base ? safeLink(f.base, url) : '') || url;
  const title = (f.title ? textOf(f.title) : '') || (f.siteName ?? '').replace(/\s+/g, ' ').trim();
  const bodyText = f.body ? textOf(f.body).length : 0;
  return { title: title.slice(0, 300), url, base, jsonLd: f.jsonLd, scriptShell: bodyText < 200 && f.scripts > 0 };
}

function walk(doc: Document): Found {
  const f: Found = { scripts: 0, jsonLd: [] };
  const stack: Element[] = doc.children.filter(isTag).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    switch (el.name) {
      case 'title':
        f.title ??= el;
        break;
      case 'base':
        if (f.base === undefined && attr(el, 'href') !== undefined) f.base = attr(el, 'href')!.trim();
        break;
      case 'link':
        if (f.canonical === undefined && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) f.canonical = attr(el, 'href')?.trim();
        break;
      case 'meta': {
        const prop = (attr(el, 'property') ?? '').toLowerCase();
        if (prop === 'og:url') f.ogUrl ??= attr(el, 'content')?.trim();
        if (prop === 'og:site_name') f.siteName ??= attr(el, 'content');
        break;
      }
      case 'body':
        f.body ??= el;
        break;
      case 'script': {
        f.scripts++;
        const type = (attr(el, 'type') ?? '').split(';')[0]!.trim().toLowerCase();
        if (type === 'application/ld+json') f.jsonLd.push(el);
        continue;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (isTag(c)) stack.push(c);
    }
  }
  return f;
}
