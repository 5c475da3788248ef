import { useI18n } from './i18n';

/** What the list shows when it is empty: nothing stored yet, or nothing matching the filter. */
export function EmptyState(props: { kind: 'no-items' | 'no-match' | 'loading'; onReset(): void; onRefresh(): void; running: boolean }) {
  const { t } = useI18n();
  if (props.kind === 'loading') return <div class="empty" aria-busy="true">{t('loading')}</div>;
  if (props.kind === 'no-items') {
    return (
      <div class="empty">
        <p class="empty-title">{t('emptyNoItemsTitle')}</p>
        <p>{props.running ? t('emptyNoItemsRunning') : t('emptyNoItemsHint')}</p>
        {props.running ? null : (
          <button type="button" class="btn" onClick={props.onRefresh}>{t('refreshNow')}</button>
        )}
      </div>
    );
  }
  return (
    <div class="empty">
      <p class="empty-title">{t('emptyNoMatchTitle')}</p>
      <p>{t('emptyNoMatchHint')}</p>
      <button type="button" class="btn" onClick={props.onReset}>{t('resetFilter')}</button>
    </div>
  );
}
