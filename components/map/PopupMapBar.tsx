import { useState } from 'preact/hooks';
import type { ViewFilter } from '../../lib/messages';
import { readerStateToSearch } from '../../lib/ui/reader-state';
import type { FacetCounts } from '../FilterBar';
import { useI18n } from '../i18n';
import { useLazy } from '../../lib/ui/use-lazy';
import './tile-map.css';

const loadTileMap = () => import('./TileMap').then((m) => m.TileMap);

/** The full page's address for what the popup shows (its Land, theme, search and unread choice). */
export function readerHref(filter: ViewFilter): string {
  return `reader.html${readerStateToSearch({
    view: filter.unreadOnly ? 'unread' : 'all',
    region: filter.regions?.[0],
    theme: filter.themes?.[0],
    search: filter.search,
  })}`;
}

/**
 * Above the popup's list: a toggle for the compact map of the Länder (a click on a tile
 * filters by that Land, a second click clears it) and the way to the full page.
 */
export function PopupMapBar({ filter, counts, onChange }: { filter: ViewFilter; counts: FacetCounts; onChange(filter: ViewFilter): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // The map's code loads when it is first shown: most openings of the popup never show it.
  const TileMap = useLazy(loadTileMap, open);
  const region = filter.regions?.[0];
  return (
    <div class="mapbar">
      <div class="mapbar-row">
        <button type="button" class="linklike" aria-expanded={open} aria-controls="popup-map" onClick={() => setOpen(!open)}>
          {open ? t('mapHide') : t('mapShow')}
        </button>
        <a href={readerHref(filter)} target="_blank" rel="noopener">{t('readerOpen')}</a>
      </div>
      {open ? (
        <div id="popup-map" class="mapbar-map" aria-busy={TileMap ? undefined : true}>
          {TileMap ? <TileMap
            size="compact"
            counts={counts.regions}
            label={t('mapLabel')}
            selected={region && region !== 'DE' ? region : null}
            onSelect={(code) => onChange({ ...filter, regions: region === code ? [] : [code] })}
          /> : null}
        </div>
      ) : null}
    </div>
  );
}
