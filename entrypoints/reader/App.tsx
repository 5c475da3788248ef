import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DayList } from '../../components/reader/DayList';
import { HelpOverlay } from '../../components/reader/HelpOverlay';
import { ReaderSidebar } from '../../components/reader/ReaderSidebar';
import { otherSources } from '../../lib/ui/also-in';
import { ReadingPane } from '../../components/reader/ReadingPane';
import { LandTrendList, Sparkline } from '../../components/reader/Trends';
import { THEME_IDS } from '../../lib/labels';
import { landTrends, themeWeeklyCounts } from '../../lib/store/trends';
import { toggleFacet } from '../../lib/ui/reader-state';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../components/i18n';
import { replyText } from '../../lib/ui/error-text';
import type { Command, CommandReply } from '../../lib/messages';
import type { Item, Source } from '../../lib/model';
import { planItemAction, type ItemActionName } from '../../lib/ui/item-actions';
import { safeHttpUrl } from '../../lib/safe-text';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { KommunalradarDb } from '../../lib/store/db';
import { countByFacet } from '../../lib/store/queries';
import { hasAnyItems, readSettings, readSourceRows } from '../../lib/ui/queries';
import { readerAction } from '../../lib/ui/reader-keys';
import { readerFilter, readerStateFromSearch, readerStateToSearch, startOfDay, type ReaderState } from '../../lib/ui/reader-state';
import { sendCommand } from '../../lib/ui/send-command';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { usePagedItems } from '../../lib/ui/use-paged-items';
import { usePainted } from '../../lib/ui/use-painted';
import { useDebounced } from '../popup/hooks';
import { browser } from 'wxt/browser';
import { createPlaceSuggester } from '../../lib/ui/place-suggester';
import { readGazetteerFile } from '../../lib/ui/gazetteer-file';

const NO_COUNTS = { regions: {}, themes: {} };
/** The gazetteer is large: it and its completion module load when the tag editor's place field is first used. */
const suggestPlaces = createPlaceSuggester(readGazetteerFile);

/** The full page: wires the database (read only), the address bar and the background's commands to the components. */
export function App({ db, catalogue }: { db: KommunalradarDb; catalogue: readonly Source[] }) {
  const { t, now } = useI18n();
  const [state, setState] = useState<ReaderState>(() => readerStateFromSearch(location.search));
  const [selected, setSelected] = useState(0);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState('');
  const [undoCmd, setUndoCmd] = useState<Command | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);

  const settled = useDebounced(state, 150);
  const filter = useMemo(() => readerFilter(settled, startOfDay(now())), [settled]);
  const key = JSON.stringify(filter);
  const paged = usePagedItems(db, filter);
  const shownKey = usePainted(paged.loading ? null : key);
  const countsKey = useDebounced(shownKey, 250);
  const counts = useLiveQuery(
    () => (countsKey === null ? Promise.resolve(NO_COUNTS) : countByFacet(db, JSON.parse(countsKey) as typeof filter)),
    [db, countsKey],
    NO_COUNTS,
  );
  // Trends wait, like the counts, until the first rows are painted.
  const trendsOn = countsKey !== null;
  const weekly = useLiveQuery(
    () => (trendsOn ? themeWeeklyCounts(db, THEME_IDS, now()) : Promise.resolve({} as Record<string, number[]>)),
    [db, trendsOn],
    {} as Record<string, number[]>,
  );
  const lands = useLiveQuery(() => (trendsOn ? landTrends(db, now()) : Promise.resolve({})), [db, trendsOn], {});
  const rows = useLiveQuery(() => readSourceRows(db, catalogue), [db, catalogue], []);
  const settings = useLiveQuery(() => readSettings(db), [db], DEFAULT_SETTINGS);
  const anyItems = useLiveQuery(() => hasAnyItems(db), [db], true);
  const sourceNames = useMemo(() => Object.fromEntries(rows.map((r) => [r.source.id, r.source.name])), [rows]);
  const ruleLabels = useMemo(() => Object.fromEntries(settings.keywordRules.map((r) => [r.id, r.label])), [settings]);

  // The address bar carries the view, so it can be bookmarked and reloaded.
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${readerStateToSearch(settled)}`);
  }, [settled]);
  useEffect(() => setSelected(0), [key]);

  const items = paged.items;
  const current: Item | undefined = items[Math.min(selected, items.length - 1)];
  const say = (text: string, undo?: Command) => {
    setMessage(text);
    setUndoCmd(undo);
  };
  const report = (reply: CommandReply, done = '', undo?: Command) => say(reply.ok ? done : replyText(t, reply), reply.ok ? undo : undefined);
  const act = useCallback(async (item: Item, action: ItemActionName) => {
    const plan = planItemAction(item, action);
    if (!plan) return;
    if (plan.copy !== undefined) {
      const ok = await navigator.clipboard.writeText(plan.copy).then(() => true, () => false);
      return say(t(ok ? plan.done : 'copyFailed'));
    }
    report(await sendCommand(plan.command!), t(plan.done), plan.undo);
  }, [t]);
  const open = useCallback((index: number) => {
    setSelected(index);
    const item = items[index];
    if (item?.unread) void sendCommand({ type: 'mark-read', ids: [item.id], read: true }).then((r) => report(r));
  }, [items]);
  const original = (item: Item) => {
    if (safeHttpUrl(item.link)) void sendCommand({ type: 'open-item', id: item.id }).then((r) => report(r));
  };
  const markAll = () => void sendCommand({ type: 'mark-all-read', filter }).then((reply) => {
    const ids = reply.ok && Array.isArray(reply.value) ? (reply.value as string[]) : [];
    report(reply, t('didMarkAllRead', [ids.length]), ids.length ? { type: 'mark-read', ids, read: false } : undefined);
  });
  const undo = (cmd: Command) => void sendCommand(cmd).then((r) => report(r));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = readerAction({ key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, target: e.target as HTMLElement | null });
      if (!action) return;
      if (help && action !== 'close' && action !== 'help') return;
      const item = current;
      e.preventDefault();
      switch (action) {
        case 'next': setSelected((s) => Math.min(items.length - 1, s + 1)); break;
        case 'previous': setSelected((s) => Math.max(0, s - 1)); break;
        case 'open': if (item) open(items.indexOf(item)); break;
        case 'original': if (item) original(item); break;
        case 'toggle-read': if (item) void act(item, 'toggle-read'); break;
        case 'star': if (item) void act(item, 'star'); break;
        case 'search': searchRef.current?.focus(); searchRef.current?.select(); break;
        case 'mark-all-read': markAll(); break;
        case 'help': setHelp((h) => !h); break;
        case 'close':
          if (help) setHelp(false);
          else if (document.activeElement === searchRef.current) searchRef.current?.blur();
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [items, current, help, open, act, filter]);

  const empty = items.length === 0;
  return (
    <div class="reader">
      <ReaderSidebar
        state={state}
        counts={counts}
        sources={rows}
        ruleLabels={ruleLabels}
        onChange={setState}
        themeExtra={(id) => (weekly[id] ? <Sparkline values={weekly[id]} /> : null)}
        afterMap={<LandTrendList trends={lands} selected={state.region} onSelect={(code) => setState(toggleFacet(state, 'region', code))} />}
      />
      <section class="middle" aria-label={t('listLabel')}>
        <div class="middle-head">
          <label class="search">
            <span class="sr-only">{t('searchLabel')}</span>
            <input
              ref={searchRef}
              type="search"
              aria-keyshortcuts="/"
              placeholder={t('searchPlaceholder')}
              value={state.search ?? ''}
              onInput={(e) => setState({ ...state, search: e.currentTarget.value })}
            />
          </label>
          <button type="button" class="btn btn-secondary btn-small" aria-keyshortcuts="Shift+A" onClick={markAll} disabled={empty}>{t('markAllRead')}</button>
          <button type="button" class="icon-btn" aria-keyshortcuts="?" aria-label={t('keyHelpTitle')} title={t('keyHelpTitle')} onClick={() => setHelp(true)}>?</button>
        </div>
        <p class="reader-message" role="status">
          {message}
          {undoCmd ? <> <button type="button" class="linklike" onClick={() => undo(undoCmd)}>{t('undo')}</button></> : null}
        </p>
        {empty ? (
          <EmptyState kind={paged.loading ? 'loading' : anyItems ? 'no-match' : 'no-items'} running={false} onRefresh={() => void sendCommand({ type: 'refresh' })} onReset={() => setState({ view: 'all' })} />
        ) : (
          <DayList items={items} hasMore={paged.hasMore} selected={selected} sourceNames={sourceNames} ruleLabels={ruleLabels} onSelect={open} onLoadMore={paged.loadMore} />
        )}
      </section>
      <section class="pane" aria-label={t('readerPane')}>
        <ReadingPane
          item={current}
          sourceName={current ? sourceNames[current.sourceId] ?? current.sourceId : ''}
          otherSources={current ? otherSources(current, sourceNames) : []}
          ruleLabels={ruleLabels}
          onOriginal={original}
          onAction={(item, action) => void act(item, action)}
          suggestPlaces={suggestPlaces}
          onEditTags={(cmd) => void sendCommand(cmd).then((r) => report(r))}
        />
      </section>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
