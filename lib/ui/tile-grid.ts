/**
 * The tile-grid map of Germany as data: each Land a cell of a 5 × 5 grid, placed roughly
 * where it lies (the small-multiples layout newsrooms use), with the shading of a count and
 * the arrow-key moves between tiles. No geometry, no map data.
 */
import { LAND_NAMES } from '../labels';
import { LAND_CODES, type LandCode } from '../model';

export interface TilePosition {
  row: number;
  col: number;
}

/** Row and column (0-based) of each Land: north at the top, west on the left. */
export const TILE_POSITIONS: Readonly<Record<LandCode, TilePosition>> = {
  SH: { row: 0, col: 2 },
  HB: { row: 1, col: 1 }, HH: { row: 1, col: 2 }, MV: { row: 1, col: 3 },
  NW: { row: 2, col: 0 }, NI: { row: 2, col: 1 }, ST: { row: 2, col: 2 }, BE: { row: 2, col: 3 }, BB: { row: 2, col: 4 },
  RP: { row: 3, col: 0 }, HE: { row: 3, col: 1 }, TH: { row: 3, col: 2 }, SN: { row: 3, col: 3 },
  SL: { row: 4, col: 0 }, BW: { row: 4, col: 1 }, BY: { row: 4, col: 2 },
};

export const GRID_ROWS = 5;
export const GRID_COLS = 5;

/** Number of shades above zero. */
export const SHADE_LEVELS = 4;

/**
 * The shade of `count` against the largest count on the map: 0 for none, else 1…4 on a
 * square-root scale, so that one Land with many items does not leave all others pale.
 */
export function shadeLevel(count: number, max: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.max(1, Math.min(SHADE_LEVELS, Math.ceil(SHADE_LEVELS * Math.sqrt(Math.min(count, max) / max))));
}

/** The Länder with their counts, most items first, then by German name (what a screen reader lists). */
export function landsByCount(counts: Readonly<Partial<Record<string, number>>>): { code: LandCode; count: number }[] {
  return LAND_CODES.map((code) => ({ code, count: counts[code] ?? 0 })).sort(
    (a, b) => b.count - a.count || LAND_NAMES[a.code].localeCompare(LAND_NAMES[b.code], 'de'),
  );
}

export type TileMove = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

const READING_ORDER: LandCode[] = [...LAND_CODES].sort(
  (a, b) => TILE_POSITIONS[a].row - TILE_POSITIONS[b].row || TILE_POSITIONS[a].col - TILE_POSITIONS[b].col,
);

/**
 * The tile an arrow key moves to from `from`: the nearest tile in that direction, preferring
 * the same row (or column); `from` itself when there is none. Home and End go to the first
 * and last tile in reading order (Schleswig-Holstein, Bayern).
 */
export function moveTile(from: LandCode, key: TileMove): LandCode {
  if (key === 'Home') return READING_ORDER[0]!;
  if (key === 'End') return READING_ORDER[READING_ORDER.length - 1]!;
  const p = TILE_POSITIONS[from];
  const [dr, dc] = ({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] } as const)[key];
  let best: LandCode = from;
  let bestScore = Infinity;
  for (const code of READING_ORDER) {
    const q = TILE_POSITIONS[code];
    const along = (q.row - p.row) * dr + (q.col - p.col) * dc;
    if (along <= 0) continue;
    const across = Math.abs(dr === 0 ? q.row - p.row : q.col - p.col);
    const score = along + 2 * across;
    if (score < bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}

export function isTileMove(key: string): key is TileMove {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}
