import { useRef, useState } from 'preact/hooks';
import { LAND_NAMES } from '../../lib/labels';
import type { LandCode } from '../../lib/model';
import { isTileMove, landsByCount, moveTile, shadeLevel, TILE_POSITIONS } from '../../lib/ui/tile-grid';
import { useI18n } from '../i18n';

export interface TileMapProps {
  /** Items per Land in the period shown; missing Länder count 0. */
  counts: Readonly<Partial<Record<string, number>>>;
  /** Names the map for assistive technology ("Meldungen der letzten 30 Tage nach Land"). */
  label: string;
  /** The Land the view is filtered by, if any. */
  selected?: LandCode | null;
  /** Interactive map: tiles are buttons that call this (filter by that Land). */
  onSelect?(code: LandCode): void;
  /** Static map (published site): tiles are links to these addresses; works without script. */
  hrefFor?(code: LandCode): string;
  size?: 'compact' | 'large';
}

/**
 * The sixteen Länder as a tile grid, each tile roughly where the Land lies, with its count,
 * shaded by that count. In the DOM the tiles are a list sorted by count (most first), which is
 * what a screen reader reads; CSS grid places each tile on the map (classes r1…r5, c1…c5, so
 * that no inline style is needed). As buttons the tiles have
 * one tab stop (roving tab index) and the arrow keys move between them as they lie on the map.
 */
export function TileMap({ counts, label, selected = null, onSelect, hrefFor, size = 'large' }: TileMapProps) {
  const { t, lang } = useI18n();
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const lands = landsByCount(counts);
  const max = lands[0]?.count ?? 0;
  const [focusCode, setFocusCode] = useState<LandCode | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const tabStop = focusCode ?? selected ?? lands[0]!.code;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!isTileMove(e.key)) return;
    e.preventDefault();
    const next = moveTile(tabStop, e.key);
    setFocusCode(next);
    listRef.current?.querySelector<HTMLElement>(`[data-code="${next}"]`)?.focus();
  };

  return (
    <ul
      ref={listRef}
      class={`tilemap tilemap-${size}`}
      aria-label={label}
    >
      {lands.map(({ code, count }) => {
        const { row, col } = TILE_POSITIONS[code];
        const name = LAND_NAMES[code];
        const spoken = t(count === 1 ? 'mapTileOne' : 'mapTileMany', [name, count.toLocaleString(locale)]);
        const body = (
          <>
            <span class="tile-code" aria-hidden="true">{code}</span>
            <span class="tile-count" aria-hidden="true">{count.toLocaleString(locale)}</span>
            <span class="sr-only">{spoken}</span>
          </>
        );
        const isSelected = selected === code;
        return (
          <li
            key={code}
            class={`tile r${row + 1} c${col + 1} shade-${shadeLevel(count, max)}${isSelected ? ' tile-selected' : ''}`}
          >
            {hrefFor ? (
              <a href={hrefFor(code)} title={name} data-code={code} aria-current={isSelected ? 'page' : undefined}>{body}</a>
            ) : (
              <button
                type="button"
                title={name}
                data-code={code}
                tabIndex={code === tabStop ? 0 : -1}
                aria-pressed={isSelected}
                onClick={() => {
                  setFocusCode(code);
                  onSelect?.(code);
                }}
                onFocus={() => setFocusCode(code)}
                onKeyDown={onKeyDown}
              >
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
