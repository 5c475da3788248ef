import type { Command, CommandReply } from '../messages';
import { probeSource } from '../refresh';
import type { Source } from '../model';
import { importedSourceId } from '../opml';
import { safeHttpUrl } from '../safe-text';
import { failure } from '../errors';
import { deleteItems, editItemTags, getItem, markFilterRead, markRead, restoreItems, starItems } from '../store/items';
import { validTagValue } from '../tag/user-tags';
import { getMeta, setMeta } from '../store/meta';
import { forgetPageVersion, removeSource } from '../store/sources';

import type { WorkerDeps } from './deps';
import type { RefreshJob } from './refresh-job';
import type { WorkerState } from './state';
import { parseCommand } from './validate-command';
import { writeSourceRule } from './source-rule';
import { applyWelcome } from './welcome';
import { checkAnswers } from '../onboarding';

/** Longest name a user may give a source. */
const MAX_NAME = 120;

/** The overrides without those of `ids`: a source added again starts enabled, not as it was left when removed. */
function withoutOverride<T>(overrides: Record<string, T>, ids: string[]): Record<string, T> {
  const next = { ...overrides };
  for (const id of ids) delete next[id];
  return next;
}

/** Commands that change the settings record. */
const WRITES_SETTINGS = new Set<string>([
  'add-source', 'import-sources', 'update-source', 'switch-sources', 'remove-source', 'save-settings', 'apply-welcome',
  'redetect-source', 'set-source-rule',
]);

/** Commands the worker itself raises from browser events. */
type InternalCommand = { type: 'notification-clicked'; id: string };

/** Executes the UI's typed commands; the only place where the UI's wishes reach the database. */
export function createCommandHandler(deps: WorkerDeps, state: WorkerState, job: RefreshJob) {
  const { db, browser, now } = deps;

  const openUrl = async (url: string | undefined) => {
    const safe = safeHttpUrl(url);
    if (!safe) return false;
    await browser.tabs.create({ url: safe });
    return true;
  };

  /**
   * Fetches new sources now. Another refresh holding the lock (the previous source's, an alarm's)
   * would turn this one away, so it waits its turn: a few seconds, then the next alarm catches up.
   */
  const fetchSoon = (sourceIds: string[]) => void (async () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      if ((await job.run({ force: true, sourceIds })) !== 'busy') return;
      await new Promise((r) => setTimeout(r, 250));
    }
  })().catch((e: unknown) => console.error('Kommunalradar:', e)); // nobody awaits it: a failure is logged, the next alarm tries again

  const run = async (cmd: Command | InternalCommand): Promise<CommandReply> => {
    switch (cmd.type) {
      case 'refresh': {
        const r = await job.run({ force: true, sourceIds: cmd.sourceIds });
        return { ok: true, value: r === 'busy' ? 'busy' : { added: r.added.length, offline: r.offline } };
      }
      case 'popup-opened':
        await setMeta(db, 'lastPopupOpenAt', now());
        await job.updateBadge();
        return { ok: true };
      case 'mark-read':
        await markRead(db, cmd.ids, cmd.read);
        await job.updateBadge();
        return { ok: true };
      case 'star-items':
        return { ok: true, value: await starItems(db, cmd.ids, cmd.starred) };
      case 'mark-all-read': {
        const ids = await markFilterRead(db, cmd.filter);
        await job.updateBadge();
        return { ok: true, value: ids };
      }
      case 'restore-items':
        await restoreItems(db, cmd.items);
        await job.updateBadge();
        return { ok: true };
      case 'open-item': {
        const item = await getItem(db, cmd.id);
        if (!item) return failure('item.missing');
        const opened = await openUrl(item.link);
        await markRead(db, [item.id], true);
        await job.updateBadge();
        return opened ? { ok: true } : failure('item.no-link');
      }
      case 'delete-items':
        await deleteItems(db, cmd.ids, now());
        await job.updateBadge();
        return { ok: true };
      case 'add-source': {
        const url = safeHttpUrl(cmd.source.url);
        if (!url) return failure('input.not-http');
        const settings = await state.settings();
        const all = await state.sources();
        if (all.some((s) => s.url === url)) return failure('source.duplicate');
        // The id follows from the URL (as for imported sources), so removing a source with its
        // items kept and adding the URL again finds those items instead of storing them twice.
        const id = cmd.source.id ?? importedSourceId(url);
        const source: Source = { ...cmd.source, id, url, custom: true, enabled: true };
        await state.saveSettings({ customSources: [...settings.customSources, source], sourceOverrides: withoutOverride(settings.sourceOverrides, [id]) });
        fetchSoon([id]);
        return { ok: true, value: source };
      }
      case 'import-sources': {
        const settings = await state.settings();
        const known = new Set((await state.sources()).map((s) => s.url));
        const fresh = cmd.sources.filter((s) => safeHttpUrl(s.url) && !known.has(s.url));
        await state.saveSettings({
          customSources: [...settings.customSources, ...fresh.map((s) => ({ ...s, custom: true }))],
          sourceOverrides: withoutOverride(settings.sourceOverrides, fresh.map((s) => s.id)),
        });
        // Fetched at once, not at the next alarm.
        if (fresh.length > 0) fetchSoon(fresh.map((s) => s.id));
        return { ok: true, value: fresh.length };
      }
      case 'update-source': {
        const settings = await state.settings();
        const prev = settings.sourceOverrides[cmd.id] ?? {};
        const next = { ...prev, ...(cmd.enabled !== undefined ? { enabled: cmd.enabled } : {}),
          ...(cmd.intervalMin !== undefined ? { intervalMin: Math.max(15, cmd.intervalMin) } : {}) };
        if (cmd.name !== undefined) {
          // An empty name gives the source its own name back.
          const name = cmd.name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
          if (name) next.name = name;
          else delete next.name;
        }
        await state.saveSettings({ sourceOverrides: { ...settings.sourceOverrides, [cmd.id]: next } });
        return { ok: true };
      }
      case 'switch-sources': {
        const settings = await state.settings();
        const overrides = { ...settings.sourceOverrides };
        for (const id of cmd.ids) overrides[id] = { ...overrides[id], enabled: cmd.enabled };
        await state.saveSettings({ sourceOverrides: overrides });
        return { ok: true };
      }
      case 'apply-welcome': {
        const answers = checkAnswers(cmd.answers);
        if (!answers) return failure('input.invalid');
        await applyWelcome(deps, state, job, answers);
        return { ok: true };
      }
      case 'remove-source': {
        const settings = await state.settings();
        // The name stays with the override, so that kept items still say where they came from.
        const name = (await state.sources()).find((s) => s.id === cmd.id)?.name;
        await state.saveSettings({ customSources: settings.customSources.filter((s) => s.id !== cmd.id),
          sourceOverrides: { ...settings.sourceOverrides, [cmd.id]: { ...settings.sourceOverrides[cmd.id], enabled: false, ...(name ? { name } : {}) } } });
        await removeSource(db, cmd.id, { deleteItems: cmd.deleteItems });
        await job.updateBadge();
        return { ok: true };
      }
      case 'redetect-source':
        await writeSourceRule(state, cmd.id, undefined);
        await forgetPageVersion(db, cmd.id);
        fetchSoon([cmd.id]);
        return { ok: true };
      case 'set-source-rule': {
        // Only a listing page has a rule: any other id is a command the UI never sends.
        if (!(await writeSourceRule(state, cmd.id, cmd.rule))) return failure('input.invalid');
        // The page may not have changed since the last poll: read it again with the new rule.
        await forgetPageVersion(db, cmd.id);
        fetchSoon([cmd.id]);
        return { ok: true };
      }
      case 'save-settings':
        await state.saveSettings(cmd.settings);
        await state.retagIfStale();
        await job.updateBadge();
        return { ok: true };
      case 'edit-tags': {
        const facetOk = cmd.facet === 'regions' || cmd.facet === 'themes' || cmd.facet === 'places';
        if (!facetOk || (cmd.action !== 'add' && cmd.action !== 'remove') || !validTagValue(cmd.facet, cmd.value) || typeof cmd.id !== 'string') {
          return failure('input.invalid');
        }
        const item = await editItemTags(db, cmd.id, { facet: cmd.facet, value: cmd.value, action: cmd.action, ...(cmd.name !== undefined ? { name: cmd.name } : {}) });
        return item ? { ok: true, value: { regions: item.regions, themes: item.themes, places: item.places } } : failure('item.missing');
      }
      case 'probe-source':
        return { ok: true, value: await probeSource(cmd.url, deps.fetch, deps.scrape, cmd.listing ? { listing: cmd.listing } : {}) };
      case 'notification-clicked': {
        const url = await getMeta(db, `notification:${cmd.id}`);
        if (url) await openUrl(url);
        else await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=tab') });
        await browser.notifications.clear(cmd.id);
        return { ok: true };
      }
      default:
        return failure('cmd.unknown');
    }
  };

  // Commands that read the settings, change them and write them back run one at a time:
  // two at once (a source switched off, then its interval changed) would lose one change.
  let settingsTail: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = settingsTail.then(fn, fn);
    settingsTail = next.catch(() => undefined);
    return next;
  };

  /** A runtime message from the extension's pages: checked field by field; internal commands refused. */
  const handle = async (msg: unknown): Promise<CommandReply> => {
    const cmd = parseCommand(msg);
    if (!cmd) return failure('cmd.unknown');
    return WRITES_SETTINGS.has(cmd.type) ? oneAtATime(() => run(cmd)) : run(cmd);
  };
  /** What the worker raises itself from browser events (a notification click). */
  const handleInternal = (cmd: InternalCommand): Promise<CommandReply> => run(cmd);
  return Object.assign(handle, { internal: handleInternal });
}
