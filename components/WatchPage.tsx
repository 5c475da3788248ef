import { useI18n } from './i18n';

/** Where "Diese Seite beobachten" stands for the page in the active tab. */
export type WatchState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  /** The page is a feed, links one, or holds a listing of `count` items. */
  | { kind: 'offer'; what: 'feed' | 'listing'; title: string; count: number }
  | { kind: 'busy' }
  | { kind: 'known' }
  | { kind: 'added'; name: string }
  | { kind: 'none' }
  | { kind: 'error'; message: string };

/**
 * "Diese Seite beobachten": offered when the page in the active tab links a feed or holds a
 * news listing. Presentational; the popup's container does the checking and adding.
 */
export function WatchPage({ state, onWatch }: { state: WatchState; onWatch(): void }) {
  const { t } = useI18n();
  if (state.kind === 'idle' || state.kind === 'none') return null;
  return (
    <div class="watch-page" role="status" aria-live="polite">
      {state.kind === 'checking' ? <span class="muted">{t('watchPageChecking')}</span> : null}
      {state.kind === 'offer' || state.kind === 'busy' ? (
        <>
          <button type="button" class="btn btn-small" disabled={state.kind === 'busy'} onClick={onWatch}>{t('watchPage')}</button>
          {state.kind === 'offer' ? (
            <span class="muted">{state.what === 'listing' ? t('watchPageListing', [state.count]) : t('watchPageFeed', [state.title])}</span>
          ) : null}
        </>
      ) : null}
      {state.kind === 'known' ? <span class="muted">{t('watchPageKnown')}</span> : null}
      {state.kind === 'added' ? <span class="ok">{t('watchPageAdded', [state.name])}</span> : null}
      {state.kind === 'error' ? <span class="notice-error">{state.message}</span> : null}
    </div>
  );
}
