/**
 * The listing rule on the options page: what a rule finds on a fetched page (the live preview,
 * for a page being added and for one already added), loading an added page through the
 * background's probe, and saving an edited rule with the typed command. Browser calls come in
 * as dependencies, so the flow runs in tests without one.
 */
import { checkRule, scrapeListing } from '../listing';
import { selectorCompiles } from '../listing/selector';
import type { ListingRule } from '../listing/rule';
import type { Command, CommandReply, PreviewItem, ProbeResult } from '../messages';
import type { Source } from '../model';
import { previewItems } from '../refresh/probe';
import { errorText, replyText } from './error-text';
import type { Translate } from './i18n';

/** A fetched listing page, kept so that every edit of the rule is previewed without a new fetch. */
export interface ListingPage {
  html: string;
  /** The URL the fetch ended at: links resolve against it. */
  url: string;
}

/**
 * What a rule finds on the page: the count and the first items, or why there are none.
 * `empty` marks a valid rule that finds nothing (saving it asks first); without it the rule
 * itself is wrong (a selector that does not compile) and cannot be saved.
 */
export type RulePreview =
  | { ok: true; count: number; items: PreviewItem[] }
  | { ok: false; error: string; empty?: boolean };

/** The fields a person edits, in the order shown; `dateAttr` and `structured` pass unchanged. */
export const RULE_FIELDS = ['item', 'title', 'link', 'teaser', 'date', 'kicker'] as const;
export type RuleField = (typeof RULE_FIELDS)[number] | 'dateFormat';

/** The rule with one field changed; an empty value removes the field (its default applies). */
export function withRuleField(rule: ListingRule, field: RuleField, value: string): ListingRule {
  const next = { ...rule } as Record<string, string | undefined>;
  if (value.trim() === '' || (field === 'dateFormat' && value === 'auto')) delete next[field];
  else next[field] = value;
  return next as unknown as ListingRule;
}

/** Whether two rules read a page alike (same fields, same values). */
export function sameRule(a: ListingRule, b: ListingRule): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ListingRule>;
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/** The fields whose selector css-select does not accept, in the order shown; an empty item selector counts as wrong. */
export function invalidFields(rule: ListingRule): (typeof RULE_FIELDS)[number][] {
  if (rule.structured === 'json-ld') return [];
  return RULE_FIELDS.filter((f) => {
    const v = rule[f];
    return f === 'item' ? !v?.trim() || !selectorCompiles(v) : v !== undefined && v.trim() !== '' && !selectorCompiles(v);
  });
}

/** Why a rule cannot be used, in words: the first field with a wrong selector, or the shape check's line. */
function ruleProblem(rule: ListingRule, detail: string, t: Translate): string {
  const field = invalidFields(rule)[0];
  return field ? t('listingSelectorInvalid', [t(`listingField_${field}`)]) : t('listingRuleInvalid', [detail.replace(/^rule: /, '')]);
}

/** Applies a rule to a page as a poll would read it (no I/O). */
export function previewRule(page: ListingPage | undefined, rule: ListingRule, t: Translate): RulePreview {
  if (!page) return { ok: false, error: t('listingNoneFound') };
  const checked = checkRule(rule);
  if (!checked.ok) return { ok: false, error: ruleProblem(rule, checked.error, t) };
  const r = scrapeListing(page.html, page.url, { rule: checked.rule });
  if (r.ok) return { ok: true, count: r.feed.items.length, items: previewItems(r.feed.items) };
  return r.code === 'rule-empty' ? { ok: false, error: t('listingRuleEmpty'), empty: true } : { ok: false, error: t('listingNoneFound') };
}

/** The editor of an added listing, once its page is loaded: the page, the rule shown first and what it finds. */
export type RuleEditorLoad =
  | { ok: true; page: ListingPage; rule: ListingRule; first: RulePreview }
  | { ok: false; message: string };

/** The rule shown when the page gave nothing to start from: every field empty. */
const BLANK_RULE: ListingRule = { item: '' };

export interface RuleEditorDeps {
  send(cmd: Command): Promise<CommandReply>;
  t: Translate;
}

/**
 * Fetches an added listing page through the background (the host permission is the
 * background's) and reads it with the source's rule, or examines it when the source has none.
 * A page whose rule finds nothing ("Seite verändert?") still opens, with the stored rule and
 * the warning, so the user can fix the rule against the page as it is now. `detect` examines
 * the page even when a rule is stored (after "Neu erkennen").
 */
export async function loadRuleEditor(source: Source, deps: RuleEditorDeps, opts: { detect?: boolean } = {}): Promise<RuleEditorLoad> {
  const { t } = deps;
  const stored = opts.detect ? undefined : source.rule;
  const reply = await deps.send({ type: 'probe-source', url: source.url, listing: stored ? { rule: stored } : {} });
  if (!reply.ok) return { ok: false, message: replyText(t, reply) };
  const r = reply.value as ProbeResult;
  if (r.ok && r.kind === 'listing') {
    return { ok: true, page: { html: r.html, url: r.url }, rule: r.rule, first: { ok: true, count: r.items, items: r.preview } };
  }
  if (!r.ok && r.page) {
    const rule = stored ?? BLANK_RULE;
    return { ok: true, page: r.page, rule, first: stored ? { ok: false, error: t('listingRuleEmpty'), empty: true } : previewRule(r.page, rule, t) };
  }
  if (!r.ok) return { ok: false, message: r.errorInfo ? errorText(t, r.errorInfo) : r.listing === 'script-rendered' ? t('listingScriptRendered') : t('listingNoneFound') };
  return { ok: false, message: t('listingNoneFound') };
}

/** What pressing "Speichern" led to. */
export type SaveRuleOutcome =
  | { kind: 'saved' }
  /** The rule finds no items on the page: the user is asked before it is stored. */
  | { kind: 'confirm-empty' }
  | { kind: 'error'; message: string };

/**
 * Stores an edited rule on the source with the typed command (the background writes, then
 * reads the page again). A rule that finds nothing is stored only once the user confirmed it;
 * a rule whose selectors do not compile never.
 */
export async function saveRuleFlow(
  sourceId: string,
  rule: ListingRule,
  preview: RulePreview,
  opts: { confirmed: boolean },
  deps: RuleEditorDeps,
): Promise<SaveRuleOutcome> {
  const checked = checkRule(rule);
  if (!checked.ok) return { kind: 'error', message: ruleProblem(rule, checked.error, deps.t) };
  if (!preview.ok && !opts.confirmed) return { kind: 'confirm-empty' };
  const reply = await deps.send({ type: 'set-source-rule', id: sourceId, rule: checked.rule });
  return reply.ok ? { kind: 'saved' } : { kind: 'error', message: replyText(deps.t, reply) };
}
