import { beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadTagEditor } from '../../components/LazyTagEditor';
import { ReadingPane } from '../../components/reader/ReadingPane';
import type { Item } from '../../lib/model';
import { otherSources } from '../../lib/ui/also-in';
import { act } from 'preact/test-utils';
import { fire, mount, NOW } from './dom';

// The editor's code loads on first use; loaded here once, it opens at once as on a second use.
beforeAll(async () => {
  await preloadTagEditor();
});

function item(over: Partial<Item> & Record<string, unknown> = {}): Item {
  return {
    id: 'k21|1', sourceId: 'k21', key: '1', guid: '1',
    title: 'Nürnberg: KI-Assistent beantwortet Fragen im Bürgeramt', link: 'https://www.kommune21.de/meldung/1',
    summary: 'Seit Anfang März beantwortet ein Chatbot in Nürnberg Fragen zu Terminen.', categories: [], publishedAt: NOW,
    regions: ['BY'], places: [], themes: ['ki'], firstSeenAt: NOW, sortAt: NOW, updatedAt: NOW, unread: 1, notifiedAt: 0, tagVersion: 'v1',
    ...over,
  } as Item;
}

const pane = (i: Item | undefined, onAction = vi.fn(), onOriginal = vi.fn()) =>
  mount(<ReadingPane item={i} sourceName="Kommune21" onAction={onAction} onOriginal={onOriginal} />);

describe('ReadingPane', () => {
  it('E08 says where else the article appeared, linking a copy whose link differs', () => {
    const others = otherSources(
      { alsoIn: [
        { sourceId: 'bs', id: 'bs|9', seenAt: NOW },
        { sourceId: 'egov', id: 'egov|4', link: 'https://www.kommune21.de/meldung/1#kommentare', seenAt: NOW },
        { sourceId: 'alt', id: 'alt|1', link: 'javascript:alert(1)', seenAt: NOW },
      ] },
      { bs: 'Behörden Spiegel', egov: 'eGovernment' },
    );
    const root = mount(<ReadingPane item={item()} sourceName="Kommune21" otherSources={others} onAction={vi.fn()} onOriginal={vi.fn()} />);
    const line = root.querySelector('.reading-also-in')!;
    expect(line.textContent).toBe('Auch erschienen in: Behörden Spiegel, eGovernment, alt');
    expect([...line.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['eGovernment', 'https://www.kommune21.de/meldung/1#kommentare', 'noopener noreferrer'],
    ]);
    expect(pane(item()).querySelector('.reading-also-in')).toBeNull();
  });

  it('shows title, source, date, teaser and the tags', () => {
    const root = pane(item());
    expect(root.querySelector('h2')!.textContent).toBe('Nürnberg: KI-Assistent beantwortet Fragen im Bürgeramt');
    expect(root.querySelector('.reading-meta')!.textContent).toMatch(/^Kommune21 · 19\.05\.2025, \d\d:00 · ungelesen$/);
    expect([...root.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['Bayern', 'Künstliche Intelligenz']);
    expect(root.querySelector('.reading-teaser')!.textContent).toContain('Chatbot');
    expect(root.querySelector('.evidence')).toBeNull();
  });

  it('shows the words that produced each tag when the tagger recorded them', () => {
    const root = pane(item({
      evidence: { regions: { BY: ['Nürnberg'] }, themes: { ki: ['KI-Assistent', 'Chatbot'] }, places: {} },
      places: [{ name: 'Nürnberg', ags: '09564000', land: 'BY' }],
    }));
    expect([...root.querySelectorAll('.evidence')].map((e) => e.textContent!.trim())).toEqual([
      'wegen: Nürnberg · Orte: Nürnberg', 'wegen: KI-Assistent, Chatbot',
    ]);
    const bySource = pane(item({ evidence: { regions: { BY: ['@source'] }, themes: {}, places: {} } }));
    expect(bySource.querySelector('.evidence')!.textContent!.trim()).toBe('wegen: Land der Quelle');
  });

  it('offers keep, read, copy and hide, and the original', () => {
    const onAction = vi.fn();
    const onOriginal = vi.fn();
    const root = pane(item(), onAction, onOriginal);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Original öffnen', 'Merken', 'Als gelesen markieren', 'Link kopieren', 'Ausblenden']);
    buttons.slice(1).forEach((b) => fire(b, 'click'));
    expect(onAction.mock.calls.map((c) => c[1])).toEqual(['star', 'toggle-read', 'copy-link', 'hide']);
    fire(buttons[0]!, 'click');
    expect(onOriginal).toHaveBeenCalled();
    expect(pane(item({ starred: 1, unread: 0 })).querySelector('[aria-keyshortcuts="S"]')!.textContent).toBe('Nicht mehr merken');
  });

  it('an item without an http(s) link has no original and no copy', () => {
    const root = pane(item({ link: 'javascript:alert(1)' }));
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Merken', 'Als gelesen markieren', 'Ausblenden']);
    expect(root.querySelector('a')).toBeNull();
  });

  it('says so when nothing is selected', () => {
    expect(pane(undefined).textContent).toBe('Keine Meldung ausgewählt.');
  });
});

describe('ReadingPane: correcting the tags', () => {
  const tagged = () => item({
    regions: ['BY', 'SN'], themes: ['ki'],
    evidence: { regions: { BY: ['Nürnberg'] }, themes: { ki: ['KI-Assistent'] }, places: {} },
    userTags: { added: { regions: ['SN'], themes: [] }, removed: { regions: [], themes: ['buergerservice'] } },
  });
  const edit = (onEditTags = vi.fn()) => ({ onEditTags, root: mount(<ReadingPane item={tagged()} sourceName="Kommune21" onAction={vi.fn()} onOriginal={vi.fn()} onEditTags={onEditTags} />) });
  const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

  it('marks a tag the user added as theirs and names those the user removed', () => {
    const { root } = edit();
    const sn = [...root.querySelectorAll('.reading-tags .chip')].find((c) => c.textContent === 'Sachsen')!;
    expect(sn.classList.contains('chip-user')).toBe(true);
    expect(sn.parentElement!.querySelector('.evidence')!.textContent!.trim()).toBe('von Ihnen hinzugefügt');
    expect(root.querySelector('.reading-removed')!.textContent).toBe('Von Ihnen entfernt: Bürgerservice');
  });

  it('"Schlagworte bearbeiten" opens the popup\'s editor in place of the tags; each change is the edit-tags command', () => {
    const { root, onEditTags } = edit();
    const toggle = button(root, 'Schlagworte bearbeiten');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fire(toggle, 'click');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.reading-tags')).toBeNull();
    const editor = root.querySelector('#reading-tag-editor .tag-editor')!;
    // The item's title is the pane's heading already.
    expect(editor.querySelector('h2')).toBeNull();
    expect(editor.getAttribute('aria-label')).toBe('Schlagworte von „Nürnberg: KI-Assistent beantwortet Fragen im Bürgeramt“');
    fire(button(root, 'Künstliche Intelligenz entfernen'), 'click');
    expect(onEditTags).toHaveBeenLastCalledWith({ type: 'edit-tags', id: 'k21|1', facet: 'themes', value: 'ki', action: 'remove' });
    expect(editor.querySelector('[role="status"]')!.textContent).toBe('„Künstliche Intelligenz“ entfernt');
    const lands = editor.querySelectorAll('select')[0] as HTMLSelectElement;
    lands.querySelector('option[value="HE"]')!.setAttribute('selected', '');
    fire(lands, 'change');
    expect(onEditTags).toHaveBeenLastCalledWith({ type: 'edit-tags', id: 'k21|1', facet: 'regions', value: 'HE', action: 'add' });
    expect(editor.querySelector('[role="status"]')!.textContent).toBe('„Hessen“ hinzugefügt');
  });

  it('Escape in the editor closes it and stays there; without onEditTags nothing can be edited', () => {
    const { root } = edit();
    fire(button(root, 'Schlagworte bearbeiten'), 'click');
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    // Dispatched on the editor itself: linkedom hands bubbled events to the wrong element's handlers.
    const editor = root.querySelector('.tag-editor')!;
    const escape = Object.assign(new (globalThis as unknown as { Event: typeof Event }).Event('keydown', { bubbles: true }), { key: 'Escape' });
    act(() => {
      editor.dispatchEvent(escape);
    });
    expect(root.querySelector('.tag-editor')).toBeNull();
    expect(root.querySelector('.reading-tags')).not.toBeNull();
    expect(seen).not.toHaveBeenCalled();
    expect(pane(tagged()).textContent).not.toContain('Schlagworte bearbeiten');
  });
});

describe('ReadingPane: places in the tag editor', () => {
  it('lists the places found with their words, removes one, and adds a Gemeinde chosen from the completion', async () => {
    const onEditTags = vi.fn();
    const suggest = vi.fn(async (q: string) => (q.startsWith('Zitt') ? [{ ags: '14626610', label: 'Zittau (Landkreis Görlitz)', pop: 26400 }] : []));
    const root = mount(<ReadingPane item={item({
      places: [{ name: 'Nürnberg', ags: '09564000', land: 'BY' }, { name: 'Neustadt', ags: '09575153', land: 'BY', ambiguous: true }],
      evidence: { regions: { BY: ['Nürnberg'] }, themes: {}, places: { '09564000': ['Nürnberg'] } },
    })} sourceName="Kommune21" onAction={vi.fn()} onOriginal={vi.fn()} onEditTags={onEditTags} suggestPlaces={suggest} />);
    fire([...root.querySelectorAll('button')].find((b) => b.textContent === 'Schlagworte bearbeiten')!, 'click');
    const rows = [...root.querySelectorAll('.chip-place-row')];
    // An ambiguous place is named in the note, not offered as the item's place.
    expect(rows.map((r) => r.textContent)).toEqual(['Nürnbergwegen: Nürnberg×']);
    fire(root.querySelector('button[aria-label="Nürnberg entfernen"]')!, 'click');
    expect(onEditTags).toHaveBeenLastCalledWith({ type: 'edit-tags', id: 'k21|1', facet: 'places', value: '09564000', action: 'remove' });

    const field = root.querySelector('.tag-add-place input') as HTMLInputElement;
    expect(root.querySelector('.tag-add-place .sr-only')!.textContent).toBe('Ort hinzufügen');
    field.value = 'Zitt';
    fire(field, 'input');
    await vi.waitFor(() => expect(root.querySelectorAll('#tag-place-options option')).toHaveLength(1));
    field.value = 'Zittau (Landkreis Görlitz)';
    fire(field, 'input');
    expect(onEditTags).toHaveBeenLastCalledWith({ type: 'edit-tags', id: 'k21|1', facet: 'places', value: '14626610', action: 'add', name: 'Zittau (Landkreis Görlitz)' });
    expect(root.querySelector('.tag-editor [role="status"]')!.textContent).toBe('„Zittau (Landkreis Görlitz)“ hinzugefügt');
    expect(field.value).toBe('');
  });
});
