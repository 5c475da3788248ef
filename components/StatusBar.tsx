import { formatRelative } from '../lib/ui/format-date';
import type { RefreshStatus } from '../lib/messages';
import { useI18n } from './i18n';

export interface StatusBarProps {
  status?: RefreshStatus;
  online: boolean;
  /** Names of sources in error, failing, gone or blocked. */
  troubled: string[];
  onOpenOptions(): void;
}

/** Refresh progress and time, offline state, sources in trouble and storage problems. */
export function StatusBar({ status, online, troubled, onOpenOptions }: StatusBarProps) {
  const { t, lang, now } = useI18n();
  const offline = !online || (status?.offline && !status.running);
  return (
    <div class="status-area">
      <p class="status" role="status" aria-live="polite">
        {status?.running ? (
          <>
            <span>{status.total > 0 ? t('refreshProgress', [status.done, status.total]) : t('refreshStarting')}</span>
            <progress max={Math.max(1, status.total)} value={status.done} aria-label={t('refreshing')} />
          </>
        ) : status?.finishedAt ? (
          <span>{t('lastRefresh', [formatRelative(status.finishedAt, now(), lang)])}</span>
        ) : (
          <span>{t('neverRefreshed')}</span>
        )}
      </p>
      {offline ? <p class="notice notice-warn" role="alert">{t('offline')}</p> : null}
      {status?.storageError ? <p class="notice notice-warn">{status.storageError}</p> : null}
      {troubled.length > 0 ? (
        <p class="notice notice-error">
          <span title={troubled.join(', ')}>{t('sourcesInError', [troubled.length])}</span>{' '}
          <button type="button" class="linklike" onClick={onOpenOptions}>{t('showInOptions')}</button>
        </p>
      ) : null}
    </div>
  );
}
