import { useState } from 'preact/hooks';
import type { ListingRule } from '../../lib/listing/rule';
import { useI18n } from '../i18n';
import { ListingPreview, type RulePreview } from './ListingPreview';

/** What adding a URL led to. */
export type AddOutcome =
  | { kind: 'added'; name: string }
  | { kind: 'discovered'; urls: string[] }
  /** A page without a feed that holds a listing: shown before it is added. */
  | { kind: 'listing'; url: string; title: string; rule: ListingRule; first: RulePreview }
  /** A page without a feed and without a listing (`script`: built by JavaScript). */
  | { kind: 'no-listing'; script: boolean }
  | { kind: 'error'; message: string };

/**
 * Adds a source by URL. `onAdd` is called straight from the submit handler, so the page
 * can still ask for the host permission within the user's gesture.
 */
export function AddSource({ onAdd, onPreview, onAddListing }: {
  onAdd(url: string): Promise<AddOutcome>;
  /** Applies an edited rule to the examined page (no I/O). */
  onPreview?(rule: ListingRule): RulePreview;
  onAddListing?(listing: { url: string; title: string; rule: ListingRule }): Promise<AddOutcome>;
}) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome | undefined>();

  const add = (target: string) => run(() => onAdd(target.trim()));
  const run = (action: () => Promise<AddOutcome>) => {
    setBusy(true);
    setOutcome(undefined);
    action().then(
      (o) => {
        setOutcome(o);
        if (o.kind === 'added') setUrl('');
      },
      (e: unknown) => setOutcome({ kind: 'error', message: String(e) }),
    ).finally(() => setBusy(false));
  };

  return (
    <>
    <form
      class="add-source"
      onSubmit={(e) => {
        e.preventDefault();
        if (url.trim()) add(url);
      }}
    >
      <label for="add-url">{t('addSourceLabel')}</label>
      <div class="inline">
        <input id="add-url" type="url" required placeholder="https://www.beispiel-kommune.de/feed/" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <button type="submit" class="btn" disabled={busy}>{busy ? t('checking') : t('addSource')}</button>
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'added' ? <p class="ok">{t('sourceAdded', [outcome.name])}</p> : null}
        {outcome?.kind === 'error' ? <p class="notice notice-error">{outcome.message}</p> : null}
        {outcome?.kind === 'no-listing' ? <p class="notice notice-error">{t(outcome.script ? 'listingScriptRendered' : 'listingNoneFound')}</p> : null}
        {outcome?.kind === 'discovered' ? (
          outcome.urls.length > 0 ? (
            <div class="discovered">
              <p>{t('discoveredFeeds')}</p>
              <ul>
                {outcome.urls.map((u) => (
                  <li key={u}>
                    <span class="source-url">{u}</span>{' '}
                    <button type="button" class="btn btn-small" disabled={busy} onClick={() => add(u)}>{t('addThisFeed')}</button>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="notice notice-error">{t('noFeedFound')}</p>
          )
        ) : null}
      </div>
    </form>
      {outcome?.kind === 'listing' && onPreview && onAddListing ? (
        <ListingPreview
          key={outcome.url}
          url={outcome.url}
          title={outcome.title}
          rule={outcome.rule}
          first={outcome.first}
          busy={busy}
          onPreview={onPreview}
          onAdd={(rule) => {
            const { url: page, title } = outcome;
            run(() => onAddListing({ url: page, title, rule }));
          }}
        />
      ) : null}
    </>
  );
}
