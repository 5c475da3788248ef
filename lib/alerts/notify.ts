import type { Item } from '../model';
import { safeHttpUrl, safeText } from '../safe-text';
import type { Settings } from '../settings';
import { hasWatch, matchesWatch } from './watch';

const HOUR = 3_600_000;
const TOP_TITLES = 3;

export interface PlannedNotification {
  title: string;
  message: string;
  /** Open this on click: the item's link for one item, undefined for a summary (open the list). */
  url?: string;
  itemIds: string[];
}

export interface NotifyPlan {
  notification?: PlannedNotification;
  /** Items considered in this round: mark them notified whether announced or not (G02). */
  considered: string[];
}

/**
 * Decides what to announce after a refresh: one summary of the pending items that match the
 * watch rules, none on the first refresh after install, none when muted, at most
 * `maxPerHour` per hour (`sentAt` holds the times of earlier notifications).
 */
export function planNotification(
  pending: Item[],
  ctx: { settings: Settings; now: number; firstRefresh: boolean; sentAt: number[]; lang?: 'de' | 'en' },
): NotifyPlan {
  const considered = pending.map((i) => i.id);
  const { settings, now } = ctx;
  if (ctx.firstRefresh || settings.notifications.muted || !hasWatch(settings.watch)) return { considered };
  if (settings.notifications.maxPerRefresh < 1) return { considered };
  const recent = ctx.sentAt.filter((t) => now - t < HOUR).length;
  if (recent >= settings.notifications.maxPerHour) return { considered };
  const matching = pending
    .filter((i) => matchesWatch(i, settings.watch))
    .sort((a, b) => b.sortAt - a.sortAt);
  if (matching.length === 0) return { considered };
  const en = ctx.lang === 'en';
  const one = matching.length === 1 ? matching[0] : undefined;
  const title = one
    ? safeText(one.title, 120)
    : en ? `${matching.length} new items on your topics` : `${matching.length} neue Meldungen zu Ihren Themen`;
  const message = one
    ? safeText(one.summary || one.title, 200)
    : matching.slice(0, TOP_TITLES).map((i) => `• ${safeText(i.title, 90)}`).join('\n');
  return {
    notification: { title, message, url: one ? safeHttpUrl(one.link) : undefined, itemIds: matching.map((i) => i.id) },
    considered,
  };
}
