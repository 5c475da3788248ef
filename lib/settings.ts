import { migrateWatch, type AlertRule, type LegacyWatch } from './alerts/rules';
import type { ListingRule } from './listing/rule';
import type { Source } from './model';

export type BadgeMode = 'new' | 'unread' | 'off';
/** How much of each item the popup list shows: one line each, or title and teaser. */
export type ListDensity = 'compact' | 'comfortable';

/** A user's own keyword rule: it tags matching items and can drive notifications. */
export interface KeywordRuleSetting {
  id: string;
  label: string;
  keywords: string[];
}

/** What the user changed on one source. `name` survives the source's removal, for its kept items. */
export interface SourceOverride {
  enabled?: boolean;
  intervalMin?: number;
  name?: string;
  /** A catalogue listing page read with the user's rule instead of detection (the user's own sources keep it on the source). */
  rule?: ListingRule;
}

/** Everything the user can set; stored as one record so a change is atomic. */
export interface Settings {
  badgeMode: BadgeMode;
  notifications: { muted: boolean; maxPerRefresh: number; maxPerHour: number };
  /** What the user wants announced: an item matching any rule notifies; with any rule, the badge counts matches only. */
  alertRules: AlertRule[];
  keywordRules: KeywordRuleSetting[];
  listDensity: ListDensity;
  retentionDays: number;
  /** Sources the user added. */
  customSources: Source[];
  /** Per-source changes to catalogue and custom sources. */
  sourceOverrides: Record<string, SourceOverride>;
}

export const DEFAULT_SETTINGS: Settings = {
  badgeMode: 'new',
  notifications: { muted: false, maxPerRefresh: 1, maxPerHour: 4 },
  alertRules: [],
  keywordRules: [],
  listDensity: 'compact',
  retentionDays: 30,
  customSources: [],
  sourceOverrides: {},
};

/** Settings as stored by any version: version 1 kept one `watch` record instead of rules. */
export type StoredSettings = Partial<Settings> & { watch?: LegacyWatch };

/**
 * Stored settings merged over the defaults, so fields added later get their default. Settings
 * saved with the old `watch` record and no rules become one rule per watched part (migrateWatch).
 */
export function withDefaults(stored: StoredSettings | undefined): Settings {
  const { watch, ...s } = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    notifications: { ...DEFAULT_SETTINGS.notifications, ...s.notifications },
    alertRules: s.alertRules ?? migrateWatch(watch),
  };
}

/** The sources to poll: the catalogue and the user's own, with the user's overrides applied. */
export function resolveSources(catalogue: readonly Source[], settings: Settings): Source[] {
  const all = [...catalogue, ...settings.customSources.map((s) => ({ ...s, custom: true }))];
  return all.map((s) => {
    const o = settings.sourceOverrides[s.id] ?? {};
    return {
      ...s, name: o.name || s.name, enabled: o.enabled ?? s.enabled ?? true, intervalMin: o.intervalMin ?? s.intervalMin,
      ...(o.rule ? { rule: o.rule } : {}),
    };
  });
}

/**
 * Display names by source id: every source's current name, and the last name of sources the
 * user removed while keeping their items.
 */
export function sourceNames(catalogue: readonly Source[], settings: Settings): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, o] of Object.entries(settings.sourceOverrides)) if (o.name) names[id] = o.name;
  for (const s of resolveSources(catalogue, settings)) names[s.id] = s.name;
  return names;
}
