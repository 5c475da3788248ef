import { describe, expect, it, vi } from 'vitest';
import { AddSource } from '../../components/options/AddSource';
import { ListingPreview, type RulePreview } from '../../components/options/ListingPreview';
import { WatchPage } from '../../components/WatchPage';
import type { ListingRule } from '../../lib/listing/rule';
import { fire, mount } from './dom';

const RULE: ListingRule = { item: 'div.k21-meldung', title: 'h2', kicker: '.k21-dachzeile' };
const FIRST: RulePreview = {
  ok: true,
  count: 5,
  items: [
    { title: 'Brandenburg: Bürgerservice per Videokabine', link: 'https://www.kommune21.de/meldungen/videokabine', summary: 'Der Landkreis Uckermark …', publishedAt: Date.parse('2025-05-18T22:00:00Z') },
    { title: 'Ohne Datum <b>fett</b>', link: '', summary: '', publishedAt: null },
  ],
};

describe('ListingPreview', () => {
  it('shows count, title, date (Berlin day), teaser and link as text, and adds with the rule shown', () => {
    const onAdd = vi.fn();
    const root = mount(<ListingPreview url="https://www.kommune21.de/meldungen/" title="Kommune21" rule={RULE} first={FIRST} busy={false} onPreview={() => FIRST} onAdd={onAdd} />);
    expect(root.querySelector('.listing-count')!.textContent).toBe('5 Meldungen gefunden');
    const [a, b] = [...root.querySelectorAll('.listing-items li')];
    expect(a!.querySelector('.listing-date')!.textContent).toBe('19.05.2025');
    expect(a!.querySelector('.listing-link')!.textContent).toBe('https://www.kommune21.de/meldungen/videokabine');
    expect(b!.querySelector('.listing-date')!.textContent).toBe('ohne Datum');
    // Page text stays text.
    expect(b!.querySelector('b')).toBeNull();
    expect(b!.querySelector('.listing-title')!.textContent).toBe('Ohne Datum <b>fett</b>');
    fire([...root.querySelectorAll('button')].find((x) => x.textContent === 'Diese Seite beobachten')!, 'click');
    expect(onAdd).toHaveBeenCalledWith(RULE);
  });

  it('previews an edited rule at once, and says why when it finds nothing', () => {
    const onPreview = vi.fn((rule: ListingRule): RulePreview => (rule.item === 'li' ? { ok: false, error: 'listing: the rule finds no items on this page' } : FIRST));
    const root = mount(<ListingPreview url="https://x.example/" title="X" rule={RULE} first={FIRST} busy={false} onPreview={onPreview} onAdd={() => {}} />);
    const item = root.querySelector('input[name="rule-item"]') as HTMLInputElement;
    expect(item.value).toBe('div.k21-meldung');
    item.value = 'li';
    fire(item, 'input');
    expect(onPreview).toHaveBeenLastCalledWith({ ...RULE, item: 'li' });
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/finds no items/);
    // Adding is offered only for a rule that finds items.
    expect(([...root.querySelectorAll('button')].find((x) => x.textContent === 'Diese Seite beobachten') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('AddSource with a page without a feed', () => {
  it.each([
    [false, 'Auf dieser Seite wurde weder ein Feed noch eine Nachrichtenliste gefunden.'],
    [true, 'Diese Seite baut ihre Inhalte erst mit JavaScript auf; es gibt darin nichts zu lesen.'],
  ])('says plainly when there is no listing (built by script: %s)', async (script, text) => {
    const root = mount(<AddSource onAdd={async () => ({ kind: 'no-listing', script })} onPreview={() => FIRST} onAddListing={async () => ({ kind: 'added', name: 'x' })} />);
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'https://www.stadt.example/';
    fire(input, 'input');
    fire(root.querySelector('form')!, 'submit');
    await vi.waitFor(() => expect(root.textContent).toContain(text));
  });
});

describe('WatchPage', () => {
  it.each([
    [{ kind: 'offer', what: 'listing', title: 'Stadt', count: 3 } as const, 'Diese Seite beobachtenNachrichtenliste mit 3 Meldungen'],
    [{ kind: 'offer', what: 'feed', title: 'Stadt – Presse', count: 0 } as const, 'Diese Seite beobachtenFeed gefunden: Stadt – Presse'],
    [{ kind: 'known' } as const, 'Diese Seite wird schon beobachtet.'],
    [{ kind: 'added', name: 'Stadt' } as const, '„Stadt“ wird jetzt beobachtet.'],
    [{ kind: 'none' } as const, ''],
  ])('%j', (state, text) => {
    const root = mount(<WatchPage state={state} onWatch={() => {}} />);
    expect(root.textContent).toBe(text);
  });
});
