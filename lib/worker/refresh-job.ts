import { badgeText, badgeTitle, compileRules, hasActiveRules, planNotification } from '../alerts';
import { refreshSources, type RefreshSummary } from '../refresh';
import { createDexieRefreshStore } from '../store/refresh-store';
import { pendingAnnouncements, markNotified } from '../store/announcements';
import { countNew, countUnread } from '../store/queries';
import { getMeta, setMeta } from '../store/meta';
import { pruneItems } from '../store/retention';
import { isQuotaError } from '../store/errors';
import { createProcessingMarks, recoverAbortedSources } from '../store/processing';
import type { RefreshStatus } from '../messages';
import type { WorkerDeps } from './deps';
import type { WorkerState } from './state';

const LOCK = 'kommunalradar-refresh';
const HOUR = 3_600_000;

export interface RefreshJob {
  /** Polls due sources (all, when forced). Resolves 'busy' when another refresh holds the lock. */
  run(opts: { force: boolean; sourceIds?: string[] }): Promise<RefreshSummary | 'busy'>;
  /** Recomputes the badge from the database, never from memory (G02). */
  updateBadge(): Promise<void>;
  /** A worker stopped mid-refresh leaves "running" behind: clear it at the next start. */
  clearStaleStatus(): Promise<void>;
}

export function createRefreshJob(deps: WorkerDeps, state: WorkerState): RefreshJob {
  const { db, browser, now } = deps;

  // Without a LockManager (Node), a flag keeps refreshes of this worker from overlapping.
  let running = false;
  const withLock = async <T>(fn: () => Promise<T>): Promise<T | 'busy'> => {
    if (deps.locks) return deps.locks.request(LOCK, { ifAvailable: true }, async (lock) => (lock ? fn() : 'busy' as const));
    if (running) return 'busy';
    running = true;
    try {
      return await fn();
    } finally {
      running = false;
    }
  };

  const updateBadge = async () => {
    const settings = await state.settings();
    const ruleOf = hasActiveRules(settings.alertRules) ? compileRules(settings.alertRules) : undefined;
    const match = ruleOf ? (i: Parameters<typeof ruleOf>[0]) => ruleOf(i) !== undefined : undefined;
    let count = 0;
    if (settings.badgeMode === 'new') {
      const since = (await getMeta(db, 'lastPopupOpenAt')) ?? 0;
      count = await countNew(db, { since, now: now(), retentionDays: settings.retentionDays, match });
    } else if (settings.badgeMode === 'unread') {
      count = await countUnread(db, match);
    }
    await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
    await browser.action.setBadgeText({ text: badgeText(count) });
    const lang = browser.i18n?.getUILanguage().startsWith('de') === false ? 'en' : 'de';
    await browser.action.setTitle?.({ title: badgeTitle(settings.badgeMode, count, match !== undefined, lang) });
  };

  const announce = async () => {
    const settings = await state.settings();
    const t = now();
    const pending = await pendingAnnouncements(db, { since: t - 2 * 24 * HOUR });
    if (pending.length === 0) return;
    const firstRefresh = !(await getMeta(db, 'firstRefreshDone'));
    const sentAt = (await getMeta(db, 'notificationLog')) ?? [];
    const lang = browser.i18n?.getUILanguage().startsWith('de') === false ? 'en' : 'de';
    const plan = planNotification(pending, { settings, now: t, firstRefresh, sentAt, lang });
    // Mark first, announce second: a worker killed in between misses one notification
    // rather than showing it twice (G02).
    await markNotified(db, plan.considered, t);
    if (plan.notification) {
      const id = `kr-${t}`;
      await setMeta(db, 'notificationLog', [...sentAt.filter((s) => t - s < HOUR), t]);
      await setMeta(db, `notification:${id}`, plan.notification.url ?? '');
      await browser.notifications.create(id, {
        type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: plan.notification.title, message: plan.notification.message, priority: 0,
      });
    }
  };

  // Marks left by a worker that stopped on a feed are read once, before this worker's first refresh.
  let recovered: Promise<string[]> | undefined;
  const marks = createProcessingMarks(db, now);

  const run = async (opts: { force: boolean; sourceIds?: string[] }) =>
    withLock(async () => {
      await (recovered ??= recoverAbortedSources(db).catch((e: unknown) => (console.error('Kommunalradar:', e), [])));
      const settings = await state.settings();
      const tagger = await state.tagger();
      const all = await state.sources();
      const sources = opts.sourceIds ? all.filter((s) => opts.sourceIds!.includes(s.id)) : all;
      const status: RefreshStatus = {
        running: true, done: 0, total: 0, startedAt: now(), finishedAt: 0, offline: false, added: 0, storageError: '',
      };
      await setMeta(db, 'refreshStatus', status);
      // Progress writes are chained, so none can land after the final status below.
      let progress = Promise.resolve();
      const summary = await refreshSources(sources, {
        store: createDexieRefreshStore(db, { retentionDays: settings.retentionDays }),
        fetch: deps.fetch, now, random: deps.random,
        tag: (i) => tagger.tag(i), tagVersion: tagger.version,
        hasPermission: deps.hasPermission,
        processing: marks,
        allowPrivate: deps.allowPrivate,
        scrape: deps.scrape,
        onProgress: (p) => {
          progress = progress.then(() => setMeta(db, 'refreshStatus', { ...status, done: p.done, total: p.total }));
        },
      }, { force: opts.force });
      await progress;
      const storageError = summary.results.some((r) => r.errorInfo?.code === 'store.quota') ? 'store.quota' : '';
      if (storageError) await pruneItems(db, { retentionDays: Math.max(1, Math.floor(settings.retentionDays / 2)), now: now() });
      await announce();
      await setMeta(db, 'firstRefreshDone', true);
      await pruneItems(db, { retentionDays: settings.retentionDays, now: now() }).catch((e) => {
        if (!isQuotaError(e)) throw e;
      });
      await updateBadge();
      // Written last: whoever waits for "finished" sees the notification and the badge done too.
      await setMeta(db, 'refreshStatus', {
        ...status, running: false, done: summary.results.length, total: summary.total,
        finishedAt: now(), offline: summary.offline, added: summary.added.length, storageError,
      });
      return summary;
    });

  // A refresh only runs inside a live worker, so "running" from before this worker started is
  // left over from one that was stopped. No lock here: taking it would turn away the install refresh.
  const workerStartedAt = now();
  const clearStaleStatus = async () => {
    const status = await getMeta(db, 'refreshStatus');
    if (status?.running && status.startedAt < workerStartedAt) {
      // It ended when the worker stopped, some time after it started: keep that, not "now".
      await setMeta(db, 'refreshStatus', { ...status, running: false, finishedAt: status.startedAt });
    }
  };

  return { run, updateBadge, clearStaleStatus };
}
