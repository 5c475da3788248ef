import { ruleLabel } from './describe';
import { compileRules, hasActiveRules, type AlertRule } from './rules';
import type { Item } from '../model';
import { safeHttpUrl, safeText } from '../safe-text';
import type { Settings } from '../settings';

const HOUR = 3_600_000;
const TOP_TITLES = 3;

export interface PlannedNotification {
  title: string;
  message: string;
  /** Open this on click: the item's link for one item, undefined for a summary (open the list). */
  url?: string;
  itemIds: string[];
  /** The rules that matched, in the order the user lists them. */
  ruleIds: string[];
}

export interface NotifyPlan {
  notification?: PlannedNotification;
  /** Items considered in this round: mark them notified whether announced or not (G02). */
  considered: string[];
}

/** The notification's text: a summary names the count, the first titles, the rest as "und N weitere", and which rules matched. */
export function notificationText(
  matching: readonly Item[],
  rules: readonly AlertRule[],
  lang: 'de' | 'en',
): { title: string; message: string } {
  const de = lang === 'de';
  const labels = rules.map((r) => ruleLabel(r, lang)).join(' · ');
  if (matching.length === 1) {
    const one = matching[0]!;
    // The rule first: the teaser is cut at the end, the reason for the notification never.
    const body = safeText(one.summary || one.title, 200);
    return { title: safeText(one.title, 120), message: safeText(`${labels}: ${body}`, 200) };
  }
  const title = safeText(`${matching.length} ${de ? 'neue Meldungen' : 'new items'}: ${labels}`, 120);
  const rest = matching.length - TOP_TITLES;
  const lines = matching.slice(0, TOP_TITLES).map((i) => `• ${safeText(i.title, 56)}`);
  if (rest > 0) lines.push(de ? `und ${rest} weitere` : `and ${rest} more`);
  return { title, message: lines.join('\n') };
}

/**
 * Decides what to announce after a refresh: one summary of the pending items that match any
 * alert rule, none on the first refresh after install, none when muted, at most
 * `maxPerHour` per hour (`sentAt` holds the times of earlier notifications).
 */
export function planNotification(
  pending: Item[],
  ctx: { settings: Settings; now: number; firstRefresh: boolean; sentAt: number[]; lang?: 'de' | 'en' },
): NotifyPlan {
  const considered = pending.map((i) => i.id);
  const { settings, now } = ctx;
  const rules = settings.alertRules;
  if (ctx.firstRefresh || settings.notifications.muted || !hasActiveRules(rules)) return { considered };
  if (settings.notifications.maxPerRefresh < 1) return { considered };
  const recent = ctx.sentAt.filter((t) => now - t < HOUR).length;
  if (recent >= settings.notifications.maxPerHour) return { considered };
  const ruleOf = compileRules(rules);
  const matchedRules = new Set<AlertRule>();
  const matching = pending
    .filter((i) => {
      const rule = ruleOf(i);
      if (rule) matchedRules.add(rule);
      return rule !== undefined;
    })
    .sort((a, b) => b.sortAt - a.sortAt);
  if (matching.length === 0) return { considered };
  const matched = rules.filter((r) => matchedRules.has(r));
  const { title, message } = notificationText(matching, matched, ctx.lang ?? 'de');
  return {
    notification: {
      title, message, url: matching.length === 1 ? safeHttpUrl(matching[0]!.link) : undefined,
      itemIds: matching.map((i) => i.id), ruleIds: matched.map((r) => r.id),
    },
    considered,
  };
}
