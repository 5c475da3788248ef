import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RuleEditor, type RuleEditorActions } from '../../components/options/RuleEditor';
import { SourceList } from '../../components/options/SourceList';
import type { ListingRule } from '../../lib/listing/rule';
import type { Source, SourceState } from '../../lib/model';
import { catalogTranslate } from '../../lib/ui/i18n';
import { previewRule, type RulePreview } from '../../lib/ui/rule-editor';
import { fire, mount, readCatalog } from './dom';

const t = catalogTranslate(readCatalog('de'));
const PAGE = { html: readFileSync(join(__dirname, '../fixtures/listing/kommune21.html'), 'utf8'), url: 'https://www.kommune21.de/meldungen/' };
const RULE: ListingRule = { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', link: 'h2 a[href]', kicker: '.k21-dachzeile' };

function actions(over: Partial<RuleEditorActions> = {}): RuleEditorActions & { saved: ListingRule[] } {
  const saved: ListingRule[] = [];
  return {
    saved,
    load: async () => ({ ok: true, page: PAGE, rule: RULE, first: previewRule(PAGE, RULE, t) }),
    preview: (page, rule) => previewRule(page, rule, t),
    save: async (rule, preview: RulePreview, confirmed) => {
      if (!preview.ok && !confirmed) return { kind: 'confirm-empty' };
      saved.push(rule);
      return { kind: 'saved' };
    },
    redetect: async () => undefined,
    ...over,
  };
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;
const type = (root: HTMLElement, name: string, value: string) => {
  const input = root.querySelector(`[name="rule-${name}"]`) as HTMLInputElement;
  input.value = value;
  fire(input, 'input');
};
const firstTitle = (root: HTMLElement) => root.querySelector('.listing-items li .listing-title')?.textContent;

describe('RuleEditor (a listing already added)', () => {
  it('loads the page, previews every edit live, resets to the rule loaded and saves the edited rule', async () => {
    const a = actions();
    const root = mount(<RuleEditor actions={a} />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Die Seite wird geladen …');
    await vi.waitFor(() => expect(firstTitle(root)).toBe('Brandenburg: Bürgerservice per Videokabine'));
    expect(button(root, 'Zurücksetzen')!.disabled).toBe(true);

    type(root, 'kicker', '');
    expect(firstTitle(root)).toBe('Bürgerservice per Videokabine');
    expect(button(root, 'Zurücksetzen')!.disabled).toBe(false);
    fire(button(root, 'Zurücksetzen')!, 'click');
    expect(firstTitle(root)).toBe('Brandenburg: Bürgerservice per Videokabine');
    expect((root.querySelector('[name="rule-kicker"]') as HTMLInputElement).value).toBe('.k21-dachzeile');

    // A selector css-select does not accept: the field is marked, the preview says which.
    type(root, 'title', 'h2[');
    expect(root.querySelector('[name="rule-title"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.rule-preview [role="alert"]')!.textContent).toBe('„Überschrift“ ist kein gültiger CSS-Selektor.');
    type(root, 'title', 'h2 a');
    expect(root.querySelector('[name="rule-title"]')!.hasAttribute('aria-invalid')).toBe(false);
    fire(button(root, 'Speichern')!, 'click');
    await vi.waitFor(() => expect(root.textContent).toContain('Regel gespeichert'));
    expect(a.saved).toEqual([{ ...RULE, title: 'h2 a' }]);
  });

  it('warns while the rule finds nothing and asks before saving it', async () => {
    const a = actions();
    const root = mount(<RuleEditor actions={a} />);
    await vi.waitFor(() => expect(firstTitle(root)).toBeTruthy());
    type(root, 'item', 'div.gibt-es-nicht');
    expect(root.querySelector('.rule-preview [role="alert"]')!.textContent).toBe('Diese Regel findet auf der Seite keine Meldungen.');
    fire(button(root, 'Speichern')!, 'click');
    await vi.waitFor(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    expect(a.saved).toEqual([]);
    fire(button(root, 'Trotzdem speichern')!, 'click');
    await vi.waitFor(() => expect(a.saved).toHaveLength(1));
  });

  it('a page that cannot be loaded says why and can be tried again', async () => {
    const load = vi.fn(async () => ({ ok: false as const, message: 'Der Server antwortet mit einem Fehler (404)' }));
    const root = mount(<RuleEditor actions={actions({ load })} />);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Der Server antwortet mit einem Fehler (404)'));
    fire(button(root, 'Erneut versuchen')!, 'click');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('"Neu erkennen" forgets the stored rule and loads the page examined afresh', async () => {
    const load = vi.fn(actions().load);
    const redetect = vi.fn(async () => undefined);
    const root = mount(<RuleEditor actions={actions({ load, redetect })} />);
    await vi.waitFor(() => expect(firstTitle(root)).toBeTruthy());
    fire(button(root, 'Neu erkennen')!, 'click');
    await vi.waitFor(() => expect(load).toHaveBeenLastCalledWith({ detect: true }));
    expect(redetect).toHaveBeenCalledTimes(1);
  });
});

describe('the rule editor in the source list', () => {
  const listing: Source = { id: 'k21', name: 'Kommune21', url: PAGE.url, kind: 'listing', rule: RULE, broad: false, confirmed: true, custom: true };
  const feed: Source = { id: 'feed', name: 'Ein Feed', url: 'https://x.example/feed.xml', broad: false, confirmed: true, custom: true };
  const changed: SourceState = { sourceId: 'k21', lastCheckedAt: 0, lastSuccessAt: 0, nextCheckAt: 0, errorCount: 0, lastError: '', status: 'changed', itemCount: 5 };
  const props = { onToggle() {}, onInterval() {}, onRemove() {}, onGrant() {} };

  it('a listing row has "Erweitert", a feed row none; the editor loads only when opened', () => {
    const load = vi.fn(actions().load);
    const root = mount(<SourceList rows={[{ source: listing }, { source: feed }]} {...props} ruleEditor={() => actions({ load })} />);
    const boxes = root.querySelectorAll('.rule-box');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.closest('[data-source-id]')!.getAttribute('data-source-id')).toBe('k21');
    expect(boxes[0]!.querySelector('summary')!.textContent).toBe('Erweitert');
    expect(load).not.toHaveBeenCalled();
  });

  it('"Seite verändert?" offers the editor next to "Neu erkennen"', async () => {
    const load = vi.fn(actions().load);
    const onRedetect = vi.fn();
    const root = mount(<SourceList rows={[{ source: listing, state: changed }]} {...props} onRedetect={onRedetect} ruleEditor={() => actions({ load })} />);
    expect(root.textContent).toContain('Seite verändert?');
    fire(button(root, 'Neu erkennen')!, 'click');
    expect(onRedetect).toHaveBeenCalledWith('k21');
    fire(button(root, 'Regel bearbeiten')!, 'click');
    expect(root.querySelector('.rule-box')!.hasAttribute('open')).toBe(true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    // Open, the editor carries "Neu erkennen" itself: the row does not repeat it.
    await vi.waitFor(() => expect(root.querySelector('.rule-editor [name="rule-item"]')).not.toBeNull());
    expect([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Neu erkennen')).toHaveLength(1);
    expect(button(root, 'Regel bearbeiten')).toBeUndefined();
  });
});
