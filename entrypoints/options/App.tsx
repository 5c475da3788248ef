import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { errorText, replyText } from '../../lib/ui/error-text';
import { AddSource, type AddOutcome } from '../../components/options/AddSource';
import { SettingsForm, type EditableSettings } from '../../components/options/SettingsForm';
import { SourceList } from '../../components/options/SourceList';
import { Attribution, FeedExportPanel, OpmlPanel } from '../../components/options/Transfer';
import type { RuleEditorActions } from '../../components/options/RuleEditor';
import { checkRule, type ListingRule } from '../../lib/listing';
import type { Source } from '../../lib/model';
import { buildOpml, parseOpml } from '../../lib/opml';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { KommunalradarDb } from '../../lib/store/db';
import { queryItems } from '../../lib/store/queries';
import { buildFeedFile, downloadText, sourceNamesOf, type FeedFileFormat } from '../../lib/ui/export-feed';
import { addSourceFlow } from '../../lib/ui/add-source';
import { loadRuleEditor, previewRule, saveRuleFlow, type ListingPage } from '../../lib/ui/rule-editor';
import { missingOrigins, missingSourceOrigins, originPattern } from '../../lib/ui/permissions';
import { countRecentItems, RECENT_DAYS } from '../../lib/store/source-health';
import { readSettings, readSourceRows } from '../../lib/ui/queries';
import { sendCommand } from '../../lib/ui/send-command';
import { useLiveQuery } from '../../lib/ui/use-live-query';

const FEED_EXPORT_LIMIT = 1000;

/** Host patterns granted now (required and optional), followed as the user grants more. */
function useGrantedOrigins(): string[] {
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => {
    const load = () => void browser.permissions.getAll().then((p) => setGranted(p.origins ?? []));
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return granted;
}

/** The options page: sources, rules, notifications, import and export. */
export function App({ db, catalogue }: { db: KommunalradarDb; catalogue: readonly Source[] }) {
  const { t } = useI18n();
  const rows = useLiveQuery(() => readSourceRows(db, catalogue), [db, catalogue], []);
  const settings = useLiveQuery(() => readSettings(db), [db], DEFAULT_SETTINGS);
  const granted = useGrantedOrigins();
  const since = useMemo(() => Date.now() - RECENT_DAYS * 86_400_000, []);
  const ids = rows.map((r) => r.source.id).join('\n');
  const recent = useLiveQuery(() => countRecentItems(db, ids ? ids.split('\n') : [], since), [db, ids, since], {});

  /**
   * Switches sources on or off. Switching on first asks for the hosts not granted yet (a
   * Land's sources are optional permissions), within the click; without the grant they are
   * on all the same and show "permission missing" with a button to ask again.
   */
  const switchSources = (sources: Source[], enabled: boolean) => {
    const ids = sources.map((s) => s.id);
    const send = () => void (ids.length === 1
      ? sendCommand({ type: 'update-source', id: ids[0]!, enabled })
      : sendCommand({ type: 'switch-sources', ids, enabled }));
    const origins = enabled ? missingSourceOrigins(sources, granted) : [];
    if (origins.length === 0) return send();
    void browser.permissions.request({ origins }).catch(() => false).then(send);
  };
  // Opened from the popup's error banner at one source (#source-<id>): show that source.
  useEffect(() => {
    const hash = decodeURIComponent(location.hash);
    if (!hash.startsWith('#source-') || rows.length === 0) return;
    const card = document.querySelector<HTMLElement>(`[data-source-id="${CSS.escape(hash.slice('#source-'.length))}"]`);
    if (card) {
      card.scrollIntoView({ block: 'center' });
      card.classList.add('source-target');
    }
  }, [rows.length]);

  const addSource = (url: string): Promise<AddOutcome> => addSourceFlow(url, {
    granted, t, send: sendCommand,
    requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
    onListingPage: (page) => (examined.current = page),
  });

  // The page examined for a listing, kept here so that an edited rule is previewed without a new fetch.
  const examined = useRef<ListingPage | undefined>(undefined);
  // The rule of a listing already added: its page fetched by the background, previewed here, saved by the background.
  const ruleEditor = (source: Source): RuleEditorActions => ({
    load: (opts) => loadRuleEditor(source, { send: sendCommand, t }, opts),
    preview: (page, rule) => previewRule(page, rule, t),
    save: (rule, preview, confirmed) => saveRuleFlow(source.id, rule, preview, { confirmed }, { send: sendCommand, t }),
    redetect: () => sendCommand({ type: 'redetect-source', id: source.id }),
  });
  const addListing = async ({ url, title, rule }: { url: string; title: string; rule: ListingRule }): Promise<AddOutcome> => {
    const name = title || new URL(url).hostname;
    const added = await sendCommand({ type: 'add-source', source: { name, url, kind: 'listing', rule, broad: false, confirmed: true, category: t('ownSources') } });
    return added.ok ? { kind: 'added', name } : { kind: 'error', message: replyText(t, added) };
  };

  const exportOpml = () => {
    const text = buildOpml(rows.map((r) => r.source), { title: t('opmlTitle'), dateCreated: Date.now() });
    downloadText(document, { text, mime: 'text/x-opml', filename: 'kommunalradar-quellen.opml' });
  };

  const importOpml = async (text: string): Promise<string> => {
    const parsed = parseOpml(text, { checkRule });
    if (!parsed.ok) return errorText(t, parsed.errorInfo);
    // One prompt for every host of the file (still within the user's file choice).
    const origins = missingOrigins(granted, parsed.sources.map((s) => s.url));
    if (origins.length > 0) {
      const ok = await browser.permissions.request({ origins }).catch(() => false);
      if (!ok) return t('permissionDeniedMany', [origins.length]);
    }
    const reply = await sendCommand({ type: 'import-sources', sources: parsed.sources });
    return reply.ok ? t('opmlImported', [Number(reply.value ?? 0), parsed.sources.length]) : replyText(t, reply);
  };

  const exportFeed = async (format: FeedFileFormat) => {
    const items = await queryItems(db, {}, { limit: FEED_EXPORT_LIMIT });
    downloadText(document, buildFeedFile(items, format, { title: t('extName'), description: t('extDescription'), language: 'de', sourceNames: sourceNamesOf(rows.map((r) => r.source)) }));
  };

  const saveSettings = (patch: EditableSettings) => sendCommand({ type: 'save-settings', settings: patch });
  const editable: EditableSettings = {
    alertRules: settings.alertRules, keywordRules: settings.keywordRules, badgeMode: settings.badgeMode, listDensity: settings.listDensity,
    notifications: settings.notifications, retentionDays: settings.retentionDays,
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p><a href="reader.html" target="_blank" rel="noopener">{t('readerOpen')}</a></p>
      <section aria-labelledby="h-sources">
        <h2 id="h-sources">{t('sources')}</h2>
        <p class="inline">
          <button type="button" class="btn btn-secondary btn-small" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}>
            {t('openWelcome')}
          </button>
        </p>
        <AddSource onAdd={addSource} onPreview={(rule) => previewRule(examined.current, rule, t)} onAddListing={addListing} />
        <SourceList
          rows={rows}
          recent={recent}
          onToggle={(id, enabled) => switchSources(rows.filter((r) => r.source.id === id).map((r) => r.source), enabled)}
          onSwitchGroup={(ids, enabled) => switchSources(rows.filter((r) => ids.includes(r.source.id)).map((r) => r.source), enabled)}
          onRename={(id, name) => void sendCommand({ type: 'update-source', id, name })}
          onInterval={(id, intervalMin) => void sendCommand({ type: 'update-source', id, intervalMin })}
          onRemove={(id, deleteItems) => void sendCommand({ type: 'remove-source', id, deleteItems })}
          onRedetect={(id) => void sendCommand({ type: 'redetect-source', id })}
          ruleEditor={ruleEditor}
          onGrant={(id, url) => {
            const pattern = originPattern(url);
            if (!pattern) return;
            // Requested within the click: the prompt needs the user's gesture.
            void browser.permissions.request({ origins: [pattern] }).then((ok) => {
              if (ok) void sendCommand({ type: 'refresh', sourceIds: [id] });
            });
          }}
        />
      </section>
      <section aria-labelledby="h-rules">
        <h2 id="h-rules">{t('rulesAndNotifications')}</h2>
        <SettingsForm settings={editable} onSave={saveSettings} newRuleId={() => `rule-${Date.now().toString(36)}`} />
      </section>
      <section aria-labelledby="h-transfer">
        <h2 id="h-transfer">{t('importExport')}</h2>
        <h3>{t('opmlHeading')}</h3>
        <OpmlPanel onExport={exportOpml} onImport={importOpml} />
        <h3>{t('feedExportHeading')}</h3>
        <FeedExportPanel onExport={(f) => void exportFeed(f)} />
      </section>
      <footer>
        <Attribution />
      </footer>
    </main>
  );
}
