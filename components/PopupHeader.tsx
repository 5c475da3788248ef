import { CheckIcon, DownloadIcon, RefreshIcon, SettingsIcon } from './Icons';
import { useI18n } from './i18n';

export interface PopupHeaderProps {
  running: boolean;
  onRefresh(): void;
  onExport(): void;
  onOptions(): void;
}

/** Title and the main actions: refresh, feed export, settings. */
export function PopupHeader({ running, onRefresh, onExport, onOptions }: PopupHeaderProps) {
  const { t } = useI18n();
  return (
    <header class="top">
      <h1>{t('extName')}</h1>
      <div class="actions">
        <button type="button" class="icon-btn" onClick={onRefresh} disabled={running} aria-label={t('refreshNow')} title={t('refreshNow')}>
          <span class={running ? 'spin' : ''}><RefreshIcon /></span>
        </button>
        <button type="button" class="icon-btn" onClick={onExport} aria-label={t('exportFeed')} title={t('exportFeed')}>
          <DownloadIcon />
        </button>
        <button type="button" class="icon-btn" onClick={onOptions} aria-label={t('openOptions')} title={t('openOptions')}>
          <SettingsIcon />
        </button>
      </div>
    </header>
  );
}

/** "Alle als gelesen markieren": says that it applies to the current filter and can be undone. */
export function MarkAllRead(props: { onClick(): void; disabled: boolean; filtered: boolean }) {
  const { t } = useI18n();
  return (
    <button type="button" class="btn btn-secondary btn-small" onClick={props.onClick} disabled={props.disabled}
      title={t(props.filtered ? 'markAllReadFilteredHint' : 'markAllReadHint')}>
      <CheckIcon /> {t(props.filtered ? 'markFilteredRead' : 'markAllRead')}
    </button>
  );
}

/** The "Gemerkt" view: only the items the user keeps. */
export function StarredToggle(props: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useI18n();
  return (
    <label class="toggle">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {t('starredView')}
    </label>
  );
}

/** The unread-only switch. */
export function UnreadToggle(props: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useI18n();
  return (
    <label class="toggle">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {t('unreadOnly')}
    </label>
  );
}
