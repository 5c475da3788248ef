import { useEffect, useRef } from 'preact/hooks';
import type { Item } from '../lib/model';
import { useVirtualizer } from '../lib/ui/use-virtualizer';
import { otherSources } from '../lib/ui/also-in';
import type { ListDensity } from '../lib/settings';
import { ItemRow, rowId, type ItemAction } from './ItemRow';
import { useI18n } from './i18n';

export interface ItemListProps {
  items: Item[];
  hasMore: boolean;
  selected: number;
  sourceNames: Record<string, string>;
  ruleLabels?: Record<string, string>;
  density?: ListDensity;
  onSelect(index: number): void;
  onOpen(item: Item): void;
  onAction?(item: Item, action: ItemAction): void;
  onLoadMore(): void;
}

/**
 * The item list as a listbox: only visible rows are in the DOM (virtual list), the
 * selection is announced through aria-activedescendant, and nearing the end loads the next page.
 */
export function ItemList(props: ItemListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const density = props.density ?? 'compact';
  const v = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (density === 'comfortable' ? 116 : 31),
    overscan: 6,
    getItemKey: (i) => props.items[i]?.id ?? i,
  });
  const virtual = v.getVirtualItems();
  const last = virtual[virtual.length - 1]?.index ?? -1;

  useEffect(() => {
    if (props.hasMore && last >= props.items.length - 10) props.onLoadMore();
  }, [last, props.hasMore, props.items.length]);

  useEffect(() => {
    if (props.selected >= 0 && props.selected < props.items.length) v.scrollToIndex(props.selected, { align: 'auto' });
  }, [props.selected]);

  return (
    <>
    <div
      ref={scrollRef}
      class="list"
      role="listbox"
      tabIndex={0}
      aria-label={t('listLabel')}
      aria-keyshortcuts="ArrowDown ArrowUp J K Enter S U C Delete"
      aria-describedby="list-keys"
      title={t('keyboardHint')}
      aria-activedescendant={props.selected >= 0 && props.items[props.selected] ? rowId(props.selected) : undefined}
    >
      <div class="list-inner" role="presentation" style={{ height: `${v.getTotalSize()}px` }}>
        {virtual.map((row) => {
          const item = props.items[row.index];
          if (!item) return null;
          return (
            <ItemRow
              key={item.id}
              item={item}
              index={row.index}
              top={row.start}
              rowRef={v.measureElement}
              sourceName={props.sourceNames[item.sourceId] ?? item.sourceId}
              alsoIn={item.alsoIn ? otherSources(item, props.sourceNames).map((o) => o.name) : undefined}
              selected={row.index === props.selected}
              ruleLabels={props.ruleLabels}
              density={density}
              onAction={props.onAction}
              onOpen={props.onOpen}
              onHover={props.onSelect}
            />
          );
        })}
      </div>
    </div>
    <p id="list-keys" class="sr-only">{t('keyboardHint')}</p>
    </>
  );
}
