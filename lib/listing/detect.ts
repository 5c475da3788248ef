/**
 * Detection without configuration: finds the page's main run of repeated teaser blocks and
 * describes it as a rule. Each group of same-tag siblings is scored by how many members it has,
 * how many of them carry a link, a heading, a date and some text; navigation, sidebars, pagers,
 * cookie banners and "Meistgelesen" boxes are never candidates (zones.ts). Microdata articles
 * (`itemtype` …/NewsArticle, …/BlogPosting, …/Article) weigh most.
 *
 * Linear: one pass collects every element's text length, links and headings bottom-up; only
 * the best few groups are read in full for dates and field selectors.
 */
import { childElements, classes, type Document, type Element, isTag, isText, queryAll, queryOne, textOf } from './dom';
import { findDate } from './dates';
import { isEventList } from './events';
import { longestLink, siblingDate } from './extract';
import { fieldSelectors } from './fields';
import type { ListingRule } from './rule';
import { isSafeToken, isStateToken } from './tokens';
import { inExcludedZone } from './zones';

interface Stats {
  text: number;
  links: number;
  headings: number;
  /** Elements typed …/Article, …/NewsArticle, …/BlogPosting (microdata) in the subtree. */
  articles: number;
}

interface Group {
  parent: Element | Document;
  tag: string;
  tokens: string[];
  members: Element[];
  score: number;
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const HEADING = /^h[1-6]$/;
const ARTICLE_TYPE = /(?:NewsArticle|BlogPosting|Article|Report)$/;
const FINALISTS = 8;
const SAMPLE = 25;
/** A list of events ("Termine", "Veranstaltungen") counts this much of a news list of its size. */
const EVENT_WEIGHT = 0.3;
/** A row of boxes that each hold a list counts this much. */
const BOX_WEIGHT = 0.3;

/** The rule for the page's main listing, or undefined when it has none. */
export function detectRule(doc: Document): ListingRule | undefined {
  const stats = collectStats(doc);
  const groups = candidateGroups(doc, stats);
  const holders = listHolders(groups, stats);
  const finalists = groups.sort((a, b) => b.score - a.score).slice(0, FINALISTS);
  let best: Group | undefined;
  let bestScore = 0;
  for (const g of finalists) {
    const sample = g.members.slice(0, SAMPLE);
    const dated = sample.filter((m) => findDate(textOf(m)) !== null || siblingDate(m) !== null).length / sample.length;
    const links = new Set(sample.map((m) => mainHref(m)).filter((h) => h !== ''));
    const distinct = links.size / sample.length;
    const boxes = sample.filter((m) => holders.has(m)).length / sample.length;
    const score =
      g.score * (1 + 1.5 * dated) * distinct * (isEventList(g.members, g.parent) ? EVENT_WEIGHT : 1) * (boxes >= 0.5 ? BOX_WEIGHT : 1);
    if (score > bestScore) {
      bestScore = score;
      best = g;
    }
  }
  if (!best || best.members.length < 2) return undefined;
  const merged = mergeSiblingLists(doc, best);
  const members = merged?.members ?? best.members;
  const item = merged?.item ?? itemSelector(doc, best.parent, itemSegment(best), best.members.length);
  return { item, ...fieldSelectors(members.slice(0, SAMPLE)) };
}

/**
 * Elements that hold a list of their own: the containers (and their ancestors) of every group
 * of three or more members with some text each. A group whose members hold lists is a row of
 * boxes ("Termine" beside "Aktuelles"), not a list of news.
 */
function listHolders(groups: readonly Group[], stats: Map<Element, Stats>): Set<Element> {
  const holders = new Set<Element>();
  for (const g of groups) {
    if (g.members.length < 3) continue;
    let text = 0;
    for (const m of g.members) text += Math.min(stats.get(m)!.text, 200);
    if (text / g.members.length < 20) continue;
    for (let node: Element | Document | null = g.parent; node && isTag(node) && !holders.has(node); node = node.parent as Element | Document | null) {
      holders.add(node);
    }
  }
  return holders;
}

/** Text length, links and headings of every element, summed bottom-up in one pass. */
function collectStats(doc: Document): Map<Element, Stats> {
  const order: Element[] = [];
  const stack: Element[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    const c = doc.children[i]!;
    if (isTag(c)) stack.push(c);
  }
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (HIDDEN.has(el.name)) continue;
    order.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (isTag(c)) stack.push(c);
    }
  }
  const stats = new Map<Element, Stats>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let text = 0;
    let links = el.name === 'a' && isFollowable(el.attribs.href) ? 1 : 0;
    let headings = HEADING.test(el.name) ? 1 : 0;
    let articles = ARTICLE_TYPE.test(el.attribs.itemtype ?? '') ? 1 : 0;
    for (const c of el.children) {
      if (isText(c)) text += c.data.trim().length;
      else if (isTag(c)) {
        const cs = stats.get(c);
        if (!cs) continue;
        text += cs.text;
        links += cs.links;
        headings += cs.headings;
        articles += cs.articles;
      }
    }
    stats.set(el, { text, links, headings, articles });
  }
  return stats;
}

function candidateGroups(doc: Document, stats: Map<Element, Stats>): Group[] {
  const groups: Group[] = [];
  const visit = (parent: Element | Document) => {
    if (parent.children.length < 2) return;
    const byTag = new Map<string, Element[]>();
    for (const k of parent.children) {
      if (!isTag(k) || !stats.has(k)) continue;
      const list = byTag.get(k.name);
      if (list) list.push(k);
      else byTag.set(k.name, [k]);
    }
    for (const [tag, same] of byTag) {
      if (same.length < 2) continue;
      const g = scoreGroup(parent, tag, same, stats);
      if (g) groups.push(g);
    }
  };
  visit(doc);
  for (const el of stats.keys()) visit(el);
  return groups;
}

function scoreGroup(parent: Element | Document, tag: string, same: Element[], stats: Map<Element, Stats>): Group | undefined {
  const tokens = commonTokens(same);
  const members = tokens.length === 0 ? same : same.filter((m) => tokens.every((t) => classes(m).includes(t)));
  if (members.length < 2) return undefined;
  let linked = 0;
  let text = 0;
  let links = 0;
  let headed = 0;
  let micro = 0;
  for (const m of members) {
    const s = stats.get(m)!;
    if (s.links > 0) linked++;
    text += Math.min(s.text, 500);
    links += s.links;
    if (s.headings > 0) headed++;
    // The item itself or the one article inside its wrapper (a grid column holding a card).
    if (s.articles === 1) micro++;
  }
  const n = members.length;
  if (linked < 2 || linked / n < 0.6) return undefined;
  if (inExcludedZone(members[0]!)) return undefined;
  const avgText = text / n;
  const avgLinks = links / n;
  const score =
    linked * (1 + 0.5 * (headed / n) + 2 * (micro / n)) * Math.min(1, avgText / 60) / Math.max(1, avgLinks / 4);
  return { parent, tag, tokens, members, score };
}

/** Class tokens (letters, `-`, `_` only) that at least 60 % of the members carry, not states such as `even` or `first`. */
function commonTokens(members: Element[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const t of new Set(classes(m))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([t, c]) => c / members.length >= 0.6 && isSafeToken(t) && !isStateToken(t)).map(([t]) => t).slice(0, 3);
}

function isFollowable(href: string | undefined): boolean {
  if (href === undefined) return false;
  const h = href.trim().toLowerCase();
  return h !== '' && !h.startsWith('#') && !h.startsWith('javascript:') && !h.startsWith('mailto:') && !h.startsWith('tel:');
}

function mainHref(m: Element): string {
  if (m.name === 'a' && isFollowable(m.attribs.href)) return m.attribs.href!;
  const heading = queryOne('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]', m);
  const a = heading ?? longestLink(m, isFollowable);
  return a && isFollowable(a.attribs.href) ? a.attribs.href!.trim() : '';
}

/** `tag.token.token` of a group's items. */
function itemSegment(g: Group): string {
  return g.tag + g.tokens.map((t) => `.${t}`).join('');
}

/**
 * `container > path`, the container named by an id, or by tag and classes up the tree (with
 * `:nth-of-type` where siblings look alike) until the selector finds just the `count` items.
 */
function itemSelector(doc: Document, start: Element | Document, inner: string, count: number): string {
  let path = inner;
  let node: Element | Document | null = start;
  for (let depth = 0; node && isTag(node) && depth < 12; depth++) {
    const el: Element = node;
    const id = el.attribs.id;
    if (id && isSafeToken(id) && queryAll(`#${id}`, doc).length === 1) return `#${id} > ${path}`;
    path = `${segment(el)} > ${path}`;
    if (queryAll(path, doc).length === count) return path;
    node = el.parent as Element | Document | null;
  }
  return path;
}

/**
 * One list split over sibling containers of the same kind, as Joomla's category blog puts its
 * leading article in `div.blog-items.items-leading` and the others in `div.blog-items`: the
 * items of every sibling that shares a class with the group's container and holds items of the
 * same tag and classes, in page order, and a selector that finds all of them.
 */
function mergeSiblingLists(doc: Document, g: Group): { members: Element[]; item: string } | undefined {
  const parent = g.parent;
  if (g.tokens.length === 0 || !isTag(parent) || !parent.parent || !isTag(parent.parent)) return undefined;
  const own = classes(parent).filter((t) => isSafeToken(t) && !isStateToken(t));
  if (own.length === 0) return undefined;
  const isItem = (k: Element) => k.name === g.tag && g.tokens.every((t) => classes(k).includes(t));
  let shared = own;
  const members: Element[] = [];
  let merged = 0;
  for (const sib of childElements(parent.parent)) {
    if (sib === parent) {
      members.push(...g.members);
      continue;
    }
    if (sib.name !== parent.name) continue;
    const common = shared.filter((t) => classes(sib).includes(t));
    if (common.length === 0) continue;
    const items = childElements(sib).filter(isItem);
    if (items.length === 0 || inExcludedZone(sib) || isEventList(items, sib)) continue;
    shared = common;
    members.push(...items);
    merged++;
  }
  if (merged === 0) return undefined;
  const inner = `${parent.name}${shared.slice(0, 2).map((t) => `.${t}`).join('')} > ${itemSegment(g)}`;
  const item = itemSelector(doc, parent.parent, inner, members.length);
  return queryAll(item, doc).length === members.length ? { members, item } : undefined;
}

function segment(el: Element): string {
  const tokens = classes(el).filter(isSafeToken).slice(0, 2);
  const own = el.name + tokens.map((t) => `.${t}`).join('');
  const parent = el.parent;
  if (!parent) return own;
  const same = childElements(parent as Element).filter((s) => s.name === el.name);
  const alike = same.filter((s) => tokens.every((t) => classes(s).includes(t)));
  return alike.length > 1 ? `${own}:nth-of-type(${same.indexOf(el) + 1})` : own;
}

