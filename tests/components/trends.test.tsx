import { describe, expect, it, vi } from 'vitest';
import { changePercent, LandTrendList, Sparkline, sparkPoints } from '../../components/reader/Trends';
import { fire, mount } from './dom';

describe('trends', () => {
  it('a sparkline rises where the counts rise, and tells its numbers to a screen reader', () => {
    const pts = sparkPoints([0, 2, 4], 60, 16).split(' ').map((p) => p.split(',').map(Number));
    expect(pts.map((p) => p[0])).toEqual([0, 30, 60]);
    expect(pts[0]![1]).toBeGreaterThan(pts[1]![1]!);
    expect(pts[1]![1]).toBeGreaterThan(pts[2]![1]!);
    const root = mount(<Sparkline values={[1, 0, 3]} />);
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('polyline')).not.toBeNull();
    expect(root.querySelector('.sr-only')!.textContent).toContain('letzte 12 Wochen: 1, 0, 3');
  });

  it('changePercent', () => {
    expect(changePercent({ recent: 12, before: 8 })).toBe(50);
    expect(changePercent({ recent: 3, before: 6 })).toBe(-50);
    expect(changePercent({ recent: 3, before: 0 })).toBeNull();
  });

  it('lists the Länder with items, most first, with the direction; a click filters', () => {
    const onSelect = vi.fn();
    const root = mount(
      <LandTrendList trends={{ BY: { recent: 12, before: 8 }, SN: { recent: 3, before: 6 }, HE: { recent: 0, before: 0 }, BE: { recent: 5, before: 0 } }} onSelect={onSelect} />,
    );
    const buttons = [...root.querySelectorAll('button[data-trend]')];
    expect(buttons.map((b) => b.getAttribute('data-trend'))).toEqual(['BY', 'BE', 'SN']);
    expect(buttons[0]!.querySelector('.delta')!.textContent).toBe('▲ +50 %');
    expect(buttons[2]!.querySelector('.delta')!.textContent).toBe('▼ -50 %');
    expect(buttons[1]!.querySelector('.delta')!.textContent).toBe('▲');
    expect(buttons[0]!.querySelector('.sr-only')!.textContent).toContain('12 Meldungen in den letzten 30 Tagen, 8 in den 30 Tagen davor');
    fire(buttons[2]!, 'click');
    expect(onSelect).toHaveBeenCalledWith('SN');
  });
});
