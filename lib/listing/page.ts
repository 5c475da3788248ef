/** What a listing page says about itself: its title and the base its links resolve against. */
import { safeLink } from '../parse/links';
import { attr, collapse, type Document, queryAll, queryOne, textOf } from './dom';

export interface PageInfo {
  /** `<title>`, else og:site_name, whitespace collapsed. */
  title: string;
  /** The page's own address: the given URL when http(s), else canonical, else og:url; '' when unknown. */
  url: string;
  /** What relative links resolve against: `<base href>` applied to `url`. */
  base: string;
}

/**
 * `pageUrl` is where the page came from (the fetch's final URL, or a file: URL); `baseOverride`
 * (the CLI's `--base`) replaces it. For a file without `--base`, links resolve against
 * `<base href>`, else the canonical link, else og:url.
 */
export function readPageInfo(doc: Document, pageUrl: string, baseOverride?: string): PageInfo {
  const given = safeLink(baseOverride ?? '', '') || safeLink(pageUrl, '');
  const canonical = firstHref(doc, 'link[rel~="canonical" i][href]', 'href');
  const og = firstHref(doc, 'meta[property="og:url" i][content]', 'content');
  const url = given || safeLink(canonical, '') || safeLink(og, '');
  const baseEl = queryOne('base[href]', doc);
  const baseHref = baseEl ? (attr(baseEl, 'href') ?? '') : '';
  // A relative <base href> needs an absolute address; an absolute one stands alone.
  const base = baseOverride ? url : (baseHref !== '' ? safeLink(baseHref, url) : '') || url;
  return { title: pageTitle(doc), url, base };
}

function firstHref(doc: Document, selector: string, name: string): string {
  const el = queryOne(selector, doc);
  return el ? (attr(el, name) ?? '').trim() : '';
}

function pageTitle(doc: Document): string {
  const title = queryOne('title', doc);
  const text = title ? textOf(title) : '';
  if (text !== '') return text.slice(0, 300);
  const site = queryAll('meta[property="og:site_name" i][content]', doc)[0];
  return site ? collapse(attr(site, 'content') ?? '').slice(0, 300) : '';
}
