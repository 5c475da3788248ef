import { LAND_NAMES, THEME_LABELS } from '../lib/labels';
import { SOURCE_EVIDENCE, type Place, type RegionCode, type TagEvidence, type UserTags } from '../lib/model';
import type { Translate } from '../lib/ui/i18n';
import { useI18n } from './i18n';

/** The display name of a theme id, falling back to a user rule's label, then the id. */
export function themeLabel(id: string, lang: 'de' | 'en', ruleLabels: Record<string, string> = {}): string {
  return THEME_LABELS[id]?.[lang] ?? ruleLabels[id] ?? id;
}

/** What a chip needs to explain itself: the item's evidence, places and the user's corrections. */
export interface TagReasons {
  evidence?: TagEvidence;
  places?: Place[];
  userTags?: UserTags;
}

/**
 * Why an item carries a tag, as one sentence: "Bayern — wegen: Münchner · Orte: München",
 * "… von Ihnen hinzugefügt" for the user's own tags; '' when nothing is known.
 */
export function tagReason(t: Translate, facet: 'regions' | 'themes', value: string, label: string, r: TagReasons, withLabel = true): string {
  const parts: string[] = [];
  if ((r.userTags?.added[facet] as string[] | undefined)?.includes(value)) parts.push(withLabel ? `${label} — ${t('tagByUser')}` : t('tagByUser'));
  const words = (facet === 'regions' ? r.evidence?.regions[value as RegionCode] : r.evidence?.themes[value]) ?? [];
  const shown = words.map((w) => (w === SOURCE_EVIDENCE ? t('tagSourceLand') : w));
  if (shown.length && !parts.length) parts.push(withLabel ? t('tagBecause', [label, shown.join(', ')]) : t('tagBecauseShort', [shown.join(', ')]));
  if (facet === 'regions') {
    const places = (r.places ?? []).filter((p) => p.land === value && !p.ambiguous).map((p) => p.name);
    if (places.length) parts.push(t('tagPlaces', [places.join(', ')]));
  }
  return parts.join(' · ');
}

/** Props for an element that explains itself on hover (title) and to assistive technology. */
export function explained(reason: string): Record<string, string> {
  return reason ? { title: reason, 'aria-description': reason } : {};
}

/**
 * Land and theme chips of one item. Each chip tells why it is there on hover (and to screen
 * readers): "Bayern — wegen: Münchner"; a tag the user added is marked as theirs.
 */
export function TagChips(props: { regions: RegionCode[]; themes: string[]; ruleLabels?: Record<string, string> } & TagReasons) {
  const { t, lang } = useI18n();
  if (props.regions.length === 0 && props.themes.length === 0) return null;
  const mine = (facet: 'regions' | 'themes', v: string) => (props.userTags?.added[facet] as string[] | undefined)?.includes(v);
  return (
    <ul class="chips" aria-label={t('chipsLabel')}>
      {props.regions.map((r) => {
        const label = LAND_NAMES[r] ?? r;
        return (
          <li key={r} class={`chip chip-land${mine('regions', r) ? ' chip-user' : ''}`} {...explained(tagReason(t, 'regions', r, label, props))}>
            {label}
          </li>
        );
      })}
      {props.themes.map((id) => {
        const label = themeLabel(id, lang, props.ruleLabels);
        return (
          <li key={id} class={`chip chip-theme${mine('themes', id) ? ' chip-user' : ''}`} {...explained(tagReason(t, 'themes', id, label, props))}>
            {label}
          </li>
        );
      })}
    </ul>
  );
}
