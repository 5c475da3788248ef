import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LAND_NAMES, THEME_IDS } from '../lib/labels';
import { LAND_CODES, type RegionCode } from '../lib/model';
import type { ViewFilter } from '../lib/messages';
import type { PlaceChoice } from '../lib/ui/place-search';
import { themeLabel } from './Chips';
import { useI18n } from './i18n';

export interface FacetCounts {
  regions: Record<string, number>;
  themes: Record<string, number>;
}

export interface FilterBarProps {
  filter: ViewFilter;
  counts: FacetCounts;
  ruleLabels: Record<string, string>;
  searchRef?: Ref<HTMLInputElement>;
  /** Sources to choose from, by the name the user sees. */
  sources?: { id: string; name: string }[];
  /** Completion for the place field (the gazetteer is loaded on first use). */
  suggestPlaces?: (query: string) => Promise<PlaceChoice[]>;
  /** How many items the current filter finds; null while unknown or without a filter. */
  hitCount?: number | null;
  onChange(filter: ViewFilter): void;
}

/** The place field: completes Kreise and Gemeinden; a chosen one filters, clearing it lifts the filter. */
function PlaceField({ filter, suggest, onChange }: { filter: ViewFilter; suggest: FilterBarProps['suggestPlaces']; onChange(f: ViewFilter): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<PlaceChoice[]>([]);
  const active = filter.places?.length ? filter.places[0] : undefined;
  useEffect(() => {
    if (!active) setText('');
  }, [active]);
  const input = (value: string) => {
    setText(value);
    const chosen = choices.find((c) => c.label === value);
    if (chosen) {
      onChange({ ...filter, places: [chosen.ags] });
      return;
    }
    if (active) onChange({ ...filter, places: [] });
    if (suggest && value.trim().length >= 2) void suggest(value).then(setChoices);
    else setChoices([]);
  };
  return (
    <label class="place">
      <span class="sr-only">{t('placeLabel')}</span>
      <input type="text" list="place-options" value={text} placeholder={t('placePlaceholder')} autocomplete="off"
        onInput={(e) => input(e.currentTarget.value)} />
      <datalist id="place-options">
        {choices.map((c) => <option key={c.ags} value={c.label} />)}
      </datalist>
    </label>
  );
}

const REGIONS: RegionCode[] = ['DE', ...LAND_CODES];

/** Search, the Land, theme, source and place choice, with counts and the number of hits. */
export function FilterBar({ filter, counts, ruleLabels, searchRef, sources = [], suggestPlaces, hitCount, onChange }: FilterBarProps) {
  const { t, lang } = useI18n();
  const region = filter.regions?.[0] ?? '';
  const theme = filter.themes?.[0] ?? '';
  const themeIds = [...THEME_IDS, ...Object.keys(counts.themes).filter((id) => !THEME_IDS.includes(id))];
  const regionNames = [...REGIONS].sort((a, b) => (a === 'DE' ? -1 : b === 'DE' ? 1 : LAND_NAMES[a].localeCompare(LAND_NAMES[b], 'de')));
  const withCount = (label: string, n: number | undefined) => `${label} (${n ?? 0})`;
  return (
    <div class="filters" role="search">
      <label class="search">
        <span class="sr-only">{t('searchLabel')}</span>
        <input
          ref={searchRef}
          aria-keyshortcuts="/"
          type="search"
          value={filter.search ?? ''}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => onChange({ ...filter, search: e.currentTarget.value })}
        />
      </label>
      <div class="filter-row">
        <label>
          <span class="sr-only">{t('regionLabel')}</span>
          <select
            value={region}
            onChange={(e) => {
              const v = e.currentTarget.value as RegionCode | '';
              onChange({ ...filter, regions: v ? [v] : [] });
            }}
          >
            <option value="">{t('allRegions')}</option>
            {regionNames.map((code) => (
              <option key={code} value={code}>{withCount(LAND_NAMES[code], counts.regions[code])}</option>
            ))}
          </select>
        </label>
        <label>
          <span class="sr-only">{t('themeLabel')}</span>
          <select
            value={theme}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ ...filter, themes: v ? [v] : [] });
            }}
          >
            <option value="">{t('allThemes')}</option>
            {themeIds.map((id) => (
              <option key={id} value={id}>{withCount(themeLabel(id, lang, ruleLabels), counts.themes[id])}</option>
            ))}
          </select>
        </label>
      </div>
      <div class="filter-row">
        <label>
          <span class="sr-only">{t('sourceLabel')}</span>
          <select value={filter.sourceIds?.[0] ?? ''} onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...filter, sourceIds: v ? [v] : [] });
          }}>
            <option value="">{t('allSources')}</option>
            {[...sources].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((src) => (
              <option key={src.id} value={src.id}>{src.name}</option>
            ))}
          </select>
        </label>
        <PlaceField filter={filter} suggest={suggestPlaces} onChange={onChange} />
      </div>
      {hitCount !== undefined && hitCount !== null ? <p class="hits" aria-live="polite">{t('hitCount', [hitCount])}</p> : null}
    </div>
  );
}
