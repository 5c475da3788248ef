import type { Ref } from 'preact';
import { LAND_NAMES, THEME_IDS } from '../lib/labels';
import { LAND_CODES, type RegionCode } from '../lib/model';
import type { ViewFilter } from '../lib/messages';
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
  onChange(filter: ViewFilter): void;
}

const REGIONS: RegionCode[] = ['DE', ...LAND_CODES];

/** Search and the Land and theme choice, with counts. */
export function FilterBar({ filter, counts, ruleLabels, searchRef, onChange }: FilterBarProps) {
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
    </div>
  );
}
