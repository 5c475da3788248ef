import { failure } from '../errors';
import { oneLine } from '../safe-text';
import { ALARM_PERIOD_MIN, REFRESH_ALARM } from '../refresh';
import type { WorkerBrowser } from './browser-api';
import { createCommandHandler } from './commands';
import { createProbeReuse } from './probe-reuse';
import { createRefreshJob } from './refresh-job';
import { createWorkerState } from './state';
import { handleInstalled } from './welcome';
import type { WorkerDeps } from './deps';

export type { WorkerDeps } from './deps';

/**
 * Wires the program to the browser's events. Listeners are registered synchronously, before
 * anything is awaited, so that the event that woke the worker is not missed.
 */
export function startWorker(deps: WorkerDeps): { ready: Promise<void>; notificationClicked: (id: string) => Promise<unknown> } {
  const state = createWorkerState(deps);
  // A feed just probed on the options page is not downloaded again by the refresh that adding it starts.
  const reuse = createProbeReuse(deps.fetch, deps.now);
  const job = createRefreshJob({ ...deps, fetch: reuse.refreshFetch }, state);
  const handle = createCommandHandler({ ...deps, fetch: reuse.probeFetch }, state, job);
  const { browser } = deps;

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void job.run({ force: false }).catch(logError);
  });
  browser.runtime.onMessage.addListener((msg, _sender, reply) => {
    handle(msg).then(reply, (e: unknown) => reply(failure('cmd.failed', { detail: oneLine(errorText(e), 200) })));
    return true;
  });
  browser.runtime.onInstalled.addListener(({ reason }) => void handleInstalled(reason, deps, state, job).catch(logError));
  const notificationClicked = (id: string) => handle.internal({ type: 'notification-clicked', id });
  browser.notifications.onClicked.addListener((id) => void notificationClicked(id).catch(logError));

  const ready = (async () => {
    await ensureAlarm(browser);
    await job.clearStaleStatus();
    await state.retagIfStale();
    await job.updateBadge();
  })().catch(logError);
  return { ready, notificationClicked };
}

/** Alarms can be lost on browser restart or update: check and re-create at every start (G03). */
export async function ensureAlarm(browser: WorkerBrowser): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (!existing) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: ALARM_PERIOD_MIN, delayInMinutes: 1 });
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function logError(e: unknown): void {
  console.error('Kommunalradar:', e);
}
