import { describe, expect, it } from 'vitest';
import { LAND_CODES } from '../../lib/model';
import { moveTile, shadeLevel, TILE_POSITIONS, type TileMove } from '../../lib/ui/tile-grid';

describe('tile grid', () => {
  it.each([
    [0, 10, 0], [1, 100, 1], [25, 100, 2], [50, 100, 3], [100, 100, 4], [5, 0, 0], [200, 100, 4],
  ])('shadeLevel(%i, %i) = %i', (count, max, level) => {
    expect(shadeLevel(count, max)).toBe(level);
  });

  it.each<[string, TileMove, string]>([
    ['HE', 'ArrowRight', 'TH'], ['HE', 'ArrowLeft', 'RP'], ['HE', 'ArrowUp', 'NI'], ['HE', 'ArrowDown', 'BW'],
    ['NI', 'ArrowUp', 'HB'], ['SN', 'ArrowDown', 'BY'], ['BB', 'ArrowDown', 'SN'], ['SH', 'ArrowDown', 'HH'],
    ['BY', 'ArrowRight', 'SN'], ['BB', 'ArrowRight', 'BB'], ['NW', 'ArrowLeft', 'NW'], ['BW', 'End', 'BY'], ['BY', 'Home', 'SH'],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(moveTile(from as never, key)).toBe(to);
  });

  it('every tile can be reached from every other by arrow keys', () => {
    for (const start of LAND_CODES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        const c = queue.shift()!;
        for (const k of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const) {
          const n = moveTile(c, k);
          if (!seen.has(n)) (seen.add(n), queue.push(n));
        }
      }
      expect(seen.size, start).toBe(16);
    }
    expect(Object.keys(TILE_POSITIONS)).toHaveLength(16);
  });
});
