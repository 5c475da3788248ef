import { LAND_NAMES, THEME_LABELS } from '../lib/labels';
import type { RegionCode } from '../lib/model';
import { useI18n } from './i18n';

/** The display name of a theme id, falling back to a user rule's label, then the id. */
export function themeLabel(id: string, lang: 'de' | 'en', ruleLabels: Record<string, string> = {}): string {
  return THEME_LABELS[id]?.[lang] ?? ruleLabels[id] ?? id;
}

/** Land and theme chips of one item. */
export function TagChips(props: { regions: RegionCode[]; themes: string[]; ruleLabels?: Record<string, string> }) {
  const { t, lang } = useI18n();
  if (props.regions.length === 0 && props.themes.length === 0) return null;
  return (
    <ul class="chips" aria-label={t('chipsLabel')}>
      {props.regions.map((r) => (
        <li key={r} class="chip chip-land">{LAND_NAMES[r] ?? r}</li>
      ))}
      {props.themes.map((id) => (
        <li key={id} class="chip chip-theme">{themeLabel(id, lang, props.ruleLabels)}</li>
      ))}
    </ul>
  );
}
