/**
 * Runtime messages → typed commands, every field checked (H14). A message is data from
 * another context: the background trusts nothing in it beyond what is checked here. Ids are
 * short strings, numbers are finite and in range, sources and settings have the shape the
 * store expects, and internal commands (a notification click) are never accepted from a message.
 */
import type { AlertRule } from '../alerts/rules';
import { checkRuleShape, type ListingRule } from '../listing/rule';
import { LAND_CODES, type RegionCode, type Source } from '../model';
import type { Command, ViewFilter } from '../messages';
import { DEFAULT_SETTINGS, type KeywordRuleSetting, type Settings, type SourceOverride } from '../settings';

const ID_MAX = 512;
const LIST_MAX = 10_000;
const TEXT_MAX = 300;
/** A keyword the user typed: the tagger turns it into a pattern, so it stays short. */
export const KEYWORD_MAX = 100;
const URL_MAX = 2048;
const REGIONS = new Set<string>([...LAND_CODES, 'DE']);

type Check<T> = (v: unknown) => T | undefined;

const str = (max: number): Check<string> => (v) => (typeof v === 'string' && v.length <= max ? v : undefined);
const id = str(ID_MAX);
const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const int = (min: number, max: number): Check<number> => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
const list = <T>(item: Check<T>, max = LIST_MAX): Check<T[]> => (v) => {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (const x of v) {
    const checked = item(x);
    if (checked === undefined) return undefined;
    out.push(checked);
  }
  return out;
};
const region: Check<RegionCode> = (v) => (typeof v === 'string' && REGIONS.has(v) ? (v as RegionCode) : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** An optional field: absent is fine, present must pass. Returns false when it fails. */
function opt<T>(o: Record<string, unknown>, key: string, check: Check<T>, into: Record<string, unknown>): boolean {
  if (o[key] === undefined) return true;
  const v = check(o[key]);
  if (v === undefined) return false;
  into[key] = v;
  return true;
}

/** A map of ids to short texts (source names, rule labels the search also looks in). */
const names: Check<Record<string, string>> = (v) => {
  const o = obj(v);
  if (!o) return undefined;
  const entries = Object.entries(o);
  if (entries.length > LIST_MAX) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of entries) {
    const text = str(TEXT_MAX)(x);
    if (id(k) === undefined || text === undefined) return undefined;
    out[k] = text;
  }
  return out;
};

const searchNames: Check<NonNullable<ViewFilter['searchNames']>> = (v) => {
  const o = obj(v);
  if (!o) return undefined;
  const f: Record<string, unknown> = {};
  return opt(o, 'sourceNames', names, f) && opt(o, 'ruleLabels', names, f) ? f : undefined;
};

/** Every field of ViewFilter: one left out would widen "mark all as read" to more than the view shows. */
const filter: Check<ViewFilter> = (v) => {
  const o = obj(v);
  if (!o) return undefined;
  const f: Record<string, unknown> = {};
  const ok = opt(o, 'regions', list(region, 20), f) && opt(o, 'themes', list(id, 100), f) && opt(o, 'sourceIds', list(id), f)
    && opt(o, 'places', list(id, 100), f) && opt(o, 'starredOnly', bool, f)
    && opt(o, 'unreadOnly', bool, f) && opt(o, 'search', str(TEXT_MAX), f) && opt(o, 'searchNames', searchNames, f)
    && opt(o, 'since', int(0, 8.64e15), f);
  return ok ? (f as ViewFilter) : undefined;
};

const source = (needId: boolean): Check<Source> => (v) => {
  const o = obj(v);
  if (!o) return undefined;
  const name = str(TEXT_MAX)(o.name);
  const url = str(URL_MAX)(o.url);
  if (name === undefined || url === undefined) return undefined;
  // Fields checked below replace their copies; other fields (a listing's rule …) pass as given.
  const s: Record<string, unknown> = { ...o, name, url, broad: o.broad === true, confirmed: o.confirmed === true };
  for (const key of ['id', 'homepage', 'land', 'category', 'enabled', 'intervalMin']) delete s[key];
  const ok = (needId ? id(o.id) !== undefined && opt(o, 'id', id, s) : opt(o, 'id', id, s))
    && opt(o, 'homepage', str(URL_MAX), s) && opt(o, 'land', (x) => (typeof x === 'string' && (LAND_CODES as readonly string[]).includes(x) ? x : undefined), s)
    && opt(o, 'category', str(TEXT_MAX), s) && opt(o, 'enabled', bool, s) && opt(o, 'intervalMin', int(1, 7 * 24 * 60), s);
  return ok ? (s as unknown as Source) : undefined;
};

const keywordRule: Check<KeywordRuleSetting> = (v) => {
  const o = obj(v);
  const ruleId = id(o?.id);
  const label = str(TEXT_MAX)(o?.label);
  const keywords = list(str(KEYWORD_MAX), 200)(o?.keywords);
  return o && ruleId !== undefined && label !== undefined && keywords ? { id: ruleId, label, keywords } : undefined;
};

/** A listing rule's shape (its selectors are compiled where pages are read, not here). */
const listingRule: Check<ListingRule> = (v) => {
  const checked = checkRuleShape(v);
  return checked.ok ? checked.rule : undefined;
};

const alertRule: Check<AlertRule> = (v) => {
  const o = obj(v);
  const ruleId = id(o?.id);
  const regions = list(region, 20)(o?.regions);
  const themes = list(id, 100)(o?.themes);
  const keywords = list(str(KEYWORD_MAX), 200)(o?.keywords);
  return ruleId !== undefined && regions && themes && keywords ? { id: ruleId, regions, themes, keywords } : undefined;
};

/** A partial Settings with only known keys, each of the right shape; undefined when any is wrong. */
export const settingsPatch: Check<Partial<Settings>> = (v) => {
  const o = obj(v);
  if (!o) return undefined;
  const s: Record<string, unknown> = {};
  // Keys checked below, and keys added to the defaults later: those must at least keep their default's type.
  for (const [key, value] of Object.entries(o)) {
    if (key === 'watch') continue;
    if (!(key in DEFAULT_SETTINGS)) return undefined;
    const def = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
    if (typeof value !== typeof def || Array.isArray(value) !== Array.isArray(def) || value === null) return undefined;
    s[key] = value;
  }
  if (o.badgeMode !== undefined) {
    if (o.badgeMode !== 'new' && o.badgeMode !== 'unread' && o.badgeMode !== 'off') return undefined;
    s.badgeMode = o.badgeMode;
  }
  if (o.notifications !== undefined) {
    const n = obj(o.notifications);
    const muted = bool(n?.muted);
    const perRefresh = int(0, 100)(n?.maxPerRefresh);
    const perHour = int(0, 1000)(n?.maxPerHour);
    if (muted === undefined || perRefresh === undefined || perHour === undefined) return undefined;
    s.notifications = { muted, maxPerRefresh: perRefresh, maxPerHour: perHour };
  }
  if (!opt(o, 'alertRules', list(alertRule, 100), s)) return undefined;
  if (o.watch !== undefined) {
    // The watch rules of version 1, still accepted and turned into an alert rule by the settings.
    const w = obj(o.watch);
    const watch: Record<string, unknown> = {};
    if (!w || !opt(w, 'regions', list(region, 20), watch) || !opt(w, 'themes', list(id, 100), watch) || !opt(w, 'keywords', list(str(KEYWORD_MAX), 200), watch)) return undefined;
    s.watch = watch;
  }
  if (o.listDensity !== undefined && o.listDensity !== 'compact' && o.listDensity !== 'comfortable') return undefined;
  if (!opt(o, 'keywordRules', list(keywordRule, 100), s)) return undefined;
  if (!opt(o, 'retentionDays', int(1, 3650), s)) return undefined;
  if (!opt(o, 'customSources', list(source(true), 5000), s)) return undefined;
  if (o.sourceOverrides !== undefined) {
    const so = obj(o.sourceOverrides);
    if (!so || Object.keys(so).length > LIST_MAX) return undefined;
    const out: Record<string, SourceOverride> = Object.create(null) as Record<string, never>;
    for (const [key, value] of Object.entries(so)) {
      const e = obj(value);
      const entry: Record<string, unknown> = {};
      // Every field of SourceOverride: one left out would drop a rename or an edited rule on save.
      if (id(key) === undefined || !e || !opt(e, 'enabled', bool, entry) || !opt(e, 'intervalMin', int(1, 7 * 24 * 60), entry)
        || !opt(e, 'name', str(TEXT_MAX), entry) || !opt(e, 'rule', listingRule, entry)) return undefined;
      out[key] = entry;
    }
    s.sourceOverrides = out;
  }
  return s as Partial<Settings>;
};

/** The command a runtime message holds, every field checked, or undefined. */
export function parseCommand(msg: unknown): Command | undefined {
  const m = obj(msg);
  if (!m) return undefined;
  switch (m.type) {
    case 'refresh': {
      if (m.sourceIds === undefined) return { type: 'refresh' };
      const sourceIds = list(id)(m.sourceIds);
      return sourceIds ? { type: 'refresh', sourceIds } : undefined;
    }
    case 'popup-opened':
      return { type: 'popup-opened' };
    case 'mark-read': {
      const ids = list(id)(m.ids);
      const read = bool(m.read);
      return ids && read !== undefined ? { type: 'mark-read', ids, read } : undefined;
    }
    case 'mark-all-read': {
      const f = filter(m.filter);
      return f ? { type: 'mark-all-read', filter: f } : undefined;
    }
    case 'open-item': {
      const itemId = id(m.id);
      return itemId !== undefined ? { type: 'open-item', id: itemId } : undefined;
    }
    case 'delete-items': {
      const ids = list(id)(m.ids);
      return ids ? { type: 'delete-items', ids } : undefined;
    }
    case 'add-source': {
      const s = source(false)(m.source);
      return s ? { type: 'add-source', source: s } : undefined;
    }
    case 'update-source': {
      const sourceId = id(m.id);
      const c: Record<string, unknown> = { type: 'update-source', id: sourceId };
      return sourceId !== undefined && opt(m, 'enabled', bool, c) && opt(m, 'intervalMin', int(1, 7 * 24 * 60), c)
        && opt(m, 'name', str(TEXT_MAX), c) ? (c as Command) : undefined;
    }
    case 'star-items': {
      const ids = list(id)(m.ids);
      const starred = bool(m.starred);
      return ids && starred !== undefined ? { type: 'star-items', ids, starred } : undefined;
    }
    case 'switch-sources': {
      const ids = list(id)(m.ids);
      const enabled = bool(m.enabled);
      return ids && enabled !== undefined ? { type: 'switch-sources', ids, enabled } : undefined;
    }
    case 'redetect-source': {
      const sourceId = id(m.id);
      return sourceId !== undefined ? { type: 'redetect-source', id: sourceId } : undefined;
    }
    case 'edit-tags': {
      const itemId = id(m.id);
      const value = id(m.value);
      const facet = m.facet === 'regions' || m.facet === 'themes' || m.facet === 'places' ? m.facet : undefined;
      const action = m.action === 'add' || m.action === 'remove' ? m.action : undefined;
      const c: Record<string, unknown> = { type: 'edit-tags', id: itemId, facet, value, action };
      return itemId !== undefined && value !== undefined && facet && action && opt(m, 'name', str(TEXT_MAX), c) ? (c as Command) : undefined;
    }
    case 'restore-items': {
      // Items the UI read from the database a moment ago (undo): each must at least carry its ids;
      // the store writes them back as they were.
      const items = list((x) => (obj(x) && id(obj(x)!.id) !== undefined && id(obj(x)!.sourceId) !== undefined ? x : undefined), LIST_MAX)(m.items);
      return items ? ({ type: 'restore-items', items } as Command) : undefined;
    }
    case 'apply-welcome': {
      // The answers are checked where they are applied (checkAnswers in the command handler).
      return obj(m.answers) ? ({ type: 'apply-welcome', answers: m.answers } as Command) : undefined;
    }
    case 'remove-source': {
      const sourceId = id(m.id);
      const deleteItems = bool(m.deleteItems);
      return sourceId !== undefined && deleteItems !== undefined ? { type: 'remove-source', id: sourceId, deleteItems } : undefined;
    }
    case 'save-settings': {
      const settings = settingsPatch(m.settings);
      return settings ? { type: 'save-settings', settings } : undefined;
    }
    case 'import-sources': {
      const sources = list(source(true), 5000)(m.sources);
      return sources ? { type: 'import-sources', sources } : undefined;
    }
    case 'probe-source': {
      const url = str(URL_MAX)(m.url);
      if (url === undefined) return undefined;
      if (m.listing === undefined) return { type: 'probe-source', url };
      const listing = obj(m.listing);
      const rule = listing?.rule === undefined ? undefined : listingRule(listing.rule);
      if (!listing || (listing.rule !== undefined && !rule)) return undefined;
      return { type: 'probe-source', url, listing: rule ? { rule } : {} };
    }
    case 'set-source-rule': {
      const sourceId = id(m.id);
      const rule = listingRule(m.rule);
      return sourceId !== undefined && rule ? { type: 'set-source-rule', id: sourceId, rule } : undefined;
    }
    default:
      return undefined;
  }
}
