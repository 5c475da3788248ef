/**
 * A listing rule: what detection found, stored with the source, editable by the user, carried
 * in OPML and in the `aggregate` sources file. CSS selectors, the item's document-wide, the
 * others relative to an item.
 */

export type DateFormat = 'auto' | 'de' | 'iso';

export interface ListingRule {
  /** Each news item (document-wide selector). With `structured: 'json-ld'` it is ignored. */
  item: string;
  /** Headline inside the item; default: the first heading, else the item's longest link. */
  title?: string;
  /** The item's link; default: the title's link, else the first link. */
  link?: string;
  /** Teaser text; default: none. */
  teaser?: string;
  /** Date element; default: a date anywhere in the item's text. */
  date?: string;
  /** Attribute that holds the date (`datetime`, `content`); default: the element's text. */
  dateAttr?: string;
  dateFormat?: DateFormat;
  /** Kicker (Dachzeile) above the headline: the title becomes "Kicker: Headline". */
  kicker?: string;
  /** Items read from JSON-LD (`ItemList`, `NewsArticle`, `BlogPosting`) instead of selectors. */
  structured?: 'json-ld';
}

const FIELDS = ['item', 'title', 'link', 'teaser', 'date', 'dateAttr', 'kicker'] as const;
const SELECTOR_MAX = 300;

export type RuleCheck = { ok: true; rule: ListingRule } | { ok: false; error: string };

/**
 * Checks the shape of a rule from outside (a file, OPML attributes, the options form): known
 * fields only, strings of at most 300 characters, and every selector accepted by
 * `selectorOk` (selector.ts passes css-select's compiler; this module stays free of it, so
 * that what only carries rules, such as OPML in the worker, does not load the parser).
 */
export function checkRuleShape(value: unknown, selectorOk: (selector: string) => boolean = () => true): RuleCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'rule: not an object' };
  const v = value as Record<string, unknown>;
  const rule: Partial<ListingRule> = {};
  for (const field of FIELDS) {
    const raw = v[field];
    if (raw === undefined || raw === null || raw === '') continue;
    if (typeof raw !== 'string' || raw.length > SELECTOR_MAX) return { ok: false, error: `rule: "${field}" must be a text of at most ${SELECTOR_MAX} characters` };
    if (field !== 'dateAttr' && !selectorOk(raw)) return { ok: false, error: `rule: "${field}" is not a valid CSS selector: ${raw}` };
    if (field === 'dateAttr' && !/^[a-z][a-z0-9_:-]*$/i.test(raw)) return { ok: false, error: `rule: "dateAttr" is not an attribute name: ${raw}` };
    rule[field] = raw.trim();
  }
  if (v.dateFormat !== undefined) {
    if (v.dateFormat !== 'auto' && v.dateFormat !== 'de' && v.dateFormat !== 'iso') return { ok: false, error: 'rule: "dateFormat" must be auto, de or iso' };
    rule.dateFormat = v.dateFormat;
  }
  if (v.structured !== undefined) {
    if (v.structured !== 'json-ld') return { ok: false, error: 'rule: "structured" must be json-ld' };
    rule.structured = 'json-ld';
  }
  if (rule.item === undefined) {
    if (rule.structured !== 'json-ld') return { ok: false, error: 'rule: "item" is missing' };
    rule.item = JSON_LD_ITEM;
  }
  return { ok: true, rule: rule as ListingRule };
}

/** The selector a JSON-LD rule stands on. */
export const JSON_LD_ITEM = 'script[type="application/ld+json"]';
