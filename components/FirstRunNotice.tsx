import type { FirstRunKind } from '../lib/ui/first-run';
import { useI18n } from './i18n';

/** Stands in for the status bar until the first successful refresh (see lib/ui/first-run.ts). */
export function FirstRunNotice({ kind }: { kind: FirstRunKind }) {
  const { t } = useI18n();
  return (
    <div class="status-area first-run">
      {kind === 'offline' ? (
        <p class="notice notice-warn" role="status">{t('firstFetchOffline')}</p>
      ) : (
        <p class="status" role="status" aria-live="polite">{t('firstFetch')}</p>
      )}
    </div>
  );
}
