import { useEffect, useRef } from 'preact/hooks';
import type { Item } from '../lib/model';
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

/** How close to the end of the rows (in pixels) scrolling asks for the next page. */
const LOAD_AHEAD_PX = 400;

/**
 * The popup's item list as a listbox: the selection is announced through
 * aria-activedescendant, and scrolling near the end loads the next page. The rows are the
 * loaded pages themselves (40 at first, 100 more per page), not a virtual window: a popup is
 * read a few screens deep, the browser skips laying out rows off screen
 * (`content-visibility: auto`), and the list needs no measuring library. The full page, which
 * may scroll through thousands, keeps its virtual list (components/reader/DayList.tsx).
 */
export function ItemList(props: ItemListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const density = props.density ?? 'compact';

  // Near the end (or a list shorter than the popup): the next page.
  const checkEnd = () => {
    const el = scrollRef.current;
    if (el && props.hasMore && el.scrollTop + el.clientHeight >= el.scrollHeight - LOAD_AHEAD_PX) props.onLoadMore();
  };
  useEffect(checkEnd, [props.hasMore, props.items.length]);

  useEffect(() => {
    if (props.selected < 0 || props.selected >= props.items.length) return;
    scrollRef.current?.querySelector(`#${rowId(props.selected)}`)?.scrollIntoView({ block: 'nearest' });
    if (props.selected >= props.items.length - 10) checkEnd();
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
      onScroll={checkEnd}
    >
      <div class="list-inner" role="presentation">
        {props.items.map((item, index) => (
          <ItemRow
            key={item.id}
            item={item}
            index={index}
            sourceName={props.sourceNames[item.sourceId] ?? item.sourceId}
            alsoIn={item.alsoIn ? otherSources(item, props.sourceNames).map((o) => o.name) : undefined}
            selected={index === props.selected}
            ruleLabels={props.ruleLabels}
            density={density}
            onAction={props.onAction}
            onOpen={props.onOpen}
            onHover={props.onSelect}
          />
        ))}
      </div>
    </div>
    <p id="list-keys" class="sr-only">{t('keyboardHint')}</p>
    </>
  );
}
