/** The options page's grouped source list, the welcome form and the popup's first-run notice. */
import { describe, expect, it, vi } from 'vitest';
import { FirstRunNotice } from '../../components/FirstRunNotice';
import { groupRows, SourceList } from '../../components/options/SourceList';
import { WelcomeForm } from '../../components/welcome/WelcomeForm';
import { CATALOGUE } from '../../feeds';
import type { RefreshStatus } from '../../lib/messages';
import type { Source, SourceState } from '../../lib/model';
import { DEFAULT_SETTINGS, resolveSources } from '../../lib/settings';
import type { SourceRow } from '../../lib/store/views';
import { firstRunKind } from '../../lib/ui/first-run';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../components/i18n';
import { catalogTranslate } from '../../lib/ui/i18n';
import { fire, mount, NOW, readCatalog } from './dom';

const rowsOf = (sources: Source[]): SourceRow[] => sources.map((source) => ({ source }));
const catalogueRows = () => rowsOf(resolveSources(CATALOGUE, DEFAULT_SETTINGS));
const okState = (id: string, over: Partial<SourceState> = {}): SourceState => ({
  sourceId: id, lastCheckedAt: NOW, lastSuccessAt: NOW - 3_600_000, nextCheckAt: NOW, errorCount: 0, lastError: '', status: 'ok', itemCount: 20, ...over,
});
const noop = () => {};
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('SourceList grouped by Land and category', () => {
  it('groups nationwide sources first, then the Länder in order, each Land with its categories', () => {
    const keys = groupRows(catalogueRows()).map((g) => g.key);
    expect(keys).toEqual(['DE', 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']);
    const root = mount(<SourceList rows={catalogueRows()} onToggle={noop} onInterval={noop} onRemove={noop} onGrant={noop} />);
    const saxony = root.querySelector('[data-group="SN"]')!;
    expect(saxony.querySelector('summary')!.textContent).toBe('Sachsen 0 von 3 eingeschaltet');
    expect(saxony.hasAttribute('open')).toBe(false);
    expect(root.querySelector('[data-group="DE"]')!.hasAttribute('open')).toBe(true);
    expect([...saxony.querySelectorAll('.category-heading')].map((h) => h.textContent)).toEqual(['Regional', 'Landesregierung']);
  });

  it('marks unconfirmed catalogue entries "ungeprüft" and shows the evidence of every entry', () => {
    const root = mount(<SourceList rows={catalogueRows()} onToggle={noop} onInterval={noop} onRemove={noop} onGrant={noop} />);
    const card = (id: string) => root.querySelector(`li[data-source-id="${id}"]`)!;
    expect(card('kommune21').querySelector('.status-unconfirmed')!.textContent).toBe('ungeprüft');
    expect(card('behoerden-spiegel').querySelector('.status-unconfirmed')).toBeNull();
    expect(card('dstgb-presse').textContent).toContain('Nachrichtenseite (kein Feed)');
    expect(card('akdb').querySelector('.evidence p')!.textContent).toMatch(/^Unconfirmed/);
    expect(root.querySelectorAll('.status-unconfirmed').length).toBe(CATALOGUE.filter((s) => !s.confirmed).length);
  });

  it('shows health: last success, items of the last 30 days, and the error', () => {
    const source = CATALOGUE.find((s) => s.id === 'behoerden-spiegel')!;
    const failing = CATALOGUE.find((s) => s.id === 'bsi')!;
    const rows: SourceRow[] = [
      { source, state: okState(source.id) },
      { source: failing, state: okState(failing.id, { lastSuccessAt: 0, status: 'error', errorCount: 1, lastError: 'fetch: HTTP 503', error: { code: 'fetch.http', params: { line: 'HTTP 503' } } }) },
    ];
    const root = mount(<SourceList rows={rows} recent={{ 'behoerden-spiegel': 37 }} onToggle={noop} onInterval={noop} onRemove={noop} onGrant={noop} />);
    const [ok, bad] = [...root.querySelectorAll('li.source')] as HTMLElement[];
    expect(ok!.textContent).toMatch(/Zuletzt erfolgreich19\.05\.2025, \d\d:\d\d/);
    expect(ok!.querySelector('.recent-items')!.textContent).toBe('37');
    expect(bad!.querySelector('.recent-items')!.textContent).toBe('0');
    expect(bad!.textContent).toContain('Zuletzt erfolgreichnoch nie');
    expect(bad!.querySelector('.notice-error')!.textContent).toBe('Fehler: Der Server antwortet mit einem Fehler (HTTP 503)');
  });

  it('switches a whole Land on, and renames a source', () => {
    const onSwitchGroup = vi.fn();
    const onRename = vi.fn();
    const root = mount(<SourceList rows={catalogueRows()} onToggle={noop} onInterval={noop} onRemove={noop} onGrant={noop} onSwitchGroup={onSwitchGroup} onRename={onRename} />);
    const thuringia = root.querySelector('[data-group="TH"]') as HTMLElement;
    fire(button(thuringia, 'Alle einschalten'), 'click');
    expect(onSwitchGroup).toHaveBeenCalledWith(CATALOGUE.filter((s) => s.land === 'TH').map((s) => s.id), true);
    expect(button(thuringia, 'Alle ausschalten').disabled).toBe(true);
    const card = root.querySelector('li[data-source-id="mdr-thueringen"]') as HTMLElement;
    fire(button(card, 'Umbenennen'), 'click');
    const input = card.querySelector('.rename input') as HTMLInputElement;
    input.value = '  MDR Thüringen (Arbeit) ';
    fire(input, 'input');
    fire(card.querySelector('form.rename')!, 'submit');
    expect(onRename).toHaveBeenCalledWith('mdr-thueringen', 'MDR Thüringen (Arbeit)');
    expect(card.querySelector('.rename')).toBeNull();
  });
});

describe('SourceList while the background saves', () => {
  it('keeps a typed interval when the list re-renders before the field is left', () => {
    const onInterval = vi.fn();
    const source: Source = { id: 'own', name: 'Eigene', url: 'https://example.org/feed', broad: false, confirmed: true, custom: true, enabled: true };
    const ui = (s: Source) => (
      <I18nContext.Provider value={{ t: catalogTranslate(readCatalog('de')), lang: 'de', now: () => NOW }}>
        <SourceList rows={[{ source: s }]} onToggle={noop} onInterval={onInterval} onRemove={noop} onGrant={noop} />
      </I18nContext.Provider>
    );
    const root = mount(ui(source));
    const input = root.querySelector('input[type="number"]') as HTMLInputElement;
    input.value = '30';
    fire(input, 'input');
    // The background saved the source switched off meanwhile: the list renders again.
    act(() => render(ui({ ...source, enabled: false }), root));
    expect(input.value).toBe('30');
    fire(input, 'change');
    expect(onInterval).toHaveBeenCalledWith('own', 30);
  });
});

describe('WelcomeForm', () => {
  it('asks for Länder, themes and notifications, and hands over the answers', () => {
    const onSubmit = vi.fn(async () => ({ ok: true, message: 'Gespeichert.' }));
    const root = mount(<WelcomeForm initial={{ lands: [], themes: [], notifications: true }} onSubmit={onSubmit} />);
    expect(root.querySelectorAll('input[name="land"]').length).toBe(16);
    const check = (sel: string) => {
      const el = root.querySelector(sel) as HTMLInputElement;
      el.checked = true;
      fire(el, 'change');
    };
    check('input[name="land"][value="SN"]');
    check('input[name="theme"][value="ki"]');
    fire([...root.querySelectorAll('input[name="notify"]')][1]!, 'change');
    fire(root.querySelector('form')!, 'submit');
    expect(onSubmit).toHaveBeenCalledWith({ lands: ['SN'], themes: ['ki'], notifications: false });
  });
});

describe('the popup before the first successful refresh', () => {
  const sources = resolveSources(CATALOGUE, DEFAULT_SETTINGS).filter((s) => s.nationwide).slice(0, 3);
  const status = (over: Partial<RefreshStatus>): RefreshStatus => ({
    running: false, done: 3, total: 3, startedAt: NOW - 5000, finishedAt: NOW, offline: false, added: 0, storageError: '', ...over,
  });
  it.each<[string, SourceRow[], RefreshStatus | undefined, boolean, string | undefined]>([
    ['nothing fetched yet', rowsOf(sources), undefined, true, 'first-fetch'],
    ['the first refresh running', rowsOf(sources), status({ running: true, done: 1 }), true, 'first-fetch'],
    ['the install refresh had nothing to fetch', rowsOf(sources), status({ total: 0, done: 0 }), true, 'first-fetch'],
    ['no connection in the browser', rowsOf(sources), undefined, false, 'offline'],
    ['every source unreachable', rowsOf(sources), status({ offline: true }), true, 'offline'],
    ['one source fetched', sources.map((s, i) => ({ source: s, state: i === 0 ? okState(s.id) : undefined })), status({}), false, undefined],
    ['a finished refresh with real errors', rowsOf(sources), status({}), true, undefined],
  ])('%s', (_name, rows, st, online, kind) => {
    expect(firstRunKind(rows, st, online)).toBe(kind);
  });

  it('says what is happening, or "offline", instead of a time or red errors', () => {
    expect(mount(<FirstRunNotice kind="first-fetch" />).textContent).toBe('Quellen werden zum ersten Mal abgerufen …');
    const offline = mount(<FirstRunNotice kind="offline" />);
    expect(offline.textContent).toMatch(/^Offline/);
    expect(offline.querySelector('.notice-error')).toBeNull();
  });
});
