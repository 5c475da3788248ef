import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { PopupMapBar } from '../../components/map/PopupMapBar';
import { ItemList } from '../../components/ItemList';
import { MarkAllRead, PopupHeader, StarredToggle, UnreadToggle } from '../../components/PopupHeader';
import { StatusBar } from '../../components/StatusBar';
import { FirstRunNotice } from '../../components/FirstRunNotice';
import { firstRunKind } from '../../lib/ui/first-run';
import { useI18n } from '../../components/i18n';
import { LAND_NAMES } from '../../lib/labels';
import type { Command, CommandReply, ViewFilter } from '../../lib/messages';
import { replyText } from '../../lib/ui/error-text';
import type { Item, Source } from '../../lib/model';
import { safeHttpUrl } from '../../lib/safe-text';
import { DEFAULT_SETTINGS, sourceNames as namesOfSources } from '../../lib/settings';
import type { KommunalradarDb } from '../../lib/store/db';
import { countByFacet, countItems, queryItems } from '../../lib/store/queries';
import { hasAnyItems, inTrouble, readRefreshStatus, readSettings, readSourceRows } from '../../lib/ui/queries';
import { planItemAction, type ItemActionName } from '../../lib/ui/item-actions';
import { popupKeyAction } from '../../lib/ui/popup-keys';
import { createPlaceSuggester } from '../../lib/ui/place-suggester';
import { readGazetteerFile } from '../../lib/ui/gazetteer-file';
import { isFiltered } from '../../lib/ui/view-filter';
import { sendCommand } from '../../lib/ui/send-command';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { usePagedItems } from '../../lib/ui/use-paged-items';
import { usePainted } from '../../lib/ui/use-painted';
import { useDebounced, useOnline } from './hooks';
import { WatchThisPage } from './WatchThisPage';
import { themeLabel } from '../../components/Chips';
import { LazyItemTagEditor } from '../../components/LazyTagEditor';

/** How many items a feed export carries at most. */
const EXPORT_LIMIT = 500;
const NO_COUNTS = { regions: {}, themes: {} };
/** How long after the rows are painted the facet counts start (they only label the choices). */
const COUNTS_DELAY_MS = 250;

/** The gazetteer is large: it and its completion module load when a place field is first used. */
const loadPlaceSuggestions = createPlaceSuggester(readGazetteerFile);

/** The popup: wires the database (read only) and the background's commands to the components. */
export function App({ db, catalogue }: { db: KommunalradarDb; catalogue: readonly Source[] }) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<ViewFilter>({});
  const rows = useLiveQuery(() => readSourceRows(db, catalogue), [db, catalogue], []);
  const settings = useLiveQuery(() => readSettings(db), [db], DEFAULT_SETTINGS);
  const sourceNames = useMemo(() => namesOfSources(catalogue, settings), [catalogue, settings]);
  const ruleLabels = useMemo(() => Object.fromEntries(settings.keywordRules.map((r) => [r.id, r.label])), [settings]);
  const settled = useDebounced(filter, 150);
  // Source names and rule labels are searched too; they join the query only with a search,
  // so the first page (no search) never waits for the source list.
  const query = useMemo<ViewFilter>(
    () => ((settled.search ?? '').trim() ? { ...settled, searchNames: { sourceNames, ruleLabels } } : settled),
    [settled, sourceNames, ruleLabels],
  );
  const key = JSON.stringify(query);
  // Nothing is selected until the user moves (keys or mouse): a selected row opens to its
  // teaser, which must not push headlines off a freshly opened popup.
  const [selected, setSelected] = useState(-1);
  // The selection as the keyboard last left it: two keys pressed before the next render (a fast
  // typist, key repeat on a slow machine) each move one row on from the one before.
  const selectedNow = useRef(selected);
  selectedNow.current = selected;
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState(false);
  /** What the last item action did, with its undo when it has one. */
  const [done, setDone] = useState<{ text: string; undo?: Command } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const online = useOnline();

  const paged = usePagedItems(db, query);
  // The rows come first: facet counts (which count index entries across all items, a long
  // read at 100,000 items that would hold up IndexedDB) start only once the rows for the
  // current filter have been painted and a moment has passed; the old counts stay until then.
  const shownKey = usePainted(paged.loading ? null : key);
  const countsKey = useDebounced(shownKey, COUNTS_DELAY_MS);
  const counts = useLiveQuery(
    () => (countsKey === null ? Promise.resolve(NO_COUNTS) : countByFacet(db, JSON.parse(countsKey) as ViewFilter)),
    [db, countsKey],
    NO_COUNTS,
  );
  // The hit count, like the facet counts, waits until the rows are painted.
  const hitCount = useLiveQuery(
    () => (countsKey === null || !isFiltered(JSON.parse(countsKey) as ViewFilter) ? Promise.resolve(null) : countItems(db, JSON.parse(countsKey) as ViewFilter)),
    [db, countsKey],
    null as number | null,
  );
  const status = useLiveQuery(() => readRefreshStatus(db), [db], undefined);
  const anyItems = useLiveQuery(() => hasAnyItems(db), [db], true);

  const troubled = useMemo(
    () => rows.filter((r) => r.source.enabled !== false && inTrouble(r.state)).map((r) => ({ id: r.source.id, name: r.source.name })),
    [rows],
  );
  const sourceChoices = useMemo(() => rows.map((r) => ({ id: r.source.id, name: r.source.name })), [rows]);

  // Told once the first rows are on screen: the background then updates the badge, which
  // counts over all items, and must not compete with the first page.
  const firstShown = shownKey !== null;
  useEffect(() => {
    if (firstShown) void sendCommand({ type: 'popup-opened' });
  }, [firstShown]);
  useEffect(() => setSelected(-1), [key]);

  const report = (reply: CommandReply) => setMessage(reply.ok ? '' : replyText(t, reply));
  const act = useCallback(async (item: Item | undefined, action: ItemActionName) => {
    if (!item) return;
    const plan = planItemAction(item, action);
    if (!plan) return;
    if (plan.copy !== undefined) {
      const ok = await navigator.clipboard.writeText(plan.copy).then(() => true, () => false);
      setDone({ text: t(ok ? plan.done : 'copyFailed') });
      return;
    }
    const reply = await sendCommand(plan.command!);
    report(reply);
    if (reply.ok) setDone({ text: t(plan.done), undo: plan.undo });
  }, [t]);
  const undo = (cmd: Command) => void sendCommand(cmd).then((r) => {
    report(r);
    setDone(null);
  });
  const open = useCallback((item: Item | undefined) => {
    if (!item || !safeHttpUrl(item.link)) return;
    void sendCommand({ type: 'open-item', id: item.id }).then(report);
  }, []);
  const refresh = () => void sendCommand({ type: 'refresh' }).then(report);
  const selectedItem = paged.items[selected];
  const openOptions = () => void browser.runtime.openOptionsPage();
  const openSource = (id: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#source-${encodeURIComponent(id)}`) });
  const markAll = () => void sendCommand({ type: 'mark-all-read', filter: query }).then((reply) => {
    report(reply);
    const ids = reply.ok && Array.isArray(reply.value) ? (reply.value as string[]) : [];
    if (reply.ok) setDone({ text: t('didMarkAllRead', [ids.length]), undo: ids.length ? { type: 'mark-read', ids, read: false } : undefined });
  });

  const exportFeed = async () => {
    // The feed writers load on the first export, not with the popup.
    const [items, { downloadText, sourceNamesOf, viewExportFile }] = await Promise.all([
      queryItems(db, query, { limit: EXPORT_LIMIT }),
      import('../../lib/ui/export-feed'),
    ]);
    downloadText(document, viewExportFile(items, query, {
      appName: t('extName'), description: t('extDescription'), sourceNames: sourceNamesOf(rows.map((r) => r.source)),
      regionName: (code) => LAND_NAMES[code], themeName: (id) => themeLabel(id, lang, ruleLabels),
    }));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      const target = { tagName: el.tagName, type: (el as HTMLInputElement).type, isList: el.classList.contains('list') };
      const current = selectedNow.current;
      const action = popupKeyAction(e, target, paged.items.length, current);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'focus-search') searchRef.current?.focus();
      else if (action.kind === 'move') {
        selectedNow.current = action.to;
        setSelected(action.to);
        if (action.focusList) document.querySelector<HTMLElement>('.list')?.focus();
      } else if (action.kind === 'open') open(paged.items[current]);
      else void act(paged.items[current], action.action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [paged.items, open, act]);

  const running = !!status?.running;
  const firstRun = firstRunKind(rows, status, online);
  const empty = paged.items.length === 0;
  return (
    <div class="popup">
      <PopupHeader running={running} onRefresh={refresh} onExport={() => void exportFeed()} onOptions={openOptions} />
      {firstRun ? <FirstRunNotice kind={firstRun} /> : <StatusBar status={status} online={online} troubled={troubled} onOpenOptions={openOptions} onOpenSource={openSource} />}
      <WatchThisPage sources={rows.map((r) => r.source)} />
      <FilterBar filter={filter} counts={counts} ruleLabels={ruleLabels} searchRef={searchRef} sources={sourceChoices}
        suggestPlaces={loadPlaceSuggestions} hitCount={hitCount} onChange={setFilter} />
      <div class="toolbar">
        <UnreadToggle checked={!!filter.unreadOnly} onChange={(unreadOnly) => setFilter({ ...filter, unreadOnly })} />
        <StarredToggle checked={!!filter.starredOnly} onChange={(starredOnly) => setFilter({ ...filter, starredOnly })} />
        <MarkAllRead onClick={markAll} disabled={empty} filtered={isFiltered(query)} />
      </div>
      <PopupMapBar filter={filter} counts={counts} onChange={setFilter} />
      {message ? <p class="notice notice-error" role="alert">{message}</p> : null}
      <p class="done" role="status" aria-live="polite">
        {done ? <>{done.text}{done.undo ? <>{' '}<button type="button" class="linklike" onClick={() => undo(done.undo!)}>{t('undo')}</button></> : null}</> : null}
      </p>
      {empty ? (
        <EmptyState
          kind={paged.loading ? 'loading' : anyItems ? 'no-match' : 'no-items'}
          running={running}
          onRefresh={refresh}
          onReset={() => setFilter({})}
        />
      ) : (
        <ItemList
          items={paged.items}
          hasMore={paged.hasMore}
          selected={selected}
          sourceNames={sourceNames}
          ruleLabels={ruleLabels}
          density={settings.listDensity}
          onSelect={setSelected}
          onOpen={open}
          onAction={(item, a) => void act(item, a)}
          onLoadMore={paged.loadMore}
        />
      )}
      {selectedItem ? (
        <div class="tag-bar">
          <button type="button" class="edit-tags linklike" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('editTags')}
          </button>
        </div>
      ) : null}
      {editing && selectedItem ? (
        <LazyItemTagEditor item={selectedItem} ruleLabels={ruleLabels} suggestPlaces={loadPlaceSuggestions} onCommand={(cmd) => void sendCommand(cmd).then(report)} onClose={() => setEditing(false)} />
      ) : null}
    </div>
  );
}
