/** A rule applied to a page: each item element → one ParsedItem. */
import type { ParsedItem } from '../model';
import { safeLink } from '../parse/links';
import { attr, classes, type Document, type Element, isTag, queryAll, queryOne, textOf } from './dom';
import { findDate, leadingDate, readDate } from './dates';
import type { ListingRule } from './rule';
import { escapeText, isMoreText, kickerText, labelledDate, stripMore } from './text';

/** At most this many items are read from one page. */
export const MAX_ITEMS = 500;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Text for screen readers only, by the class names CMSs and frameworks give it. */
const VISUALLY_HIDDEN = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'u-visually-hidden', 'element-invisible', 'invisible', 'aural', 'hidden-text', 'a11y-hidden', 'offscreen']);

/** Items of the page under `rule`, in page order; links absolute http(s) or ''. */
export function extractItems(doc: Document, rule: ListingRule, base: string): ParsedItem[] {
  const out: ParsedItem[] = [];
  for (const el of queryAll(rule.item, doc)) {
    const item = extractOne(el, rule, base);
    if (item) out.push(item);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

/** One item, or undefined when it links to nothing readable. */
export function extractOne(el: Element, rule: ListingRule, base: string): ParsedItem | undefined {
  const kickerEl = rule.kicker ? queryOne(rule.kicker, el) : null;
  const titleEl = rule.title ? queryOne(rule.title, el) : queryOne(HEADINGS, el);
  const linkEl = findLink(el, rule, titleEl);
  const href = linkEl ? (attr(linkEl, 'href') ?? attr(linkEl, 'content') ?? '').trim() : '';
  const link = safeLink(href, base);

  const skip = new Set<Element>(kickerEl ? [kickerEl] : []);
  const headEl = titleEl ?? linkEl;
  let headline = headEl ? headlineOf(headEl, skip) : '';
  if (headline === '' && !titleEl && linkEl) headline = attr(linkEl, 'title') ?? '';
  let date: number | null = null;
  const lead = leadingDate(headline) ?? labelledDate(headline);
  if (lead) {
    date = lead.at;
    headline = lead.rest;
  }
  const kicker = kickerEl ? trimColon(kickerText(textOf(kickerEl))) : '';
  const title = kicker !== '' && !headline.startsWith(kicker) ? (headline === '' ? kicker : `${kicker}: ${headline}`) : headline;

  let teaser = '';
  if (rule.teaser) {
    const teaserEl = rule.teaser === ':scope' ? el : queryOne(rule.teaser, el);
    const skipInTeaser = moreLinks(teaserEl);
    for (const own of [titleEl, kickerEl, linkEl]) if (own) skipInTeaser.add(own);
    teaser = teaserEl && teaserEl !== titleEl ? textOf(teaserEl, skipInTeaser) : '';
    const opening = leadingDate(teaser);
    if (opening) {
      date ??= opening.at;
      teaser = opening.rest;
    }
    teaser = stripMore(teaser);
  }

  if (rule.date) {
    const dateEl = queryOne(rule.date, el);
    if (dateEl) date = readDateOf(dateEl, rule) ?? date;
  }
  // A <dd>'s date is its <dt>'s; a date in another item's text may be one the news speaks of.
  if (el.name === 'dd') date ??= siblingDate(el);
  date ??= findDate(textOf(el))?.at ?? siblingDate(el);

  // A listing's item is a link to the news: without one, or with a javascript:, mailto: or
  // in-page link ("Archiv", "nach oben") it is not an item. A relative link on a page read
  // without any base (a file with no --base, canonical or og:url) stays, with no link.
  if (link === '' && (href === '' || href.startsWith('#') || base !== '' || /^[a-z][a-z0-9+.-]*:/i.test(href))) return undefined;
  return {
    guid: '',
    guidIsPermaLink: false,
    title,
    link,
    summary: escapeText(teaser),
    publishedAt: date,
    categories: [],
  };
}

/**
 * The headline's text without what only screen readers hear ("Pressemitteilung: ",
 * "Artikel lesen: ") when something visible remains.
 */
function headlineOf(headEl: Element, skip: Set<Element>): string {
  const hidden = hiddenFor(headEl);
  if (hidden.length > 0) {
    const visible = textOf(headEl, new Set([...skip, ...hidden]));
    if (visible !== '') return visible;
  }
  return textOf(headEl, skip);
}

/** Descendants classed as for screen readers only (a walk of the small headline subtree). */
function hiddenFor(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const c of el.children) {
      if (!isTag(c)) continue;
      if (c.attribs.class !== undefined && classes(c).some((t) => VISUALLY_HIDDEN.has(t))) out.push(c);
      else stack.push(c);
    }
  }
  return out;
}

/**
 * The date just before the item when the item holds none: `<dt>03.12.2025</dt><dd>…</dd>`,
 * or a date line standing as the item's sibling in a flat list.
 */
export function siblingDate(el: Element): number | null {
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  if (!prev) return null;
  const p = prev as Element;
  if (p.name === el.name) return null;
  const text = textOf(p);
  return text.length <= 60 ? (findDate(text)?.at ?? null) : null;
}

function findLink(el: Element, rule: ListingRule, titleEl: Element | null): Element | null {
  if (rule.link) return rule.link === ':scope' ? el : queryOne(rule.link, el);
  if (titleEl) {
    if (titleEl.name === 'a' && attr(titleEl, 'href') !== undefined) return titleEl;
    const inner = queryOne('a[href]', titleEl);
    if (inner) return inner;
    for (let p = titleEl.parent; p && p !== el.parent; p = p.parent) {
      if (p.type === 'tag' && (p as Element).name === 'a' && attr(p as Element, 'href') !== undefined) return p as Element;
    }
  }
  if (el.name === 'a' && attr(el, 'href') !== undefined) return el;
  return longestLink(el);
}

/** The item's link with the most text: the headline's, not a category's or a "mehr" link before it. */
export function longestLink(el: Element, accept: (href: string) => boolean = () => true): Element | null {
  let best: Element | null = null;
  let len = -1;
  for (const a of queryAll('a[href]', el)) {
    if (!accept(a.attribs.href ?? '')) continue;
    const l = textOf(a).length;
    if (l > len) [best, len] = [a, l];
  }
  return best;
}

function readDateOf(dateEl: Element, rule: ListingRule): number | null {
  const format = rule.dateFormat ?? 'auto';
  if (rule.dateAttr) return readDate(attr(dateEl, rule.dateAttr) ?? '', format);
  const fromAttr = attr(dateEl, 'datetime') ?? attr(dateEl, 'content');
  return (fromAttr !== undefined ? readDate(fromAttr, format) : null) ?? readDate(textOf(dateEl), format);
}

/** "Brandenburg:" → "Brandenburg" (a loop, not an end-anchored pattern). */
function trimColon(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ':' || s[end - 1] === ' ')) end--;
  return s.slice(0, end);
}

/** "mehr...", "Weiterlesen: Titel" links inside a teaser: not part of its text. */
function moreLinks(teaserEl: Element | null): Set<Element> {
  if (!teaserEl) return new Set();
  return new Set(queryAll('a', teaserEl).filter((a) => isMoreText(textOf(a))));
}
