import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_INTERVAL_MIN, MIN_INTERVAL_MIN } from '../../lib/refresh/schedule';
import { LAND_NAMES } from '../../lib/labels';
import { LAND_CODES, type Source, type SourceState } from '../../lib/model';
import type { SourceRow } from '../../lib/store/views';
import { sourceErrorText } from '../../lib/ui/error-text';
import { formatDateTime } from '../../lib/ui/format-date';
import { inTrouble } from '../../lib/ui/queries';
import { useI18n } from '../i18n';
import { RuleEditor, type RuleEditorActions } from './RuleEditor';

export interface SourceListProps {
  rows: SourceRow[];
  /** Items per source id stored from the last 30 days; the fact is left out when absent. */
  recent?: Record<string, number>;
  onToggle(id: string, enabled: boolean): void;
  onInterval(id: string, minutes: number): void;
  onRemove(id: string, deleteItems: boolean): void;
  /** Asks again for a host permission the user revoked (Firefox). */
  onGrant(id: string, url: string): void;
  /** A new display name; '' gives the source its own name back. */
  onRename?(id: string, name: string): void;
  /** Switches every source of a group (a Land) on or off. */
  onSwitchGroup?(ids: string[], enabled: boolean): void;
  /** A listing page marked "Seite verändert?": forget its rule and examine the page again. */
  onRedetect?(id: string): void;
  /** The rule editor of a listing page ("Erweitert"); without it listing rows have none. */
  ruleEditor?(source: Source): RuleEditorActions;
}


type CardProps = { row: SourceRow } & Omit<SourceListProps, 'rows' | 'onSwitchGroup'>;

function StatusText({ state }: { state?: SourceState }) {
  const { t } = useI18n();
  const status = state?.status ?? 'new';
  return <span class={`status-badge status-${status}`}>{t(`status_${status}`)}</span>;
}

function RenameForm({ name, onSave, onClose }: { name: string; onSave(name: string): void; onClose(): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  return (
    <form class="rename inline" onSubmit={(e) => {
      e.preventDefault();
      onSave(value.trim());
      onClose();
    }}>
      <label>
        {t('renameLabel')}
        <input type="text" value={value} maxLength={120} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn btn-small">{t('save')}</button>
      <button type="button" class="btn btn-secondary btn-small" onClick={onClose}>{t('cancel')}</button>
    </form>
  );
}

/** "Erweitert" of a listing row: the rule editor, loaded only while open (it fetches the page). */
function RuleBox({ open, onOpen, actions }: { open: boolean; onOpen(open: boolean): void; actions: RuleEditorActions }) {
  const { t } = useI18n();
  return (
    <details class="rule-box" open={open} onToggle={(e) => onOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('listingAdvanced')}</summary>
      {open ? <RuleEditor actions={actions} /> : null}
    </details>
  );
}

function SourceCard({ row, recent, onToggle, onInterval, onRemove, onGrant, onRename, onRedetect, ruleEditor }: CardProps) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [ruleOpen, setRuleOpen] = useState(false);
  const { source, state } = row;
  // Shown at once; the stored value follows when the background has saved it.
  const [enabled, setEnabled] = useState(source.enabled !== false);
  useEffect(() => setEnabled(source.enabled !== false), [source.enabled]);
  // The interval as typed: a re-render while the user types (the list updates as the
  // background saves) must not put the stored value back into the field.
  const [interval, setIntervalText] = useState(source.intervalMin?.toString() ?? '');
  // A value under the minimum is raised, and the user is told so instead of it changing silently.
  const [raised, setRaised] = useState(false);
  useEffect(() => setIntervalText(source.intervalMin?.toString() ?? ''), [source.intervalMin]);
  const idBase = `src-${source.id}`;
  const final = state?.finalUrl && state.finalUrl !== source.url ? state.finalUrl : '';
  const unconfirmed = source.evidence !== undefined && !source.confirmed;
  return (
    <li class={`source ${inTrouble(state) ? 'source-trouble' : ''} ${enabled ? '' : 'source-off'}`} data-source-id={source.id}>
      <div class="source-head">
        <h3>{source.name}</h3>
        <span class="badges">
          {unconfirmed ? <span class="status-badge status-unconfirmed" title={t('unconfirmedHint')}>{t('unconfirmed')}</span> : null}
          <StatusText state={state} />
        </span>
      </div>
      <p class="source-url">{source.url}</p>
      <dl class="source-facts">
        {source.kind === 'listing' ? (<><dt>{t('category')}</dt><dd>{source.category ? `${source.category} · ` : ''}{t('kind_listing')}</dd></>)
          : source.category ? (<><dt>{t('category')}</dt><dd>{source.category}</dd></>) : null}
        <dt>{t('lastSuccess')}</dt>
        <dd>{state?.lastSuccessAt ? formatDateTime(state.lastSuccessAt, lang) : t('never')}</dd>
        <dt>{t('lastFetch')}</dt>
        <dd>{state?.lastCheckedAt ? formatDateTime(state.lastCheckedAt, lang) : t('never')}</dd>
        {recent ? (<><dt>{t('recentItems')}</dt><dd class="recent-items">{recent[source.id] ?? 0}</dd></>) : null}
        <dt>{t('itemCount')}</dt>
        <dd>{state?.itemCount ?? 0}</dd>
        {final ? (<><dt>{t('finalUrl')}</dt><dd class="source-url">{final}</dd></>) : null}
      </dl>
      {state && sourceErrorText(t, state) ? (
        <p class="notice notice-error">{t(`status_${state.status}`)}: <span class="source-error">{sourceErrorText(t, state)}</span></p>
      ) : null}
      {source.evidence ? (
        <details class="evidence">
          <summary>{t('evidence')}</summary>
          <p>{source.evidence}</p>
        </details>
      ) : null}
      {state?.status === 'permission' ? (
        <button type="button" class="btn btn-small" onClick={() => onGrant(source.id, source.url)}>{t('grantPermission')}</button>
      ) : null}
      {state?.status === 'changed' && !ruleOpen && (onRedetect || ruleEditor) ? (
        <div class="inline">
          {ruleEditor && source.kind === 'listing' ? (
            <button type="button" class="btn btn-small" onClick={() => setRuleOpen(true)}>{t('ruleEdit')}</button>
          ) : null}
          {onRedetect ? <button type="button" class="btn btn-small btn-secondary" onClick={() => onRedetect(source.id)}>{t('redetect')}</button> : null}
        </div>
      ) : null}
      {ruleEditor && source.kind === 'listing' ? <RuleBox open={ruleOpen} onOpen={setRuleOpen} actions={ruleEditor(source)} /> : null}
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
          min={MIN_INTERVAL_MIN}
          step={5}
          placeholder={t('intervalDefault', [String(DEFAULT_INTERVAL_MIN)])}
          aria-describedby={raised ? `${idBase}-interval-raised` : undefined}
          value={interval}
          onInput={(e) => setIntervalText(e.currentTarget.value)}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (!Number.isFinite(n) || e.currentTarget.value === '') return;
            const minutes = Math.max(MIN_INTERVAL_MIN, Math.round(n));
            setRaised(minutes !== Math.round(n));
            if (minutes !== Math.round(n)) setIntervalText(String(minutes));
            onInterval(source.id, minutes);
          }}
        />
        {raised ? <span id={`${idBase}-interval-raised`} class="muted" role="status">{t('intervalRaised', [String(MIN_INTERVAL_MIN)])}</span> : null}
        {onRename && !renaming ? (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => setRenaming(true)}>{t('rename')}</button>
        ) : null}
        {source.custom && !confirming ? (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => setConfirming(true)}>{t('remove')}</button>
        ) : null}
      </div>
      {renaming && onRename ? <RenameForm name={source.name} onSave={(name) => onRename(source.id, name)} onClose={() => setRenaming(false)} /> : null}
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

/** The groups of the list, in order: the user's own, federal and nationwide, then each Land. */
export function groupRows(rows: readonly SourceRow[]): { key: string; rows: SourceRow[] }[] {
  const keyOf = (r: SourceRow) => (r.source.custom ? 'own' : r.source.land ?? 'DE');
  const order = ['own', 'DE', ...LAND_CODES];
  return order.map((key) => ({ key, rows: rows.filter((r) => keyOf(r) === key) })).filter((g) => g.rows.length > 0);
}

/** Rows by category, in order of first appearance. */
function byCategory(rows: readonly SourceRow[]): [string, SourceRow[]][] {
  const groups = new Map<string, SourceRow[]>();
  for (const r of rows) groups.set(r.source.category ?? '', [...(groups.get(r.source.category ?? '') ?? []), r]);
  return [...groups];
}

function Group({ group, props }: { group: { key: string; rows: SourceRow[] }; props: SourceListProps }) {
  const { t } = useI18n();
  const on = group.rows.filter((r) => r.source.enabled !== false).length;
  const title = group.key === 'own' ? t('ownSources') : group.key === 'DE' ? t('groupNationwide') : LAND_NAMES[group.key as keyof typeof LAND_NAMES];
  const ids = group.rows.map((r) => r.source.id);
  // Open where something is switched on; a Land not chosen stays folded.
  return (
    <details class="source-group" data-group={group.key} open={on > 0 || group.key === 'own'}>
      <summary>
        <span class="group-title">{title}</span> <span class="muted">{t('groupSummary', [on, group.rows.length])}</span>
      </summary>
      {props.onSwitchGroup && group.key !== 'own' ? (
        <div class="group-actions inline">
          <button type="button" class="btn btn-secondary btn-small" disabled={on === group.rows.length} onClick={() => props.onSwitchGroup!(ids, true)}>{t('switchAllOn')}</button>
          <button type="button" class="btn btn-secondary btn-small" disabled={on === 0} onClick={() => props.onSwitchGroup!(ids, false)}>{t('switchAllOff')}</button>
        </div>
      ) : null}
      {byCategory(group.rows).map(([category, rows]) => (
        <div key={category} class="category-group">
          {category && group.key !== 'own' ? <p class="category-heading">{category}</p> : null}
          <ul class="sources">
            {rows.map((row) => (
              <SourceCard key={row.source.id} row={row} recent={props.recent} onToggle={props.onToggle} onInterval={props.onInterval}
                onRemove={props.onRemove} onGrant={props.onGrant} onRename={props.onRename} onRedetect={props.onRedetect} ruleEditor={props.ruleEditor} />
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

/** Every source, grouped by Land and category, with its health and the user's controls. */
export function SourceList(props: SourceListProps) {
  const { t } = useI18n();
  if (props.rows.length === 0) return <p class="muted">{t('noSources')}</p>;
  return (
    <div class="source-groups">
      {groupRows(props.rows).map((g) => <Group key={g.key} group={g} props={props} />)}
    </div>
  );
}
