/**
 * Pieces every format's mapping shares: dates, categories, the guid-as-link rule.
 */
import { parseDate } from './dates';
import type { ParsedItem } from '../model';
import { absoluteHttpUrl } from './links';
import { groupText, textOf, type Field, type FieldGroups, type XNode } from './nodes';

/** The first of the date fields that parses, or null. */
export function firstDate(groups: FieldGroups, names: Field[]): number | null {
  for (const name of names) {
    const node = groups.get(name)?.[0];
    if (node === undefined) continue;
    const at = parseDate(textOf(node));
    if (at !== null) return at;
  }
  return null;
}

/**
 * An RSS item's title: its own `<title>` (under the names given), else Dublin Core's
 * `dc:title`, else Media RSS's `media:title` (item level), as feedparser reads them.
 */
export function itemTitle(groups: FieldGroups, ...names: Field[]): string {
  const own = groupText(groups, ...names);
  if (own !== '') return own;
  const dc = groupText(groups, 'dc:title');
  return dc !== '' ? dc : groupText(groups, 'media:title');
}

/** Trimmed, non-empty, deduplicated category texts in document order. */
export function uniqueTexts(values: string[]): string[] {
  if (values.length === 0) return [];
  if (values.length === 1) {
    const text = values[0]!.trim();
    return text === '' ? [] : [text];
  }
  // A few categories are compared in a list; a set takes over when there are many.
  const out: string[] = [];
  let seen: Set<string> | null = null;
  for (const value of values) {
    const text = value.trim();
    if (text === '' || (seen === null ? out.includes(text) : seen.has(text))) continue;
    out.push(text);
    if (seen !== null) seen.add(text);
    else if (out.length === 16) seen = new Set(out);
  }
  return out;
}

/** The texts of two groups of category elements, the first group's first. */
export function categoryTexts(first: XNode[] | undefined, second: XNode[] | undefined): string[] {
  if (second === undefined) return first === undefined ? [] : uniqueTexts(first.map(textOf));
  return uniqueTexts((first === undefined ? second : [...first, ...second]).map(textOf));
}

/**
 * When an item has no usable link but its guid claims to be a permalink and is itself an
 * absolute http(s) URL, the guid is the link. A guid that is not a URL ("12345") is never
 * resolved against the feed URL to make one (E05).
 */
export function withGuidLink(item: ParsedItem): ParsedItem {
  if (item.link === '' && item.guidIsPermaLink && item.guid !== '') {
    item.link = absoluteHttpUrl(item.guid);
  }
  return item;
}
