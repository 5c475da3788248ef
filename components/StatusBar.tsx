import { storageErrorText } from '../lib/ui/error-text';
import { formatRelative } from '../lib/ui/format-date';
import type { RefreshStatus } from '../lib/messages';
import { useI18n } from './i18n';

export interface StatusBarProps {
  status?: RefreshStatus;
  online: boolean;
  /** Sources in error, failing, gone or blocked. */
  troubled: { id: string; name: string }[];
  onOpenOptions(): void;
  /** Opens the options page at that source. */
  onOpenSource?(id: string): void;
}

/** How many failing sources the banner names; the rest are counted. */
const SHOWN = 3;

/** Refresh progress and time, offline state, sources in trouble and storage problems. */
export function StatusBar({ status, online, troubled, onOpenOptions, onOpenSource }: StatusBarProps) {
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
      {status?.storageError ? <p class="notice notice-warn">{storageErrorText(t, status.storageError)}</p> : null}
      {troubled.length > 0 ? (
        <p class="notice notice-error troubled">
          <span>{t('sourcesInError', [troubled.length])}</span>{' '}
          {troubled.slice(0, SHOWN).map((s, k) => (
            <span key={s.id}>
              {k > 0 ? ', ' : ''}
              <button type="button" class="linklike" title={t('showSourceInOptions', [s.name])}
                onClick={() => (onOpenSource ? onOpenSource(s.id) : onOpenOptions())}>{s.name}</button>
            </span>
          ))}
          {troubled.length > SHOWN ? <> {t('andMore', [troubled.length - SHOWN])} </> : ' '}
          <button type="button" class="linklike" onClick={onOpenOptions}>{t('showInOptions')}</button>
        </p>
      ) : null}
    </div>
  );
}
