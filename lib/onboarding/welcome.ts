/**
 * First start: what the welcome page asks, and how the answers become settings. Pure; the
 * background applies the patch, the welcome page asks for host permissions first.
 */
import type { LandCode, Source } from '../model';
import type { Settings } from '../settings';

/** The welcome page's three questions. */
export interface WelcomeAnswers {
  lands: LandCode[];
  themes: string[];
  notifications: boolean;
}

/**
 * The watch rule the answers stand for: items of the chosen Länder on the chosen themes (an
 * empty part matches any). The one place that maps answers to watch rules, so that a change
 * of the rule model only changes this function.
 */
export function watchFromWelcome(answers: WelcomeAnswers, current: Settings['watch']): Settings['watch'] {
  return { ...current, regions: [...answers.lands], themes: [...answers.themes] };
}

/** The catalogue sources the answers switch on: every source of a chosen Land. */
export function sourcesForLands(catalogue: readonly Source[], lands: readonly LandCode[]): Source[] {
  return catalogue.filter((s) => s.land !== undefined && !s.nationwide && lands.includes(s.land));
}

/**
 * The settings patch for the answers: watch rule, notifications, and the chosen Länder's
 * sources switched on. Nothing else changes: federal and nationwide sources stay as they are
 * (on unless the user switched them off), and so do other Länder's sources.
 */
export function welcomeSettings(answers: WelcomeAnswers, settings: Settings, catalogue: readonly Source[]): Partial<Settings> {
  const overrides = { ...settings.sourceOverrides };
  for (const s of sourcesForLands(catalogue, answers.lands)) overrides[s.id] = { ...overrides[s.id], enabled: true };
  return {
    watch: watchFromWelcome(answers, settings.watch),
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
