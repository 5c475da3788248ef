import { useEffect, useState } from 'preact/hooks';
import type { SourceState } from '../../lib/model';
import { sourceErrorText } from '../../lib/ui/error-text';
import { formatDateTime } from '../../lib/ui/format-date';
import type { SourceRow } from '../../lib/ui/queries';
import { inTrouble } from '../../lib/ui/queries';
import { useI18n } from '../i18n';

export interface SourceListProps {
  rows: SourceRow[];
  onToggle(id: string, enabled: boolean): void;
  onInterval(id: string, minutes: number): void;
  onRemove(id: string, deleteItems: boolean): void;
  /** Asks again for a host permission the user revoked (Firefox). */
  onGrant(id: string, url: string): void;
  /** A listing page marked "Seite verändert?": forget its rule and examine the page again. */
  onRedetect?(id: string): void;
}

/** Minimum poll interval in minutes, as the scheduler enforces it. */
export const MIN_INTERVAL = 15;

function StatusText({ state }: { state?: SourceState }) {
  const { t } = useI18n();
  const status = state?.status ?? 'new';
  return <span class={`status-badge status-${status}`}>{t(`status_${status}`)}</span>;
}

function SourceCard({ row, onToggle, onInterval, onRemove, onGrant, onRedetect }: { row: SourceRow } & Omit<SourceListProps, 'rows'>) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { source, state } = row;
  // Shown at once; the stored value follows when the background has saved it.
  const [enabled, setEnabled] = useState(source.enabled !== false);
  useEffect(() => setEnabled(source.enabled !== false), [source.enabled]);
  const idBase = `src-${source.id}`;
  const final = state?.finalUrl && state.finalUrl !== source.url ? state.finalUrl : '';
  return (
    <li class={`source ${inTrouble(state) ? 'source-trouble' : ''}`} data-source-id={source.id}>
      <div class="source-head">
        <h3>{source.name}</h3>
        <StatusText state={state} />
      </div>
      <p class="source-url">{source.url}</p>
      <dl class="source-facts">
        {source.category ? (<><dt>{t('category')}</dt><dd>{source.category}</dd></>) : null}
        <dt>{t('lastFetch')}</dt>
        <dd>{state?.lastCheckedAt ? formatDateTime(state.lastCheckedAt, lang) : t('never')}</dd>
        <dt>{t('lastSuccess')}</dt>
        <dd>{state?.lastSuccessAt ? formatDateTime(state.lastSuccessAt, lang) : t('never')}</dd>
        <dt>{t('itemCount')}</dt>
        <dd>{state?.itemCount ?? 0}</dd>
        {final ? (<><dt>{t('finalUrl')}</dt><dd class="source-url">{final}</dd></>) : null}
      </dl>
      {sourceErrorText(t, state) ? <p class="notice notice-error source-error">{sourceErrorText(t, state)}</p> : null}
      {state?.status === 'permission' ? (
        <button type="button" class="btn btn-small" onClick={() => onGrant(source.id, source.url)}>{t('grantPermission')}</button>
      ) : null}
      {state?.status === 'changed' && onRedetect ? (
        <button type="button" class="btn btn-small" onClick={() => onRedetect(source.id)}>{t('redetect')}</button>
      ) : null}
      <div class="source-controls">
        <label class="toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => {
            setEnabled(e.currentTarget.checked);
            onToggle(source.id, e.currentTarget.checked);
          }} />
          {t('enabled')}
        </label>
        <label for={`${idBase}-interval`}>{t('intervalLabel')}</label>
        <input
          id={`${idBase}-interval`}
          type="number"
          min={MIN_INTERVAL}
          step={5}
          placeholder={t('intervalDefault')}
          value={source.intervalMin ?? ''}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isFinite(n) && e.currentTarget.value !== '') onInterval(source.id, Math.max(MIN_INTERVAL, Math.round(n)));
          }}
        />
        {source.custom && !confirming ? (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => setConfirming(true)}>{t('remove')}</button>
        ) : null}
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('removeQuestion', [source.name])}>
          <p>{t('removeQuestion', [source.name])}</p>
          <button type="button" class="btn btn-small" onClick={() => onRemove(source.id, false)}>{t('removeKeepItems')}</button>
          <button type="button" class="btn btn-danger btn-small" onClick={() => onRemove(source.id, true)}>{t('removeDeleteItems')}</button>
          <button type="button" class="btn btn-secondary btn-small" onClick={() => setConfirming(false)}>{t('cancel')}</button>
        </div>
      ) : null}
    </li>
  );
}

/** Every source with its status, error, counts, and the user's controls. */
export function SourceList(props: SourceListProps) {
  const { t } = useI18n();
  if (props.rows.length === 0) return <p class="muted">{t('noSources')}</p>;
  return (
    <ul class="sources">
      {props.rows.map((row) => (
        <SourceCard key={row.source.id} row={row} onToggle={props.onToggle} onInterval={props.onInterval} onRemove={props.onRemove} onGrant={props.onGrant} onRedetect={props.onRedetect} />
      ))}
    </ul>
  );
}
