import { LAND_NAMES, THEME_IDS, THEME_LABELS } from '../lib/labels';
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
function explained(reason: string): Record<string, string> {
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

export interface TagEditorProps extends TagReasons {
  title: string;
  regions: RegionCode[];
  themes: string[];
  ruleLabels?: Record<string, string>;
  onEdit(facet: 'regions' | 'themes', value: string, action: 'add' | 'remove'): void;
  onClose(): void;
}

/**
 * The user's corrections of one item's tags: every tag with its reason in words and a button
 * to remove it; a choice of Länder and themes to add. Removed tags stay listed, so they can be
 * added back.
 */
export function TagEditor(props: TagEditorProps) {
  const { t, lang } = useI18n();
  const regionChoices = (Object.keys(LAND_NAMES) as RegionCode[]).filter((r) => !props.regions.includes(r));
  const themeChoices = [...THEME_IDS, ...Object.keys(props.ruleLabels ?? {})].filter((id) => !props.themes.includes(id));
  const removed = [
    ...(props.userTags?.removed.regions ?? []).map((r) => LAND_NAMES[r] ?? r),
    ...(props.userTags?.removed.themes ?? []).map((id) => themeLabel(id, lang, props.ruleLabels)),
  ];
  const row = (facet: 'regions' | 'themes', value: string, label: string) => {
    const reason = tagReason(t, facet, value, label, props);
    const short = tagReason(t, facet, value, label, props, false);
    return (
      <li key={`${facet}:${value}`} class={`tag-edit-row chip-${facet === 'regions' ? 'land' : 'theme'}-row`}>
        <span class="tag-edit-label">{label}</span>
        {short ? <span class="tag-edit-reason">{short}</span> : null}
        <button type="button" class="tag-remove" aria-label={t('removeTag', [label])} {...explained(reason)} onClick={() => props.onEdit(facet, value, 'remove')}>
          ×
        </button>
      </li>
    );
  };
  const onAdd = (facet: 'regions' | 'themes') => (e: Event) => {
    const el = e.currentTarget as HTMLSelectElement;
    // The select is controlled (value ""): it shows its prompt again when the item re-renders.
    if (el.value) props.onEdit(facet, el.value, 'add');
  };
  const ambiguous = (props.places ?? []).filter((p) => p.ambiguous);
  return (
    <section class="tag-editor" aria-label={t('editTagsOf', [props.title])}>
      <h2 class="tag-editor-title">{t('editTagsOf', [props.title])}</h2>
      {props.regions.length + props.themes.length === 0 ? <p class="tag-edit-none">{t('noTags')}</p> : null}
      <ul class="tag-edit-list">
        {props.regions.map((r) => row('regions', r, LAND_NAMES[r] ?? r))}
        {props.themes.map((id) => row('themes', id, themeLabel(id, lang, props.ruleLabels)))}
      </ul>
      {ambiguous.length ? <p class="tag-edit-note">{ambiguous.map((p) => t('tagAmbiguous', [p.name])).join(' · ')}</p> : null}
      {removed.length ? <p class="tag-edit-note">{t('tagRemovedByUser', [removed.join(', ')])}</p> : null}
      <div class="tag-edit-add">
        <label>
          <span class="sr-only">{t('addRegionTag')}</span>
          <select onChange={onAdd('regions')} value="">
            <option value="">{t('addRegionTag')}</option>
            {regionChoices.map((r) => <option key={r} value={r}>{LAND_NAMES[r]}</option>)}
          </select>
        </label>
        <label>
          <span class="sr-only">{t('addThemeTag')}</span>
          <select onChange={onAdd('themes')} value="">
            <option value="">{t('addThemeTag')}</option>
            {themeChoices.map((id) => <option key={id} value={id}>{themeLabel(id, lang, props.ruleLabels)}</option>)}
          </select>
        </label>
        <button type="button" onClick={props.onClose}>{t('closeTagEditor')}</button>
      </div>
    </section>
  );
}
