import { describe, expect, it, vi } from 'vitest';
import { ReadingPane } from '../../components/reader/ReadingPane';
import type { Item } from '../../lib/model';
import { otherSources } from '../../lib/ui/also-in';
import { fire, mount, NOW } from './dom';

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
