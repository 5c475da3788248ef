import {
  Virtualizer, elementScroll, measureElement, observeElementOffset, observeElementRect,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = Pick<VirtualizerOptions<HTMLElement, HTMLElement>, 'count' | 'getScrollElement' | 'estimateSize' | 'overscan' | 'getItemKey'>;

/**
 * A Preact binding of @tanstack/virtual-core: only the rows in (and just around) the
 * viewport are rendered; row heights are measured as they render (give each row
 * `data-index` and `ref={v.measureElement}`).
 */
export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    measureElement,
    ...options,
    onChange: () => rerender(0),
  };
  const [instance] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
