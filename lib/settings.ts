import type { RegionCode, Source } from './model';

export type BadgeMode = 'new' | 'unread' | 'off';

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
}

/** Everything the user can set; stored as one record so a change is atomic. */
export interface Settings {
  badgeMode: BadgeMode;
  notifications: { muted: boolean; maxPerRefresh: number; maxPerHour: number };
  /** What the user watches: drives notifications and, when non-empty, the badge. */
  watch: { regions: RegionCode[]; themes: string[]; keywords: string[] };
  keywordRules: KeywordRuleSetting[];
  retentionDays: number;
  /** Sources the user added. */
  customSources: Source[];
  /** Per-source changes to catalogue and custom sources. */
  sourceOverrides: Record<string, SourceOverride>;
}

export const DEFAULT_SETTINGS: Settings = {
  badgeMode: 'new',
  notifications: { muted: false, maxPerRefresh: 1, maxPerHour: 4 },
  watch: { regions: [], themes: [], keywords: [] },
  keywordRules: [],
  retentionDays: 30,
  customSources: [],
  sourceOverrides: {},
};

/** Stored settings merged over the defaults, so fields added later get their default. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    notifications: { ...DEFAULT_SETTINGS.notifications, ...s.notifications },
    watch: { ...DEFAULT_SETTINGS.watch, ...s.watch },
  };
}

/** The sources to poll: the catalogue and the user's own, with the user's overrides applied. */
export function resolveSources(catalogue: readonly Source[], settings: Settings): Source[] {
  const all = [...catalogue, ...settings.customSources.map((s) => ({ ...s, custom: true }))];
  return all.map((s) => {
    const o = settings.sourceOverrides[s.id] ?? {};
    return { ...s, name: o.name || s.name, enabled: o.enabled ?? s.enabled ?? true, intervalMin: o.intervalMin ?? s.intervalMin };
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
