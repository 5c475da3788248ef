/**
 * Which selectors inside a detected listing's items hold the title, kicker, link, teaser and
 * date: each must hold for at least half of the sampled items.
 */
import { childElements, classes, type Element, queryAll, queryOne, textOf } from './dom';
import { findDate } from './dates';
import { longestLink } from './extract';
import type { ListingRule } from './rule';
import { kickerText } from './text';
import { isSafeToken, isStateToken } from './tokens';

/** Words that name a part only at the end of a class (`card-text`, `c-teaser__text`), not as a utility's prefix (`text-muted`). */
const TAIL_ONLY = new Set(['text']);
const TEASER_WORDS = ['teaser', 'summary', 'excerpt', 'description', 'abstract', 'intro', 'lead', 'bodytext', 'body', 'desc', 'content', 'textblock', 'text'];

/** Field selectors that hold for most of the sampled members. */
export function fieldSelectors(sample: Element[]): Omit<ListingRule, 'item'> {
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

  const kicker =
    commonFirst(sample, (m) => classedDescendant(m, ['kicker', 'dachzeile', 'topline', 'overline', 'roofline', 'spitzmarke', 'subline'])) ??
    (rule.title ? commonFirst(sample, (m) => kickerInHeading(m, rule.title!)) : undefined);
  if (kicker) rule.kicker = kicker;

  const titleOf = (m: Element) => (rule.title ? queryOne(rule.title, m) : null);
  if (most('[itemprop="description"]')) rule.teaser = '[itemprop="description"]';
  else {
    const cls = commonFirst(sample, (m) => classedDescendant(m, TEASER_WORDS, titleOf(m), false, 40));
    if (cls) rule.teaser = cls;
    else if (sample.filter((m) => queryAll('p', m).some((p) => !contains(p, titleOf(m)) && isProse(p))).length / sample.length >= 0.5) {
      rule.teaser = paragraphTeaser(sample, titleOf, rule.kicker);
    } else if (sample[0]!.name === 'tr') {
      // Older tables: the cell holding the headline often holds the teaser after a <br>.
      const cell = commonFirst(sample, (m) => longestCell(m));
      if (cell) rule.teaser = cell;
    } else if (sample.filter((m) => ownText(m, rule) >= 40).length / sample.length >= 0.5) {
      // `<dd><a>Headline</a><br>Teaser …</dd>`: the teaser is the item's own text.
      rule.teaser = ':scope';
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

/**
 * `p`, without the classed short paragraphs that come before the teaser's in the items (a
 * date line `p.news-date`, a kicker), so that the first paragraph the selector finds is the teaser.
 */
function paragraphTeaser(sample: Element[], titleOf: (m: Element) => Element | null, kicker: string | undefined): string {
  const skip = new Set<string>(kicker ? [kicker] : []);
  for (const m of sample) {
    const title = titleOf(m);
    for (const p of queryAll('p', m)) {
      if (contains(p, title)) continue;
      if (isProse(p)) break;
      const token = classes(p).find((t) => isSafeToken(t) && !isStateToken(t));
      if (token) skip.add(`.${token}`);
      if (skip.size >= 4) break;
    }
  }
  return `p${[...skip].map((s) => `:not(${s})`).join('')}`;
}

/** A paragraph of 30 characters or more beside its date and labels ("Typ: Pressemitteilung Datum: 03.12.2025" is none). */
function isProse(p: Element): boolean {
  const text = textOf(p);
  return text.length >= 30 && kickerText(text).length >= 30;
}

/** Length of the item's text beyond its headline and link. */
function ownText(m: Element, rule: Omit<ListingRule, 'item'>): number {
  const head = (rule.title ? queryOne(rule.title, m) : null) ?? (rule.link ? queryOne(rule.link, m) : null) ?? longestLink(m);
  return textOf(m).length - (head ? textOf(head).length : 0);
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
      const parts = classWords(t);
      if (!parts.some((p, i) => words.includes(p) && (!TAIL_ONLY.has(p) || (i === parts.length - 1 && (i > 0 || t.includes('__')))))) continue;
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

/**
 * The words of a class name, split at `-` and `_`; of a BEM name (`c-teaser__date`,
 * `SP-Teaser__headline--large`) only its element's words, since the block's name
 * (`c-teaser`) is on every part of the item.
 */
function classWords(token: string): string[] {
  const t = token.toLowerCase();
  const el = t.lastIndexOf('__');
  const part = el === -1 ? t : t.slice(el + 2);
  const mod = part.indexOf('--');
  return (mod === -1 ? part : part.slice(0, mod)).split(/[-_]+/);
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

const HEADLINE_WORDS = ['headline', 'title', 'titel', 'ueberschrift', 'heading'];

/**
 * `.token` of a line inside the headline element that stands before the headline proper:
 * `<h2><span class="intro">Finanzwesen</span><span class="headline">E-Rechnung …</span></h2>`.
 */
function kickerInHeading(m: Element, titleSelector: string): string | undefined {
  const title = queryOne(titleSelector, m);
  if (!title) return undefined;
  let box = title;
  const kids = childElements(box);
  if (kids.length === 1 && kids[0]!.name === 'a') box = kids[0]!;
  const parts = childElements(box);
  for (let i = 0; i + 1 < parts.length; i++) {
    const next = parts[i + 1]!;
    const namesHeadline = classes(next).some((t) => classWords(t).some((w) => HEADLINE_WORDS.includes(w)));
    if (!namesHeadline) continue;
    const line = parts[i]!;
    const text = textOf(line);
    if (text === '' || text.length > 80) return undefined;
    const token = classes(line).find((t) => isSafeToken(t) && queryOne(`.${t}`, m) === line);
    return token ? `.${token}` : undefined;
  }
  return undefined;
}
