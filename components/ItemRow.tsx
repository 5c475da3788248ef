import type { Item } from '../lib/model';
import { LAND_NAMES } from '../lib/labels';
import type { ListDensity } from '../lib/settings';
import { formatAge, formatDateTime, formatRelative } from '../lib/ui/format-date';
import { safeHttpUrl } from '../lib/safe-text';
import { TagChips } from './Chips';
import type { ItemActionName } from '../lib/ui/item-actions';
import { useI18n } from './i18n';

/** What a person can do with one item, by mouse (the row's buttons) or keyboard (the list's keys). */
export type ItemAction = ItemActionName;

/** The key for each action while the list has the focus (shown in the buttons' titles). */
export const ACTION_KEYS: Readonly<Record<ItemAction, string>> = { star: 's', 'toggle-read': 'u', hide: 'Entf', 'copy-link': 'c' };

export interface ItemRowProps {
  item: Item;
  index: number;
  sourceName: string;
  /** Names of the other sources that carried the same article (E08), shown as a "+N" chip. */
  alsoIn?: string[];
  selected: boolean;
  ruleLabels?: Record<string, string>;
  /** compact (default): one line, the teaser when selected; comfortable: always the teaser. */
  density?: ListDensity;
  onOpen(item: Item): void;
  onHover(index: number): void;
  onAction?(item: Item, action: ItemAction): void;
}

/** The DOM id of a row, for aria-activedescendant. */
export const rowId = (index: number) => `item-row-${index}`;

/**
 * The row's action buttons. An option may not hold focusable widgets, so these are
 * mouse targets hidden from assistive technology; the same actions are the list's keys
 * (announced through aria-keyshortcuts and the list's description).
 */
function RowActions({ item, onAction }: { item: Item; onAction(action: ItemAction): void }) {
  const { t } = useI18n();
  const link = safeHttpUrl(item.link);
  const action = (a: ItemAction, label: string, glyph: string, enabled = true) =>
    enabled ? (
      <span class={`row-action action-${a}`} data-action={a} title={`${label} (${a === 'hide' ? t('keyDeleteName') : ACTION_KEYS[a]})`}
        onClick={(e) => { e.stopPropagation(); onAction(a); }}>
        <span aria-hidden="true">{glyph}</span> {label}
      </span>
    ) : null;
  return (
    <div class="row-actions" aria-hidden="true">
      {action('star', item.starred ? t('actionUnstar') : t('actionStar'), item.starred ? '★' : '☆')}
      {action('toggle-read', item.unread ? t('actionMarkRead') : t('actionMarkUnread'), '●')}
      {action('hide', t('actionHide'), '×')}
      {action('copy-link', t('actionCopyLink'), '⧉', !!link)}
    </div>
  );
}

/** "+N" next to the source: how many other sources carried the article; the tooltip and screen readers name them. */
function AlsoInChip({ names }: { names: string[] }) {
  const { t } = useI18n();
  if (names.length === 0) return null;
  const label = t('alsoInChip', [names.join(', ')]);
  return (
    <span class="also-in" title={label}>
      <span aria-hidden="true">{`+${names.length}`}</span>
      <span class="sr-only">{` (${label})`}</span>
    </span>
  );
}

/**
 * One item. Every feed-derived string is rendered as text; an item without an http(s) link
 * is shown as plain, non-clickable text. Compact rows hold title, source, age and the Länder
 * on one line; the selected row (keyboard focus or mouse hover) opens to teaser, chips and actions.
 */
export function ItemRow({ item, index, sourceName, alsoIn = [], selected, ruleLabels, density = 'compact', onOpen, onHover, onAction }: ItemRowProps) {
  const { t, lang, now } = useI18n();
  const link = safeHttpUrl(item.link);
  const open = density === 'comfortable' || selected;
  const classes = ['row', `row-${density}`, item.unread ? 'unread' : 'read', selected ? 'selected' : '', link ? 'clickable' : 'nolink', item.starred ? 'starred' : ''].join(' ');
  const age = (
    <time dateTime={new Date(item.sortAt).toISOString()} title={formatDateTime(item.sortAt, lang)}>
      {density === 'compact' ? formatAge(item.sortAt, now(), lang) : formatRelative(item.sortAt, now(), lang)}
    </time>
  );
  return (
    <div
      role="option"
      id={rowId(index)}
      class={classes}
      data-index={index}
      data-item-id={item.id}
      aria-selected={selected}
      aria-disabled={link ? undefined : true}
      onClick={() => link && onOpen(item)}
      onMouseEnter={() => onHover(index)}
    >
      <div class="row-title">
        {item.unread ? <span class="dot" aria-hidden="true" /> : null}
        {item.starred ? <span class="star" aria-hidden="true">★</span> : null}
        <span class="title-text">{item.title || t('untitled')}</span>
        {item.unread ? <span class="sr-only">{` (${t('unread')})`}</span> : null}
        {item.starred ? <span class="sr-only">{` (${t('starred')})`}</span> : null}
        {density === 'compact' ? (
          <span class="row-meta row-meta-inline">
            <span class="source" title={sourceName}>{sourceName}</span>
            <AlsoInChip names={alsoIn} />
            <span aria-hidden="true"> · </span>
            {age}
            {item.regions.length ? <span class="lands" title={item.regions.map((r) => LAND_NAMES[r] ?? r).join(', ')}>{item.regions.slice(0, 2).join(' ')}</span> : null}
          </span>
        ) : null}
      </div>
      {density === 'comfortable' ? (
        <div class="row-meta">
          <span class="source">{sourceName}</span>
          <AlsoInChip names={alsoIn} />
          <span aria-hidden="true"> · </span>
          {age}
          {link ? null : <span class="nolink-hint">{` · ${t('noLink')}`}</span>}
        </div>
      ) : null}
      {open ? (
        <>
          {density === 'compact' && !link ? <div class="row-meta"><span class="nolink-hint">{t('noLink')}</span></div> : null}
          {item.summary ? <p class="row-teaser">{item.summary}</p> : null}
          <TagChips regions={item.regions} themes={item.themes} ruleLabels={ruleLabels} evidence={item.evidence} places={item.places} userTags={item.userTags} />
          {onAction && selected ? <RowActions item={item} onAction={(a) => onAction(item, a)} /> : null}
        </>
      ) : null}
    </div>
  );
}
