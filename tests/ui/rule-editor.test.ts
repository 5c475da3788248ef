/** The rule of a listing already added, on the options page: load through the probe, live preview, save through the command. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListingRule } from '../../lib/listing/rule';
import type { Command, CommandReply, ProbeResult } from '../../lib/messages';
import type { Source } from '../../lib/model';
import { failure } from '../../lib/errors';
import { errorText } from '../../lib/ui/error-text';
import { catalogTranslate } from '../../lib/ui/i18n';
import { invalidFields, loadRuleEditor, previewRule, sameRule, saveRuleFlow, withRuleField, type RulePreview } from '../../lib/ui/rule-editor';
import { readCatalog } from '../components/dom';

const t = catalogTranslate(readCatalog('de'));
const K21 = readFileSync(join(__dirname, '../fixtures/listing/kommune21.html'), 'utf8');
const PAGE = { html: K21, url: 'https://www.kommune21.de/meldungen/' };
const RULE: ListingRule = { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', link: 'h2 a[href]', kicker: '.k21-dachzeile' };
const SOURCE: Source = { id: 'k21-liste', name: 'Kommune21', url: PAGE.url, kind: 'listing', rule: RULE, broad: false, confirmed: true, custom: true };

function fakeBackground(replies: Partial<Record<Command['type'], CommandReply>>) {
  const sent: Command[] = [];
  return {
    sent,
    send: async (cmd: Command): Promise<CommandReply> => {
      sent.push(cmd);
      return replies[cmd.type] ?? { ok: false, error: 'unerwartet' };
    },
  };
}
const probeReply = (value: ProbeResult): CommandReply => ({ ok: true, value });

describe('previewRule: what an edited rule finds on the fetched page', () => {
  it('reads the page as a poll would, and follows a changed title selector', () => {
    const before = previewRule(PAGE, RULE, t);
    expect(before).toMatchObject({ ok: true, count: 5 });
    expect(before.ok && before.items[0]!.title).toBe('Brandenburg: Bürgerservice per Videokabine');
    const after = previewRule(PAGE, withRuleField(RULE, 'title', 'p:not(.k21-dachzeile)'), t);
    expect(after.ok && after.items[0]!.title).toMatch(/^Brandenburg: Der Landkreis Uckermark wurde/);
    expect(after.ok && after.items[0]!.link).toBe('https://www.kommune21.de/meldungen/brandenburg-buergerservice-per-videokabine');
  });

  it('says in German that a rule finds nothing (marked empty), and that a broken selector is not a rule (not empty)', () => {
    expect(previewRule(PAGE, { ...RULE, item: 'div.gibt-es-nicht' }, t)).toEqual({ ok: false, error: 'Diese Regel findet auf der Seite keine Meldungen.', empty: true });
    const broken = previewRule(PAGE, { ...RULE, title: 'h2[' }, t);
    expect(broken).toEqual({ ok: false, error: '„Überschrift“ ist kein gültiger CSS-Selektor.' });
    expect(invalidFields({ ...RULE, title: 'h2[', kicker: ':nth-child(' })).toEqual(['title', 'kicker']);
    expect(invalidFields({ item: '' })).toEqual(['item']);
    expect(invalidFields(RULE)).toEqual([]);
    expect(previewRule(PAGE, { ...RULE, dateAttr: 'on load' }, t)).toEqual({ ok: false, error: 'Die Regel ist ungültig: "dateAttr" is not an attribute name: on load' });
    expect(previewRule(undefined, RULE, t)).toEqual({ ok: false, error: t('listingNoneFound') });
  });

  it('an emptied field falls back to its default; "automatisch" drops the date format', () => {
    expect(withRuleField(RULE, 'kicker', ' ')).toEqual({ item: RULE.item, title: 'h2', link: 'h2 a[href]' });
    expect(withRuleField({ ...RULE, dateFormat: 'de' }, 'dateFormat', 'auto')).toEqual(RULE);
    expect(sameRule(RULE, { ...RULE })).toBe(true);
    expect(sameRule(RULE, withRuleField(RULE, 'title', 'h3'))).toBe(false);
    expect(sameRule({ item: 'a', title: '' } as ListingRule, { item: 'a' })).toBe(true);
  });
});

describe('loadRuleEditor: the page fetched by the background', () => {
  const listing = probeReply({ ok: true, kind: 'listing', url: PAGE.url, title: 'Kommune21', rule: RULE, items: 5, preview: [], html: K21 });

  it('asks the probe to read the page with the stored rule and opens with it', async () => {
    const bg = fakeBackground({ 'probe-source': listing });
    const load = await loadRuleEditor(SOURCE, { send: bg.send, t });
    expect(bg.sent).toEqual([{ type: 'probe-source', url: PAGE.url, listing: { rule: RULE } }]);
    expect(load).toMatchObject({ ok: true, page: PAGE, rule: RULE, first: { ok: true, count: 5 } });
  });

  it('without a stored rule (or after "Neu erkennen") the page is examined and the rule found is shown', async () => {
    const bg = fakeBackground({ 'probe-source': listing });
    await loadRuleEditor({ ...SOURCE, rule: undefined }, { send: bg.send, t });
    await loadRuleEditor(SOURCE, { send: bg.send, t }, { detect: true });
    expect(bg.sent.map((c) => c.type === 'probe-source' && c.listing)).toEqual([{}, {}]);
  });

  it('a page on which the stored rule finds nothing ("Seite verändert?") still opens, with the rule and the warning', async () => {
    const changed = probeReply({ ok: false, error: 'listing: the rule finds no items on this page', discovered: [], listing: 'none', page: PAGE });
    const load = await loadRuleEditor(SOURCE, { send: fakeBackground({ 'probe-source': changed }).send, t });
    expect(load).toEqual({ ok: true, page: PAGE, rule: RULE, first: { ok: false, error: 'Diese Regel findet auf der Seite keine Meldungen.', empty: true } });
    // Nothing stored and nothing detected: empty fields to fill in.
    const blank = await loadRuleEditor({ ...SOURCE, rule: undefined }, { send: fakeBackground({ 'probe-source': changed }).send, t });
    expect(blank).toMatchObject({ ok: true, rule: { item: '' }, first: { ok: false } });
  });

  it('a page that cannot be fetched says why in German', async () => {
    const info = { code: 'fetch.http', params: { status: 404, line: '404 Not Found' } } as const;
    const failed = probeReply({ ok: false, error: 'fetch: HTTP 404', errorInfo: info, discovered: [] });
    const load = await loadRuleEditor(SOURCE, { send: fakeBackground({ 'probe-source': failed }).send, t });
    expect(load.ok).toBe(false);
    expect(!load.ok && load.message).toBe(errorText(t, info));
    expect(!load.ok && load.message).toMatch(/^Der Server antwortet mit einem Fehler/);
    const script = probeReply({ ok: false, error: 'listing: …', discovered: [], listing: 'script-rendered' });
    expect(await loadRuleEditor(SOURCE, { send: fakeBackground({ 'probe-source': script }).send, t })).toEqual({ ok: false, message: t('listingScriptRendered') });
    expect(await loadRuleEditor(SOURCE, { send: fakeBackground({}).send, t })).toEqual({ ok: false, message: 'unerwartet' });
  });
});

describe('saveRuleFlow: "Speichern"', () => {
  const found: RulePreview = { ok: true, count: 5, items: [] };
  const none: RulePreview = { ok: false, error: 'Diese Regel findet auf der Seite keine Meldungen.', empty: true };

  it('stores a rule that finds items with the typed command', async () => {
    const bg = fakeBackground({ 'set-source-rule': { ok: true } });
    const rule = withRuleField(RULE, 'title', 'h2 a');
    expect(await saveRuleFlow('k21-liste', rule, found, { confirmed: false }, { send: bg.send, t })).toEqual({ kind: 'saved' });
    expect(bg.sent).toEqual([{ type: 'set-source-rule', id: 'k21-liste', rule }]);
  });

  it('asks before storing a rule that finds nothing, and stores it once confirmed', async () => {
    const bg = fakeBackground({ 'set-source-rule': { ok: true } });
    const rule = { ...RULE, item: 'div.gibt-es-nicht' };
    expect(await saveRuleFlow('k21-liste', rule, none, { confirmed: false }, { send: bg.send, t })).toEqual({ kind: 'confirm-empty' });
    expect(bg.sent).toEqual([]);
    expect(await saveRuleFlow('k21-liste', rule, none, { confirmed: true }, { send: bg.send, t })).toEqual({ kind: 'saved' });
    expect(bg.sent).toHaveLength(1);
  });

  it('never stores a selector that does not compile; a refusal of the background is shown', async () => {
    const bg = fakeBackground({ 'set-source-rule': failure('input.invalid') });
    const broken = await saveRuleFlow('k21-liste', { ...RULE, item: 'div[' }, found, { confirmed: true }, { send: bg.send, t });
    expect(broken.kind).toBe('error');
    expect(bg.sent).toEqual([]);
    expect(await saveRuleFlow('weg', RULE, found, { confirmed: false }, { send: bg.send, t })).toEqual({ kind: 'error', message: t('err_input_invalid') });
    expect(t('err_input_invalid')).not.toBe('err_input_invalid');
  });
});
