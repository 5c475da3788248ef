/**
 * First start: what the welcome page asks, and how the answers become settings. Pure; the
 * background applies the patch, the welcome page asks for host permissions first.
 */
import type { AlertRule } from '../alerts/rules';
import { LAND_CODES, type LandCode, type Source } from '../model';
import type { Settings } from '../settings';

/** The welcome page's three questions. */
export interface WelcomeAnswers {
  lands: LandCode[];
  themes: string[];
  notifications: boolean;
}

/**
 * The answers as a message brought them, checked: known Land codes, theme ids as short strings,
 * notifications a boolean. Undefined when the shape is wrong (the background trusts no message).
 */
export function checkAnswers(raw: unknown): WelcomeAnswers | undefined {
  const a = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (!Array.isArray(a.lands) || !Array.isArray(a.themes) || typeof a.notifications !== 'boolean') return undefined;
  const lands = a.lands.filter((l): l is LandCode => (LAND_CODES as readonly unknown[]).includes(l));
  const themes = a.themes.filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= 64);
  if (lands.length !== a.lands.length || themes.length !== a.themes.length) return undefined;
  return { lands: [...new Set(lands)], themes: [...new Set(themes)], notifications: a.notifications };
}

/** Id of the alert rule the welcome page writes (and replaces when opened again). */
export const WELCOME_RULE_ID = 'welcome';

/**
 * The alert rules after the answers: one rule "the chosen Länder × the chosen themes" (an empty
 * part matches any) under WELCOME_RULE_ID, replacing the one an earlier visit wrote; the user's
 * other rules stay. No Land and no theme: no welcome rule. The one place that maps answers to
 * rules, so that a change of the rule model only changes this function.
 */
export function rulesFromWelcome(answers: WelcomeAnswers, current: readonly AlertRule[]): AlertRule[] {
  const others = current.filter((r) => r.id !== WELCOME_RULE_ID);
  if (answers.lands.length === 0 && answers.themes.length === 0) return others;
  return [{ id: WELCOME_RULE_ID, regions: [...answers.lands], themes: [...answers.themes], keywords: [] }, ...others];
}

/** The answers a welcome rule stands for (to fill the page in when it is opened again). */
export function welcomeFromRules(rules: readonly AlertRule[], notifications: boolean, isLand: (r: string) => r is LandCode): WelcomeAnswers {
  const rule = rules.find((r) => r.id === WELCOME_RULE_ID);
  return { lands: (rule?.regions ?? []).filter(isLand), themes: [...(rule?.themes ?? [])], notifications };
}

/** The catalogue sources the answers switch on: every source of a chosen Land. */
export function sourcesForLands(catalogue: readonly Source[], lands: readonly LandCode[]): Source[] {
  return catalogue.filter((s) => s.land !== undefined && !s.nationwide && lands.includes(s.land));
}

/**
 * The settings patch for the answers: alert rule, notifications, and the chosen Länder's
 * sources switched on. Nothing else changes: federal and nationwide sources stay as they are
 * (on unless the user switched them off), and so do other Länder's sources.
 */
export function welcomeSettings(answers: WelcomeAnswers, settings: Settings, catalogue: readonly Source[]): Partial<Settings> {
  const overrides = { ...settings.sourceOverrides };
  for (const s of sourcesForLands(catalogue, answers.lands)) overrides[s.id] = { ...overrides[s.id], enabled: true };
  return {
    alertRules: rulesFromWelcome(answers, settings.alertRules),
    notifications: { ...settings.notifications, muted: !answers.notifications },
    sourceOverrides: overrides,
  };
}

/** Sources that were on by default before a Land's sources started switched off. */
export const FORMERLY_ON_BY_DEFAULT = ['tagesschau-bayern', 'tagesschau-nrw', 'tagesschau-sachsen'] as const;

/**
 * On update from a version without the welcome page, nothing is asked; the sources that were
 * on by default then stay on, unless the user had switched them off.
 */
export function updateOverrides(settings: Settings): Settings['sourceOverrides'] | undefined {
  const missing = FORMERLY_ON_BY_DEFAULT.filter((id) => settings.sourceOverrides[id]?.enabled === undefined);
  if (missing.length === 0) return undefined;
  const overrides = { ...settings.sourceOverrides };
  for (const id of missing) overrides[id] = { ...overrides[id], enabled: true };
  return overrides;
}
