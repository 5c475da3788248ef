/** The other sources that carried an item's article (E08), as the popup and the reader name them. */
import type { Item } from '../model';
import { safeHttpUrl } from '../safe-text';

export interface OtherSource {
  sourceId: string;
  /** The name the user sees (the id when the source has none any more). */
  name: string;
  /** That source's copy, when its link differs from the item's (http(s) only). */
  link?: string;
}

/** The item's other sources in the order they carried it, named by `names`. */
export function otherSources(item: Pick<Item, 'alsoIn'>, names: Record<string, string>): OtherSource[] {
  return (item.alsoIn ?? []).map((a) => {
    const link = a.link ? safeHttpUrl(a.link) : undefined;
    return { sourceId: a.sourceId, name: names[a.sourceId] ?? a.sourceId, ...(link ? { link } : {}) };
  });
}
