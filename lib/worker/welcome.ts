/** The first start: the welcome page on install, its answers applied; nothing asked on update. */
import { updateOverrides, welcomeSettings, type WelcomeAnswers } from '../onboarding';
import { getMeta, setMeta } from '../store/meta';
import type { WorkerDeps } from './deps';
import type { RefreshJob } from './refresh-job';
import type { WorkerState } from './state';

/** Path of the welcome page in the built extension. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Install: open the welcome page and fetch what is on for everyone (federal and nationwide
 * sources) meanwhile. Update from a version before the welcome page: ask nothing, keep the
 * sources that used to be on by default.
 */
export async function handleInstalled(reason: string, deps: WorkerDeps, state: WorkerState, job: RefreshJob): Promise<void> {
  if (reason === 'install') {
    await setMeta(deps.db, 'welcomeOpenedAt', deps.now());
    // A tab that cannot open must not keep the install refresh from running.
    await Promise.resolve(deps.browser.tabs.create({ url: deps.browser.runtime.getURL(WELCOME_PAGE) }))
      .catch((e: unknown) => console.error('Kommunalradar:', e));
    await job.run({ force: true });
    return;
  }
  if (reason !== 'update') return;
  const [opened, answered] = await Promise.all([getMeta(deps.db, 'welcomeOpenedAt'), getMeta(deps.db, 'welcomeAnsweredAt')]);
  if (opened !== undefined || answered !== undefined) return;
  const overrides = updateOverrides(await state.settings());
  if (overrides) await state.saveSettings({ sourceOverrides: overrides });
  await setMeta(deps.db, 'welcomeAnsweredAt', 0);
}

/** How often and how far apart the first refresh is tried while the install refresh still runs. */
const BUSY_RETRIES = 30;
const BUSY_WAIT_MS = 2000;

/**
 * Applies the welcome page's answers and starts the first refresh: it polls what is due, that
 * is the sources just switched on (never polled) and nothing fetched moments ago. The refresh
 * runs on after the reply; the popup follows its progress. Should the install refresh still
 * hold the lock, it is tried again shortly (the alarm would catch up otherwise).
 */
export async function applyWelcome(deps: WorkerDeps, state: WorkerState, job: RefreshJob, answers: WelcomeAnswers): Promise<void> {
  await state.saveSettings(welcomeSettings(answers, await state.settings(), deps.catalogue));
  await setMeta(deps.db, 'welcomeAnsweredAt', deps.now());
  await job.updateBadge();
  void (async () => {
    for (let i = 0; i < BUSY_RETRIES; i++) {
      if ((await job.run({ force: false })) !== 'busy') return;
      await new Promise((r) => setTimeout(r, BUSY_WAIT_MS));
    }
  })().catch((e: unknown) => console.error('Kommunalradar:', e));
}
