/** Small pure helpers on the popup's filter, shared with the full-page reader. */
import type { ViewFilter } from '../messages';

/** Whether the filter narrows the list at all (then "mark all read" applies to the filtered items only). */
export function isFiltered(f: ViewFilter): boolean {
  return !!(
    f.regions?.length || f.themes?.length || f.sourceIds?.length || f.places?.length ||
    f.unreadOnly || f.starredOnly || (f.search ?? '').trim()
  );
}
