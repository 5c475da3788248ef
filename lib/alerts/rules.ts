/**
 * Alert rules: what a user wants to be told about. A rule is Länder × themes × keywords; an
 * empty part means "any", a rule with no part at all announces nothing; an item that matches
 * any rule is announced.
 */
import type { Item, RegionCode } from '../model';
import { itemMatcher } from '../store/filter';

export interface AlertRule {
  id: string;
  /** Any of these Länder (or `DE` for federal news); empty: any region. */
  regions: RegionCode[];
  /** Any of these theme ids; empty: any theme. */
  themes: string[];
  /** Any of these words in the title or teaser; empty: any text. */
  keywords: string[];
}

/** The watch settings of version 1, whose text promised "Land, Thema oder Stichwort". */
export interface LegacyWatch {
  regions?: RegionCode[];
  themes?: string[];
  keywords?: string[];
}

/** Keywords that are more than blanks. */
function cleanKeywords(list: readonly string[]): string[] {
  return list.map((k) => k.trim()).filter((k) => k !== '');
}

/** Whether a rule has at least one part (an empty rule announces nothing). */
export function isActiveRule(rule: AlertRule): boolean {
  return rule.regions.length > 0 || rule.themes.length > 0 || cleanKeywords(rule.keywords).length > 0;
}

/** Whether any rule can announce anything. */
export function hasActiveRules(rules: readonly AlertRule[]): boolean {
  return rules.some(isActiveRule);
}

/**
 * The old watch settings as the options page described them ("ein beobachtetes Land, Thema oder
 * Stichwort"): one rule per non-empty part, so an item matching any part is announced.
 */
export function migrateWatch(watch: LegacyWatch | undefined): AlertRule[] {
  if (!watch) return [];
  const rules: AlertRule[] = [];
  if (watch.regions?.length) rules.push({ id: 'watch-regions', regions: [...watch.regions], themes: [], keywords: [] });
  if (watch.themes?.length) rules.push({ id: 'watch-themes', regions: [], themes: [...watch.themes], keywords: [] });
  const keywords = cleanKeywords(watch.keywords ?? []);
  if (keywords.length) rules.push({ id: 'watch-keywords', regions: [], themes: [], keywords });
  return rules;
}

type Matchable = Pick<Item, 'regions' | 'themes' | 'title' | 'summary'>;

/**
 * Compiles `rules` into a function that gives the first rule (in the user's order) an item
 * matches, or undefined. Each rule is the store's item matcher (store/filter.ts) over its parts.
 */
export function compileRules(rules: readonly AlertRule[]): (item: Matchable) => AlertRule | undefined {
  const compiled = rules.filter(isActiveRule).map((rule) => ({
    rule,
    match: itemMatcher({ regions: rule.regions, themes: rule.themes, keywords: cleanKeywords(rule.keywords) }),
  }));
  return (item) => compiled.find((c) => c.match(item))?.rule;
}
