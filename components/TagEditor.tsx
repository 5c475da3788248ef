/**
 * The tag editor (remove a wrong Land, theme or place, add a missing one), loaded when a person
 * first opens it (LazyItemTagEditor): most openings of the popup and the full page never do.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LAND_NAMES, THEME_IDS, THEME_LABELS } from '../lib/labels';
import type { Command } from '../lib/messages';
import type { Item, Place, RegionCode } from '../lib/model';
import type { Translate } from '../lib/ui/i18n';
import type { PlaceChoice } from '../lib/ui/place-search';
import { tagEditCommand, tagEditDoneKey } from '../lib/ui/tag-edits';
import type { TagFacet } from '../lib/tag/user-tags';
import { explained, tagReason, themeLabel, type TagReasons } from './Chips';
import { useI18n } from './i18n';

export interface TagEditorProps extends TagReasons {
  title: string;
  regions: RegionCode[];
  themes: string[];
  ruleLabels?: Record<string, string>;
  /** Shows the item's title as the editor's heading (the popup); the full page has it just above. */
  heading?: boolean;
  /** Completion of Kreise and Gemeinden for adding a place; without it no place can be added. */
  suggestPlaces?(query: string): Promise<PlaceChoice[]>;
  /** One change; `name` is the name of a place added (`value` its AGS). */
  onEdit(facet: TagFacet, value: string, action: 'add' | 'remove', name?: string): void;
  onClose(): void;
}

/** Why an item names a place, without the place's name: the user's, or the words behind it. */
function placeReason(t: Translate, p: Place, r: TagReasons): string {
  if ((r.userTags?.added.places ?? []).some((q) => q.ags === p.ags)) return t('tagByUser');
  const words = r.evidence?.places[p.ags] ?? [];
  return words.length ? t('tagBecauseShort', [words.join(', ')]) : '';
}

/** The field that adds a place: completes Kreise and Gemeinden; choosing one adds it. */
function AddPlace({ suggest, onAdd }: { suggest(query: string): Promise<PlaceChoice[]>; onAdd(choice: PlaceChoice): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<PlaceChoice[]>([]);
  const input = (value: string) => {
    const chosen = choices.find((c) => c.label === value);
    if (chosen) {
      setText('');
      setChoices([]);
      onAdd(chosen);
      return;
    }
    setText(value);
    if (value.trim().length >= 2) void suggest(value).then(setChoices);
    else setChoices([]);
  };
  return (
    <label class="tag-add-place">
      <span class="sr-only">{t('addPlaceTag')}</span>
      <input type="text" list="tag-place-options" value={text} placeholder={t('addPlaceTag')} autocomplete="off"
        onInput={(e) => input(e.currentTarget.value)} />
      <datalist id="tag-place-options">
        {choices.map((c) => <option key={c.ags} value={c.label} />)}
      </datalist>
    </label>
  );
}

/**
 * The user's corrections of one item's tags: every tag with its reason in words and a button
 * to remove it; a choice of Länder and themes to add. Removed tags stay listed, so they can be
 * added back. For the keyboard: after a removal the focus goes to the next tag's button (or the
 * first choice), each change is announced, and Escape closes the editor.
 */
export function TagEditor(props: TagEditorProps) {
  const { t, lang } = useI18n();
  const section = useRef<HTMLElement>(null);
  // The row whose button was pressed, until the item comes back without it.
  const refocus = useRef<number | null>(null);
  const [said, setSaid] = useState('');
  const shownPlaces = (props.places ?? []).filter((p) => !p.ambiguous);
  const count = props.regions.length + props.themes.length + shownPlaces.length;
  useEffect(() => {
    const at = refocus.current;
    if (at === null || !section.current) return;
    refocus.current = null;
    const buttons = section.current.querySelectorAll<HTMLElement>('.tag-remove');
    (buttons[Math.min(at, buttons.length - 1)] ?? section.current.querySelector<HTMLElement>('select'))?.focus();
  }, [count]);

  const regionChoices = (Object.keys(LAND_NAMES) as RegionCode[]).filter((r) => !props.regions.includes(r));
  const themeChoices = [...THEME_IDS, ...Object.keys(props.ruleLabels ?? {})].filter((id) => !props.themes.includes(id));
  const removed = [
    ...(props.userTags?.removed.regions ?? []).map((r) => LAND_NAMES[r] ?? r),
    ...(props.userTags?.removed.themes ?? []).map((id) => themeLabel(id, lang, props.ruleLabels)),
  ];
  const labelOf = (facet: TagFacet, value: string, name?: string) =>
    facet === 'regions' ? LAND_NAMES[value as RegionCode] ?? value
      : facet === 'places' ? name ?? shownPlaces.find((p) => p.ags === value)?.name ?? value
        : themeLabel(value, lang, props.ruleLabels);
  const edit = (facet: TagFacet, value: string, action: 'add' | 'remove', name?: string) => {
    setSaid(t(tagEditDoneKey({ action }), [labelOf(facet, value, name)]));
    if (name === undefined) props.onEdit(facet, value, action);
    else props.onEdit(facet, value, action, name);
  };
  const row = (facet: TagFacet, value: string, label: string, index: number) => {
    const reason = facet === 'places' ? placeReason(t, shownPlaces.find((p) => p.ags === value)!, props) : tagReason(t, facet, value, label, props);
    const short = facet === 'places' ? reason : tagReason(t, facet, value, label, props, false);
    return (
      <li key={`${facet}:${value}`} class={`tag-edit-row chip-${facet === 'regions' ? 'land' : facet === 'places' ? 'place' : 'theme'}-row`}>
        <span class="tag-edit-label">{label}</span>
        {short ? <span class="tag-edit-reason">{short}</span> : null}
        <button type="button" class="tag-remove" aria-label={t('removeTag', [label])} {...explained(reason)} onClick={() => {
          refocus.current = index;
          edit(facet, value, 'remove');
        }}>
          ×
        </button>
      </li>
    );
  };
  const onAdd = (facet: 'regions' | 'themes') => (e: Event) => {
    const el = e.currentTarget as HTMLSelectElement;
    // The select is controlled (value ""): it shows its prompt again when the item re-renders.
    if (el.value) edit(facet, el.value, 'add');
  };
  const ambiguous = (props.places ?? []).filter((p) => p.ambiguous);
  return (
    <section ref={section} class="tag-editor" aria-label={t('editTagsOf', [props.title])} onKeyDown={(e) => {
      if (e.key !== 'Escape') return;
      // The editor's own: the page's keys (the full page's Escape, the popup's) do not see it.
      e.stopPropagation();
      props.onClose();
    }}>
      {props.heading !== false ? <h2 class="tag-editor-title">{t('editTagsOf', [props.title])}</h2> : null}
      {count === 0 ? <p class="tag-edit-none">{t('noTags')}</p> : null}
      <ul class="tag-edit-list">
        {props.regions.map((r, i) => row('regions', r, LAND_NAMES[r] ?? r, i))}
        {props.themes.map((id, i) => row('themes', id, themeLabel(id, lang, props.ruleLabels), props.regions.length + i))}
        {shownPlaces.map((p, i) => row('places', p.ags, p.name, props.regions.length + props.themes.length + i))}
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
        {props.suggestPlaces ? <AddPlace suggest={props.suggestPlaces} onAdd={(c) => edit('places', c.ags, 'add', c.label)} /> : null}
        <button type="button" onClick={props.onClose}>{t('closeTagEditor')}</button>
      </div>
      <p class="sr-only" role="status">{said}</p>
    </section>
  );
}

/** What the tag editor shows of a stored item. */
export type EditableItem = Pick<Item, 'id' | 'title' | 'regions' | 'themes' | 'evidence' | 'places' | 'userTags'>;

/**
 * The tag editor of one stored item, as the popup and the full page show it: each change
 * becomes the typed `edit-tags` command, which the page sends to the background.
 */
export function ItemTagEditor({ item, ruleLabels, heading, suggestPlaces, onCommand, onClose }: {
  item: EditableItem;
  ruleLabels?: Record<string, string>;
  heading?: boolean;
  suggestPlaces?(query: string): Promise<PlaceChoice[]>;
  onCommand(cmd: Command): void;
  onClose(): void;
}) {
  return (
    <TagEditor
      title={item.title}
      regions={item.regions}
      themes={item.themes}
      ruleLabels={ruleLabels}
      evidence={item.evidence}
      places={item.places}
      userTags={item.userTags}
      heading={heading}
      suggestPlaces={suggestPlaces}
      onEdit={(facet, value, action, name) => onCommand(tagEditCommand(item.id, { facet, value, action, ...(name !== undefined ? { name } : {}) }))}
      onClose={onClose}
    />
  );
}
