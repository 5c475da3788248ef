import type { ComponentChildren } from 'preact';
import { THEME_IDS } from '../../lib/labels';
import type { SourceRow } from '../../lib/store/views';
import { inTrouble } from '../../lib/ui/queries';
import { READER_VIEWS, toggleFacet, type ReaderState, type ReaderView } from '../../lib/ui/reader-state';
import { themeLabel } from '../Chips';
import type { FacetCounts } from '../FilterBar';
import { TileMap } from '../map/TileMap';
import { useI18n } from '../i18n';

export interface ReaderSidebarProps {
  state: ReaderState;
  counts: FacetCounts;
  sources: SourceRow[];
  ruleLabels: Record<string, string>;
  onChange(state: ReaderState): void;
  /** Shown after a theme's name (its sparkline). */
  themeExtra?(id: string): ComponentChildren;
  /** Shown after the map (the Länder's trend). */
  afterMap?: ComponentChildren;
}

const VIEW_KEYS: Record<ReaderView, string> = { all: 'readerViewAll', today: 'readerViewToday', unread: 'readerViewUnread', starred: 'starredView' };

function Choice(props: { pressed: boolean; onClick(): void; children: ComponentChildren; count?: number; extra?: ComponentChildren; data?: string }) {
  return (
    <li class="choice-row">
      <button type="button" class="choice" aria-pressed={props.pressed} data-choice={props.data} onClick={props.onClick}>
        <span class="choice-label">{props.children}</span>
        {props.extra}
        {props.count !== undefined ? <span class="choice-count">{props.count.toLocaleString('de-DE')}</span> : null}
      </button>
    </li>
  );
}

/** The left pane: the views, the map of the Länder, the themes and the sources with their health. */
export function ReaderSidebar({ state, counts, sources, ruleLabels, onChange, themeExtra, afterMap }: ReaderSidebarProps) {
  const { t, lang } = useI18n();
  const themeIds = [...THEME_IDS, ...Object.keys(counts.themes).filter((id) => !THEME_IDS.includes(id))];
  return (
    <nav class="sidebar" aria-label={t('readerFilters')}>
      <ul class="choices" aria-label={t('readerViews')}>
        {READER_VIEWS.map((view) => (
          <Choice key={view} data={`view-${view}`} pressed={state.view === view} onClick={() => onChange({ ...state, view })}>{t(VIEW_KEYS[view])}</Choice>
        ))}
      </ul>
      <h2 class="side-head">{t('readerLands')}</h2>
      <TileMap
        counts={counts.regions}
        label={t('mapLabel')}
        selected={state.region && state.region !== 'DE' ? state.region : null}
        onSelect={(code) => onChange(toggleFacet(state, 'region', code))}
      />
      <ul class="choices">
        <Choice data="region-DE" pressed={state.region === 'DE'} count={counts.regions.DE ?? 0} onClick={() => onChange(toggleFacet(state, 'region', 'DE'))}>
          {t('readerFederal')}
        </Choice>
      </ul>
      {afterMap}
      <h2 class="side-head">{t('themeLabel')}</h2>
      <ul class="choices">
        {themeIds.map((id) => (
          <Choice key={id} data={`theme-${id}`} pressed={state.theme === id} count={counts.themes[id] ?? 0} extra={themeExtra?.(id)} onClick={() => onChange(toggleFacet(state, 'theme', id))}>
            {themeLabel(id, lang, ruleLabels)}
          </Choice>
        ))}
      </ul>
      <h2 class="side-head">{t('readerSources')}</h2>
      <ul class="choices">
        {sources.filter((r) => r.source.enabled !== false).map(({ source, state: st }) => {
          const trouble = inTrouble(st);
          return (
            <Choice key={source.id} data={`source-${source.id}`} pressed={state.sourceId === source.id} count={st?.itemCount} onClick={() => onChange(toggleFacet(state, 'sourceId', source.id))}>
              <span class={`health ${trouble ? 'health-bad' : st ? 'health-ok' : 'health-new'}`} aria-hidden="true" />
              {source.name}
              <span class="sr-only">{` (${t(`status_${st?.status ?? 'new'}`)})`}</span>
            </Choice>
          );
        })}
      </ul>
    </nav>
  );
}
