import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Item } from '../../lib/model';
import { groupByDay } from '../../lib/ui/day-groups';
import { formatDateTime } from '../../lib/ui/format-date';
import { useVirtualizer } from '../../lib/ui/use-virtualizer';
import { TagChips } from '../Chips';
import { useI18n } from '../i18n';

export interface DayListProps {
  items: Item[];
  hasMore: boolean;
  selected: number;
  sourceNames: Record<string, string>;
  ruleLabels?: Record<string, string>;
  onSelect(index: number): void;
  onLoadMore(): void;
}

/** The DOM id of the row of item `index`, for aria-activedescendant. */
export const readerRowId = (index: number) => `reader-row-${index}`;

const clock = new Map<string, Intl.DateTimeFormat>();
function timeOf(ts: number, lang: 'de' | 'en'): string {
  let f = clock.get(lang);
  if (!f) clock.set(lang, (f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' })));
  return f.format(ts);
}

/**
 * The middle pane: items newest first under a heading per day ("Heute", "Gestern", dates),
 * virtualised (only the rows in view are in the DOM); the selection is announced through
 * aria-activedescendant, and nearing the end loads the next page.
 */
export function DayList(props: DayListProps) {
  const { t, lang, now } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => groupByDay(props.items, now(), lang), [props.items, lang]);
  const rowOfItem = useMemo(() => {
    const map: number[] = [];
    rows.forEach((r, k) => r.kind === 'item' && (map[r.index] = k));
    return map;
  }, [rows]);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (k) => (rows[k]?.kind === 'day' ? 34 : 64),
    overscan: 8,
    getItemKey: (k) => rows[k]?.key ?? k,
  });
  const virtual = v.getVirtualItems();
  const last = virtual[virtual.length - 1]?.index ?? -1;

  useEffect(() => {
    if (props.hasMore && last >= rows.length - 10) props.onLoadMore();
  }, [last, props.hasMore, rows.length]);

  useEffect(() => {
    const k = rowOfItem[props.selected];
    if (k !== undefined) v.scrollToIndex(k, { align: 'auto' });
  }, [props.selected, rowOfItem]);

  return (
    <div
      ref={scrollRef}
      class="list reader-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('listLabel')}
      aria-keyshortcuts="J K O Enter V M"
      aria-activedescendant={props.items[props.selected] ? readerRowId(props.selected) : undefined}
    >
      <div class="list-inner" role="presentation" style={{ height: `${v.getTotalSize()}px` }}>
        {virtual.map((vr) => {
          const row = rows[vr.index];
          if (!row) return null;
          const style = { transform: `translateY(${vr.start}px)` };
          if (row.kind === 'day') {
            return (
              <div key={row.key} class="day-head" role="presentation" data-index={vr.index} ref={v.measureElement} style={style}>
                {row.label}
              </div>
            );
          }
          const { item, index } = row;
          const selected = index === props.selected;
          return (
            <div
              key={row.key}
              id={readerRowId(index)}
              role="option"
              aria-selected={selected}
              class={`row reader-row ${item.unread ? 'unread' : 'read'}${selected ? ' selected' : ''}`}
              data-index={vr.index}
              data-item-id={item.id}
              ref={v.measureElement}
              style={style}
              onClick={() => props.onSelect(index)}
            >
              <div class="row-title">
                {item.unread ? <span class="dot" aria-hidden="true" /> : null}
                <span class="title-text">{item.title || t('untitled')}</span>
                {item.unread ? <span class="sr-only">{` (${t('unread')})`}</span> : null}
              </div>
              <div class="row-meta">
                <span class="source">{props.sourceNames[item.sourceId] ?? item.sourceId}</span>
                <span aria-hidden="true"> · </span>
                <time dateTime={new Date(item.sortAt).toISOString()} title={formatDateTime(item.sortAt, lang)}>{timeOf(item.sortAt, lang)}</time>
              </div>
              <TagChips regions={item.regions} themes={item.themes} ruleLabels={props.ruleLabels} evidence={item.evidence} places={item.places} userTags={item.userTags} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
