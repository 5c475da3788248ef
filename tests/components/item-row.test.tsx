import { describe, expect, it, vi } from 'vitest';
import { ItemRow } from '../../components/ItemRow';
import type { Item } from '../../lib/model';
import { fire, mount, NOW } from './dom';

function item(over: Partial<Item> = {}): Item {
  return {
    id: 'k21|1', sourceId: 'k21', key: '1', guid: '1',
    title: 'Nürnberg: Vier Abholstationen für Ausweisdokumente',
    link: 'https://www.kommune21.de/meldung/1',
    summary: '[19.05.2025] Die Stadt Nürnberg hat vier Abholstationen für Personalausweise in Betrieb genommen.',
    categories: [], publishedAt: NOW - 3 * 3_600_000,
    regions: ['BY'], places: [{ name: 'Nürnberg', ags: '09564000', land: 'BY' }], themes: ['buergerservice'],
    firstSeenAt: NOW - 3 * 3_600_000, sortAt: NOW - 3 * 3_600_000, updatedAt: NOW, unread: 1, notifiedAt: 0, tagVersion: 'v1',
    ...over,
  };
}

const row = (i: Item, onOpen = vi.fn()) =>
  mount(<ItemRow item={i} index={0} sourceName="Kommune21" selected={false} onOpen={onOpen} onHover={() => {}} />);
const comfortable = (i: Item) =>
  mount(<ItemRow item={i} index={0} sourceName="Kommune21" selected={false} density="comfortable" onOpen={vi.fn()} onHover={() => {}} />);

describe('ItemRow', () => {
  it('E08 names the other sources of the article as a "+N" chip on the compact line, with a tooltip and screen-reader text', () => {
    const root = mount(<ItemRow item={item()} index={0} sourceName="Kommune21" alsoIn={['Behörden Spiegel', 'eGovernment']} selected={false} onOpen={vi.fn()} onHover={() => {}} />);
    const line = root.querySelector('.row-title')!;
    const chip = line.querySelector('.row-meta-inline .also-in')!;
    expect(chip.querySelector('[aria-hidden="true"]')!.textContent).toBe('+2');
    expect(chip.getAttribute('title')).toBe('Auch in: Behörden Spiegel, eGovernment');
    expect(chip.querySelector('.sr-only')!.textContent).toBe(' (Auch in: Behörden Spiegel, eGovernment)');
    // Still one line: nothing but the title line is rendered for an unselected compact row.
    expect([...root.firstElementChild!.children].map((c) => c.className)).toEqual(['row-title']);
    expect(row(item()).querySelector('.also-in')).toBeNull();
    const en = mount(<ItemRow item={item()} index={0} sourceName="Kommune21" alsoIn={['BSI']} selected={false} density="comfortable" onOpen={vi.fn()} onHover={() => {}} />, 'en');
    expect(en.querySelector('.row-meta .also-in')!.getAttribute('title')).toBe('Also in: BSI');
  });

  it('compact (the default): title, source, age and Land on one line; the teaser only once selected', () => {
    const root = row(item());
    const line = root.querySelector('.row-title')!;
    expect(line.querySelector('.title-text')!.textContent).toBe('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    expect(line.querySelector('.source')!.textContent).toBe('Kommune21');
    expect(line.querySelector('time')!.textContent).toBe('3 Std.');
    expect(line.querySelector('.lands')!.textContent).toContain('BY');
    expect(root.querySelector('.row-teaser')).toBeNull();
    expect(root.querySelector('.row-actions')).toBeNull();
    const selected = mount(<ItemRow item={item()} index={0} sourceName="Kommune21" selected onOpen={vi.fn()} onHover={() => {}} onAction={vi.fn()} />);
    expect(selected.querySelector('.row-teaser')!.textContent).toContain('Personalausweise');
    expect([...selected.querySelectorAll('.chip-land')].map((c) => c.textContent)).toEqual(['Bayern']);
  });

  it('every selected item offers Merken, Gelesen/Ungelesen, Ausblenden and Link kopieren; a click acts and does not open', () => {
    const onAction = vi.fn();
    const onOpen = vi.fn();
    const root = mount(<ItemRow item={item()} index={0} sourceName="Kommune21" selected onOpen={onOpen} onHover={() => {}} onAction={onAction} />);
    expect([...root.querySelectorAll('.row-action')].map((a) => a.textContent!.slice(2))).toEqual(['Merken', 'Gelesen', 'Ausblenden', 'Link kopieren']);
    fire(root.querySelector('[data-action="star"]')!, 'click');
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'k21|1' }), 'star');
    expect(onOpen).not.toHaveBeenCalled();
    const kept = mount(<ItemRow item={item({ starred: 1, unread: 0, link: '' })} index={0} sourceName="K" selected onOpen={onOpen} onHover={() => {}} onAction={onAction} />);
    expect([...kept.querySelectorAll('.row-action')].map((a) => a.textContent!.slice(2))).toEqual(['Nicht mehr merken', 'Ungelesen', 'Ausblenden']);
    expect(kept.querySelector('.sr-only')!.textContent).toContain('gemerkt');
  });

  it('comfortable: title, source, a German relative date, the teaser and Land and theme chips', () => {
    const root = comfortable(item());
    const text = root.textContent ?? '';
    expect(text).toContain('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    expect(text).toContain('Kommune21');
    expect(root.querySelector('time')!.textContent).toBe('vor 3 Std.');
    expect(root.querySelector('.row-teaser')!.textContent).toContain('Personalausweise');
    expect([...root.querySelectorAll('.chip-land')].map((c) => c.textContent)).toEqual(['Bayern']);
    expect([...root.querySelectorAll('.chip-theme')].map((c) => c.textContent)).toEqual(['Bürgerservice']);
    expect(root.querySelector('[role="option"]')!.getAttribute('aria-disabled')).toBeNull();
  });

  it('opens the item on click', () => {
    const onOpen = vi.fn();
    const root = row(item(), onOpen);
    fire(root.querySelector('[role="option"]')!, 'click');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'k21|1' }));
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', ''])(
    'D02 an item with link %j is plain, non-clickable text',
    (link) => {
      const onOpen = vi.fn();
      const root = row(item({ link }), onOpen);
      const option = root.querySelector('[role="option"]')!;
      fire(option, 'click');
      expect(onOpen).not.toHaveBeenCalled();
      expect(option.getAttribute('aria-disabled')).toBe('true');
      expect(root.querySelector('a')).toBeNull();
    },
  );

  it('D01 markup in title and teaser is shown as text, never as elements', () => {
    const root = comfortable(item({
      title: '<script>alert(1)</script><b>Neu</b>',
      summary: '<img src=x onerror=alert(1)> Text',
    }));
    expect(root.querySelector('script, img, b')).toBeNull();
    expect(root.querySelector('.title-text')!.textContent).toBe('<script>alert(1)</script><b>Neu</b>');
    expect(root.innerHTML).not.toContain('<img');
    const onAttrs = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'));
    expect(onAttrs).toEqual([]);
  });

  it('marks unread items for screen readers and not read ones', () => {
    expect(row(item()).querySelector('.sr-only')!.textContent).toContain('ungelesen');
    expect(row(item({ unread: 0 })).querySelector('.sr-only')).toBeNull();
  });
});
