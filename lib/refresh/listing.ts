/**
 * The listing side of a poll: a fetched page → items, or the reason there are none. The page
 * is compared by content first, so that an unchanged page without validators costs no parse
 * and announces nothing; a listing that gave items and then gives none for two polls is marked
 * "Seite verändert?" and keeps its earlier items.
 */
import type { ScrapePage } from '../listing';
import type { ParsedFeed, Source, SourceState } from '../model';
import { hashString } from '../normalize/hash';

/** Polls in a row without items after which a listing that had items is marked 'changed'. */
export const CHANGED_AFTER = 2;

export type ListingRead =
  | { kind: 'items'; feed: ParsedFeed; hash: string }
  | { kind: 'unchanged'; hash: string }
  | { kind: 'empty'; hash: string; message: string };

/** Whether a source is read as a listing page. */
export function isListing(source: Source): boolean {
  return source.kind === 'listing';
}

/** Reads a fetched listing page with the source's rule (or detection when it has none). */
export async function readListing(
  source: Source,
  page: { text: string; finalUrl: string },
  prev: SourceState,
  scrape: ScrapePage | undefined,
): Promise<ListingRead> {
  const hash = hashString(page.text);
  // Only a page that gave items is skipped when unchanged: an empty one still counts towards 'changed'.
  if (prev.contentHash === hash && prev.itemCount > 0 && (prev.emptyPolls ?? 0) === 0) return { kind: 'unchanged', hash };
  if (!scrape) return { kind: 'empty', hash, message: 'listing: listing pages cannot be read here' };
  const result = await scrape(page.text, page.finalUrl, source.rule);
  if (!result.ok) return { kind: 'empty', hash, message: result.error };
  return { kind: 'items', feed: result.feed, hash };
}

/**
 * The state after a poll that found no items: 'error' while the listing never gave any,
 * otherwise `ok` (the schedule of a good poll) for the first empty poll and 'changed' from the second on.
 */
export function emptyListingState(prev: SourceState, ok: SourceState, message: string): SourceState | 'error' {
  if (prev.itemCount === 0) return 'error';
  const emptyPolls = (prev.emptyPolls ?? 0) + 1;
  if (emptyPolls < CHANGED_AFTER) return { ...ok, emptyPolls, itemCount: prev.itemCount };
  return {
    ...ok,
    emptyPolls,
    itemCount: prev.itemCount,
    status: 'changed',
    lastError: `listing: page changed? no items found for ${emptyPolls} polls; earlier items kept (${message.replace(/^listing: /, '')})`,
    error: { code: 'listing.changed', params: { polls: emptyPolls } },
  };
}
