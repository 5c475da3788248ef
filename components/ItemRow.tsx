import type { Item } from '../lib/model';
import { formatDateTime, formatRelative } from '../lib/ui/format-date';
import { safeHttpUrl } from '../lib/safe-text';
import { TagChips } from './Chips';
import { useI18n } from './i18n';

export interface ItemRowProps {
  item: Item;
  index: number;
  sourceName: string;
  selected: boolean;
  ruleLabels?: Record<string, string>;
  onOpen(item: Item): void;
  onHover(index: number): void;
  /** Measures the row for the virtual list. */
  rowRef?: (el: HTMLElement | null) => void;
  /** Absolute position in the virtual list. */
  top: number;
}

/** The DOM id of a row, for aria-activedescendant. */
export const rowId = (index: number) => `item-row-${index}`;

/**
 * One item. Every feed-derived string is rendered as text; an item without an http(s) link
 * is shown as plain, non-clickable text.
 */
export function ItemRow({ item, index, sourceName, selected, ruleLabels, onOpen, onHover, rowRef, top }: ItemRowProps) {
  const { t, lang, now } = useI18n();
  const link = safeHttpUrl(item.link);
  const classes = ['row', item.unread ? 'unread' : 'read', selected ? 'selected' : '', link ? 'clickable' : 'nolink'].join(' ');
  return (
    <div
      role="option"
      id={rowId(index)}
      class={classes}
      data-index={index}
      data-item-id={item.id}
      ref={rowRef}
      aria-selected={selected}
      aria-disabled={link ? undefined : true}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => link && onOpen(item)}
      onMouseEnter={() => onHover(index)}
    >
      <div class="row-title">
        {item.unread ? <span class="dot" aria-hidden="true" /> : null}
        <span class="title-text">{item.title || t('untitled')}</span>
        {item.unread ? <span class="sr-only">{` (${t('unread')})`}</span> : null}
      </div>
      <div class="row-meta">
        <span class="source">{sourceName}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={new Date(item.sortAt).toISOString()} title={formatDateTime(item.sortAt, lang)}>
          {formatRelative(item.sortAt, now(), lang)}
        </time>
        {link ? null : <span class="nolink-hint">{` · ${t('noLink')}`}</span>}
      </div>
      {item.summary ? <p class="row-teaser">{item.summary}</p> : null}
      <TagChips regions={item.regions} themes={item.themes} ruleLabels={ruleLabels} evidence={item.evidence} places={item.places} userTags={item.userTags} />
    </div>
  );
}
