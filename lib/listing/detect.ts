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
import type { ListingRule } from './rule';
import { inExcludedZone } from './zones';

interface Stats {
  text: number;
  links: number;
  headings: number;
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
const TOKEN = /^[A-Za-z_][\w-]*$/;
/** A class or id fit for a selector: CSS-safe, and not numbered per item (`post-1234`, `c12`). */
const isSafeToken = (t: string) => TOKEN.test(t) && !/\d{3}|\d$/.test(t);
const FINALISTS = 8;
const TEASER_WORDS = ['teaser', 'summary', 'excerpt', 'description', 'abstract', 'intro', 'lead', 'bodytext', 'body', 'desc', 'content', 'textblock'];
const SAMPLE = 25;

/** The rule for the page's main listing, or undefined when it has none. */
export function detectRule(doc: Document): ListingRule | undefined {
  const stats = collectStats(doc);
  const groups = candidateGroups(doc, stats);
  const finalists = groups.sort((a, b) => b.score - a.score).slice(0, FINALISTS);
  let best: Group | undefined;
  let bestScore = 0;
  for (const g of finalists) {
    const sample = g.members.slice(0, SAMPLE);
    const dated = sample.filter((m) => findDate(textOf(m)) !== null).length / sample.length;
    const links = new Set(sample.map((m) => mainHref(m)).filter((h) => h !== ''));
    const distinct = links.size / sample.length;
    const score = g.score * (1 + 1.5 * dated) * distinct;
    if (score > bestScore) {
      bestScore = score;
      best = g;
    }
  }
  if (!best || best.members.length < 2) return undefined;
  return { item: itemSelector(doc, best), ...fieldSelectors(best.members.slice(0, SAMPLE)) };
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
    for (const c of el.children) {
      if (isText(c)) text += c.data.trim().length;
      else if (isTag(c)) {
        const cs = stats.get(c);
        if (!cs) continue;
        text += cs.text;
        links += cs.links;
        headings += cs.headings;
      }
    }
    stats.set(el, { text, links, headings });
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
    if (ARTICLE_TYPE.test(m.attribs.itemtype ?? '')) micro++;
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

/** Class tokens (letters, `-`, `_` only) that at least 60 % of the members carry. */
function commonTokens(members: Element[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const t of new Set(classes(m))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([t, c]) => c / members.length >= 0.6 && isSafeToken(t)).map(([t]) => t).slice(0, 3);
}

function isFollowable(href: string | undefined): boolean {
  if (href === undefined) return false;
  const h = href.trim().toLowerCase();
  return h !== '' && !h.startsWith('#') && !h.startsWith('javascript:') && !h.startsWith('mailto:') && !h.startsWith('tel:');
}

function mainHref(m: Element): string {
  if (m.name === 'a' && isFollowable(m.attribs.href)) return m.attribs.href!;
  const heading = queryOne('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]', m);
  const a = heading ?? queryAll('a[href]', m).find((x) => isFollowable(x.attribs.href));
  return a ? a.attribs.href!.trim() : '';
}

/**
 * `container > tag.token`, the container named by an id, or by tag and classes up the tree
 * (with `:nth-of-type` where siblings look alike) until the selector finds just these items.
 */
function itemSelector(doc: Document, g: Group): string {
  let path = g.tag + g.tokens.map((t) => `.${t}`).join('');
  let node: Element | Document | null = g.parent;
  for (let depth = 0; node && isTag(node) && depth < 12; depth++) {
    const el: Element = node;
    const id = el.attribs.id;
    if (id && isSafeToken(id) && queryAll(`#${id}`, doc).length === 1) return `#${id} > ${path}`;
    path = `${segment(el)} > ${path}`;
    if (queryAll(path, doc).length === g.members.length) return path;
    node = el.parent as Element | Document | null;
  }
  return path;
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

/** Field selectors that hold for most of the sampled members. */
function fieldSelectors(sample: Element[]): Omit<ListingRule, 'item'> {
  const rule: Omit<ListingRule, 'item'> = {};
  const most = (sel: string) => sample.filter((m) => queryOne(sel, m) !== null).length / sample.length >= 0.5;

  if (most('[itemprop="headline"]')) rule.title = '[itemprop="headline"]';
  else {
    const h = commonFirst(sample, (m) => queryOne('h1, h2, h3, h4, h5, h6', m)?.name);
    if (h) rule.title = h;
    else {
      const cls = commonFirst(sample, (m) => classedDescendant(m, ['title', 'headline', 'titel', 'ueberschrift', 'heading']));
      if (cls) rule.title = cls;
    }
  }
  if (rule.title && most(`${rule.title} a[href]`)) rule.link = `${rule.title} a[href]`;

  const kicker = commonFirst(sample, (m) => classedDescendant(m, ['kicker', 'dachzeile', 'topline', 'overline', 'roofline', 'spitzmarke', 'subline']));
  if (kicker) rule.kicker = kicker;

  const titleOf = (m: Element) => (rule.title ? queryOne(rule.title, m) : null);
  if (most('[itemprop="description"]')) rule.teaser = '[itemprop="description"]';
  else {
    const cls = commonFirst(sample, (m) => classedDescendant(m, TEASER_WORDS, titleOf(m), false, 40));
    if (cls) rule.teaser = cls;
    else if (sample.filter((m) => queryAll('p', m).some((p) => !contains(p, titleOf(m)) && textOf(p).length >= 30)).length / sample.length >= 0.5) {
      rule.teaser = rule.kicker ? `p:not(${rule.kicker})` : 'p';
    } else if (sample[0]!.name === 'tr') {
      // Older tables: the cell holding the headline often holds the teaser after a <br>.
      const cell = commonFirst(sample, (m) => longestCell(m));
      if (cell) rule.teaser = cell;
    }
  }

  if (most('[itemprop="datePublished"]')) rule.date = '[itemprop="datePublished"]';
  else if (most('time')) rule.date = 'time';
  else {
    const cls = commonFirst(sample, (m) => classedDescendant(m, ['date', 'datum', 'time', 'published', 'pubdate', 'timestamp', 'zeit', 'meta'], null, true));
    if (cls) rule.date = cls;
  }
  return rule;
}

/** The value `pick` gives for at least half of the members, the most common one. */
function commonFirst(sample: Element[], pick: (m: Element) => string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const m of sample) {
    const v = pick(m);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return n / sample.length >= 0.5 ? best : undefined;
}

/**
 * `.token` of the first descendant whose class names a word of `words` (split at `-`, `_`),
 * not one holding `avoid` (the title) and, for dates, one whose text holds a date.
 */
function classedDescendant(m: Element, words: string[], avoid: Element | null = null, dated = false, minText = 0): string | undefined {
  for (const el of queryAll('[class]', m)) {
    if (avoid && (el === avoid || contains(el, avoid) || contains(avoid, el))) continue;
    for (const t of classes(el)) {
      if (!isSafeToken(t)) continue;
      const parts = t.toLowerCase().split(/[-_]+/);
      if (!parts.some((p) => words.includes(p))) continue;
      if (!words.includes('title') && parts.some((p) => p === 'title' || p === 'headline')) continue;
      if (dated && findDate(textOf(el)) === null) continue;
      if (minText > 0 && textOf(el).length < minText) continue;
      // The selector must find this element first, not an earlier one of the same class.
      if (queryOne(`.${t}`, m) !== el) continue;
      return `.${t}`;
    }
  }
  return undefined;
}

function contains(outer: Element, inner: Element | null): boolean {
  for (let p = inner?.parent ?? null; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** `td:nth-of-type(k)` of the row's cell with the most text, when it has some beyond a headline. */
function longestCell(row: Element): string | undefined {
  const cells = childElements(row).filter((c) => c.name === 'td');
  let best: Element | undefined;
  let len = 0;
  for (const c of cells) {
    const l = textOf(c).length;
    if (l > len) [best, len] = [c, l];
  }
  return best && len >= 60 ? `td:nth-of-type(${cells.indexOf(best) + 1})` : undefined;
}
