import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { TileMap } from '../../components/map/TileMap';
import { LAND_CODES } from '../../lib/model';
import { fire, mount } from './dom';

const COUNTS = { BY: 40, NW: 25, BE: 9, SN: 9, HB: 1, DE: 70 };

function press(el: Element, key: string): void {
  act(() => {
    const E = (globalThis as unknown as { Event: typeof Event }).Event;
    const e = new E('keydown', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'key', { value: key });
    el.dispatchEvent(e);
  });
}

/** linkedom keeps the attribute's case as Preact set it; browsers do not care. */
const tabIndexOf = (el: Element) => el.getAttribute('tabindex') ?? el.getAttribute('tabIndex');
const tiles = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-code]')];
const tile = (root: HTMLElement, code: string) => root.querySelector<HTMLElement>(`[data-code="${code}"]`)!;

describe('TileMap', () => {
  it('shows the sixteen Länder (not "bundesweit") with code and count', () => {
    const root = mount(<TileMap counts={COUNTS} label="Meldungen nach Land" onSelect={() => {}} />);
    expect(tiles(root).map((t) => t.dataset.code).sort()).toEqual([...LAND_CODES].sort());
    expect(tile(root, 'BY').querySelector('.tile-code')!.textContent).toBe('BY');
    expect(tile(root, 'BY').querySelector('.tile-count')!.textContent).toBe('40');
    expect(tile(root, 'TH').querySelector('.tile-count')!.textContent).toBe('0');
    expect(tile(root, 'BY').getAttribute('title')).toBe('Bayern');
  });

  it('places each tile roughly where the Land lies: north above south, west left of east', () => {
    const root = mount(<TileMap counts={COUNTS} label="Karte" onSelect={() => {}} />);
    const at = (code: string) => {
      const cls = tile(root, code).parentElement!.className;
      return { row: Number(/\br(\d)\b/.exec(cls)![1]), col: Number(/\bc(\d)\b/.exec(cls)![1]) };
    };
    expect(at('SH').row).toBeLessThan(at('NI').row);
    expect(at('NI').row).toBeLessThan(at('HE').row);
    expect(at('HE').row).toBeLessThan(at('BW').row);
    expect(at('NW').col).toBeLessThan(at('BB').col);
    expect(at('SL').col).toBeLessThan(at('BY').col);
    const cells = LAND_CODES.map((c) => `${at(c).row}/${at(c).col}`);
    expect(new Set(cells).size).toBe(16);
  });

  it('is a list sorted by count for a screen reader, each Land with its name and count', () => {
    const root = mount(<TileMap counts={COUNTS} label="Meldungen nach Land" onSelect={() => {}} />);
    const list = root.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).toBe('Meldungen nach Land');
    const spoken = [...list.querySelectorAll('li .sr-only')].map((s) => s.textContent);
    expect(spoken.slice(0, 5)).toEqual([
      'Bayern: 40 Meldungen', 'Nordrhein-Westfalen: 25 Meldungen', 'Berlin: 9 Meldungen', 'Sachsen: 9 Meldungen', 'Bremen: 1 Meldung',
    ]);
    // The rest (0 each) in German alphabetical order.
    expect(spoken[5]).toBe('Baden-Württemberg: 0 Meldungen');
    expect(spoken).toHaveLength(16);
  });

  it('shades by count: more items, a darker shade; none, the lightest', () => {
    const root = mount(<TileMap counts={COUNTS} label="Karte" onSelect={() => {}} />);
    const shade = (code: string) => Number(/shade-(\d)/.exec(tile(root, code).parentElement!.className)![1]);
    expect(shade('BY')).toBe(4);
    expect(shade('TH')).toBe(0);
    expect(shade('HB')).toBeGreaterThan(0);
    expect(shade('HB')).toBeLessThan(shade('NW'));
    expect(shade('BE')).toBeLessThanOrEqual(shade('NW'));
  });

  it('a click filters by that Land; the selected tile is pressed', () => {
    const onSelect = vi.fn();
    const root = mount(<TileMap counts={COUNTS} label="Karte" selected="NW" onSelect={onSelect} />);
    fire(tile(root, 'SN'), 'click');
    expect(onSelect).toHaveBeenCalledWith('SN');
    expect(tile(root, 'NW').getAttribute('aria-pressed')).toBe('true');
    expect(tile(root, 'SN').getAttribute('aria-pressed')).toBe('false');
  });

  it('has one tab stop (the selected Land) and arrow keys move it as the tiles lie', () => {
    const root = mount(<TileMap counts={COUNTS} label="Karte" selected="HE" onSelect={() => {}} />);
    const stops = () => tiles(root).filter((t) => tabIndexOf(t) === '0').map((t) => t.dataset.code);
    expect(stops()).toEqual(['HE']);
    press(tile(root, 'HE'), 'ArrowRight');
    expect(stops()).toEqual(['TH']);
    press(tile(root, 'TH'), 'ArrowDown');
    expect(stops()).toEqual(['BY']);
    press(tile(root, 'BY'), 'ArrowUp');
    press(tile(root, 'TH'), 'ArrowUp');
    expect(stops()).toEqual(['ST']);
    press(tile(root, 'ST'), 'Home');
    expect(stops()).toEqual(['SH']);
    press(tile(root, 'SH'), 'ArrowUp');
    expect(stops()).toEqual(['SH']);
  });

  it('as a static map, every tile is a link (no script needed) and nothing is a button', () => {
    const root = mount(<TileMap counts={COUNTS} label="Karte" hrefFor={(c) => `land/${c.toLowerCase()}.html`} />);
    expect(root.querySelector('button')).toBeNull();
    expect(tile(root, 'BY').tagName).toBe('A');
    expect(tile(root, 'BY').getAttribute('href')).toBe('land/by.html');
    expect(tabIndexOf(tile(root, 'BY'))).toBeNull();
  });

  it('speaks English in the English catalogue', () => {
    const root = mount(<TileMap counts={COUNTS} label="Map" onSelect={() => {}} />, 'en');
    expect(tile(root, 'HB').querySelector('.sr-only')!.textContent).toBe('Bremen: 1 item');
  });
});
