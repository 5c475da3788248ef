import { describe, expect, it, vi } from 'vitest';
import { PopupMapBar, readerHref } from '../../components/map/PopupMapBar';
import { fire, mount } from './dom';

const COUNTS = { regions: { BY: 12, SN: 3, DE: 4 }, themes: {} };

describe('the popup map bar', () => {
  it('shows the map only when toggled (its code loads then), and says whether it is open', async () => {
    const root = mount(<PopupMapBar filter={{}} counts={COUNTS} onChange={() => {}} />);
    const toggle = root.querySelector('button[aria-controls="popup-map"]')!;
    expect(root.querySelector('.tilemap')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fire(toggle, 'click');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() => expect(root.querySelectorAll('.tilemap-compact [data-code]')).toHaveLength(16));
    expect(root.querySelector('[data-code="BY"] .tile-count')!.textContent).toBe('12');
  });

  it('a tile filters by its Land, keeping the rest of the filter; the same tile again clears it', async () => {
    const onChange = vi.fn();
    const root = mount(<PopupMapBar filter={{ themes: ['ki'], regions: ['SN'] }} counts={COUNTS} onChange={onChange} />);
    fire(root.querySelector('button[aria-controls="popup-map"]')!, 'click');
    await vi.waitFor(() => expect(root.querySelector('[data-code="BY"]')).not.toBeNull());
    fire(root.querySelector('[data-code="BY"]')!, 'click');
    expect(onChange).toHaveBeenLastCalledWith({ themes: ['ki'], regions: ['BY'] });
    fire(root.querySelector('[data-code="SN"]')!, 'click');
    expect(onChange).toHaveBeenLastCalledWith({ themes: ['ki'], regions: [] });
  });

  it('links the full page with the same view', () => {
    const root = mount(<PopupMapBar filter={{ regions: ['BY'], unreadOnly: true }} counts={COUNTS} onChange={() => {}} />);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('reader.html?view=unread&land=BY');
    expect(root.querySelector('a')!.textContent).toBe('Alle Meldungen');
    expect(readerHref({})).toBe('reader.html');
    expect(readerHref({ themes: ['ki'], search: 'Bürgeramt' })).toBe('reader.html?thema=ki&q=B%C3%BCrgeramt');
  });
});
