import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../components/FilterBar';
import { AddSource } from '../../components/options/AddSource';
import { splitKeywords } from '../../components/options/SettingsForm';
import { SourceList } from '../../components/options/SourceList';
import type { SourceState } from '../../lib/model';
import { buildFeedFile } from '../../lib/ui/export-feed';
import { fire, mount, NOW } from './dom';

describe('FilterBar', () => {
  it('lists "bundesweit" and the 16 Länder with their counts, and passes the chosen Land on', () => {
    const onChange = vi.fn();
    const root = mount(<FilterBar filter={{}} counts={{ regions: { BY: 12, SN: 3 }, themes: { ki: 2 } }} ruleLabels={{}} onChange={onChange} />);
    const [region, theme] = [...root.querySelectorAll('select')] as HTMLSelectElement[];
    const labels = [...region!.querySelectorAll('option')].map((o) => o.textContent);
    expect(labels).toHaveLength(18);
    expect(labels.slice(0, 3)).toEqual(['Alle Länder', 'bundesweit (0)', 'Baden-Württemberg (0)']);
    expect(labels).toContain('Bayern (12)');
    expect(labels).toContain('Thüringen (0)');
    expect([...theme!.querySelectorAll('option')].map((o) => o.textContent)).toContain('Künstliche Intelligenz (2)');
    // linkedom has no value setter on <select>: select the option itself.
    region!.querySelector('option[value="SN"]')!.setAttribute('selected', '');
    fire(region!, 'change');
    expect(onChange).toHaveBeenLastCalledWith({ regions: ['SN'] });
  });

  it('shows user keyword-rule themes by their label', () => {
    const root = mount(<FilterBar filter={{}} counts={{ regions: {}, themes: { 'rule-bz': 4 } }} ruleLabels={{ 'rule-bz': 'Bezahlkarte' }} onChange={() => {}} />);
    expect(root.textContent).toContain('Bezahlkarte (4)');
  });
});

const state = (over: Partial<SourceState>): SourceState => ({
  sourceId: 'k21', lastCheckedAt: NOW, lastSuccessAt: 0, nextCheckAt: NOW, errorCount: 3, lastError: 'fetch: HTTP 404 Not Found',
  status: 'failing', itemCount: 12, ...over,
});

describe('SourceList', () => {
  const source = { id: 'k21', name: 'Kommune21', url: 'https://www.kommune21.de/k21-meldungen/feed/', broad: false, confirmed: true, custom: true, enabled: true };

  it('A06 shows a failing source with its status, error and final URL', () => {
    const root = mount(<SourceList rows={[{ source, state: state({ finalUrl: 'https://www.kommune21.de/feed/' }) }]} onToggle={() => {}} onInterval={() => {}} onRemove={() => {}} onGrant={() => {}} />);
    expect(root.querySelector('.status-badge')!.textContent).toBe('fällt wiederholt aus');
    expect(root.querySelector('.source-error')!.textContent).toBe('fetch: HTTP 404 Not Found');
    expect(root.textContent).toContain('Umgeleitet nach');
    expect(root.textContent).toContain('https://www.kommune21.de/feed/');
    expect(root.textContent).toContain('noch nie');
  });

  it.each([[false, 'Entfernen, Meldungen behalten'], [true, 'Entfernen und Meldungen löschen']])(
    'removing asks whether to keep the items (deleteItems %s)',
    (deleteItems, label) => {
      const onRemove = vi.fn();
      const root = mount(<SourceList rows={[{ source }]} onToggle={() => {}} onInterval={() => {}} onRemove={onRemove} onGrant={() => {}} />);
      const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
      fire(button('Entfernen'), 'click');
      expect(onRemove).not.toHaveBeenCalled();
      fire(button(label), 'click');
      expect(onRemove).toHaveBeenCalledWith('k21', deleteItems);
    },
  );

  it('never sets an interval below 15 minutes', () => {
    const onInterval = vi.fn();
    const root = mount(<SourceList rows={[{ source }]} onToggle={() => {}} onInterval={onInterval} onRemove={() => {}} onGrant={() => {}} />);
    const input = root.querySelector('input[type="number"]') as HTMLInputElement;
    input.value = '5';
    fire(input, 'change');
    expect(onInterval).toHaveBeenCalledWith('k21', 15);
    // The raise is said, not silent, and the field shows what was set.
    expect(input.value).toBe('15');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Mindestens 15 Minuten: auf 15 gesetzt.');
  });

  it('shows the default interval in the empty field and says nothing while the value is allowed', () => {
    const onInterval = vi.fn();
    const root = mount(<SourceList rows={[{ source }]} onToggle={() => {}} onInterval={onInterval} onRemove={() => {}} onGrant={() => {}} />);
    const input = root.querySelector('input[type="number"]') as HTMLInputElement;
    expect(input.getAttribute('placeholder')).toBe('Standard: 30 Min.');
    input.value = '45';
    fire(input, 'change');
    expect(onInterval).toHaveBeenCalledWith('k21', 45);
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it('G11 a source without host permission offers to ask for it again', () => {
    const onGrant = vi.fn();
    const root = mount(<SourceList rows={[{ source, state: state({ status: 'permission', errorCount: 0, lastError: 'fetch: no permission for this host; grant it on the options page' }) }]} onToggle={() => {}} onInterval={() => {}} onRemove={() => {}} onGrant={onGrant} />);
    expect(root.querySelector('.status-badge')!.textContent).toBe('Berechtigung fehlt');
    fire([...root.querySelectorAll('button')].find((b) => b.textContent === 'Zugriff erlauben')!, 'click');
    expect(onGrant).toHaveBeenCalledWith('k21', source.url);
  });

  it('offers no removal for catalogue sources, only switching off', () => {
    const root = mount(<SourceList rows={[{ source: { ...source, custom: undefined } }]} onToggle={() => {}} onInterval={() => {}} onRemove={() => {}} onGrant={() => {}} />);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Entfernen');
    expect(root.querySelector('input[type="checkbox"]')).not.toBeNull();
  });
});

describe('AddSource', () => {
  it('C11 calls onAdd straight from the submit, then offers the feeds a page links', async () => {
    const onAdd = vi.fn(async () => ({ kind: 'discovered' as const, urls: ['https://www.dresden.de/rss/presse.xml'] }));
    const root = mount(<AddSource onAdd={onAdd} />);
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'https://www.dresden.de/';
    fire(input, 'input');
    fire(root.querySelector('form')!, 'submit');
    expect(onAdd).toHaveBeenCalledWith('https://www.dresden.de/');
    await vi.waitFor(() => expect(root.textContent).toContain('https://www.dresden.de/rss/presse.xml'));
    expect(root.textContent).toContain('Diesen Feed hinzufügen');
  });
});

describe('splitKeywords', () => {
  it.each([
    ['Bezahlkarte, Glasfaser', ['Bezahlkarte', 'Glasfaser']],
    ['  Bürgerbüro ,\nOnlinezugangsgesetz,, ', ['Bürgerbüro', 'Onlinezugangsgesetz']],
    ['KI, KI', ['KI']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(splitKeywords(text)).toEqual(expected);
  });
});

describe('buildFeedFile', () => {
  it.each([
    ['rss', 'kommunalradar-baden-wuerttemberg-kuenstliche-intelligenz.rss.xml', 'application/rss+xml', '<rss'],
    ['atom', 'kommunalradar-baden-wuerttemberg-kuenstliche-intelligenz.atom.xml', 'application/atom+xml', '<feed'],
    ['json', 'kommunalradar-baden-wuerttemberg-kuenstliche-intelligenz.feed.json', 'application/feed+json', '"version"'],
  ] as const)('%s: names the file after the filter', (format, filename, mime, marker) => {
    const file = buildFeedFile([], format, { title: 'Kommunalradar' }, 'Baden-Württemberg Künstliche Intelligenz');
    expect(file.filename).toBe(filename);
    expect(file.mime).toBe(mime);
    expect(file.text).toContain(marker);
  });
});
