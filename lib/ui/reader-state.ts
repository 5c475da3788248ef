/**
 * What the full page shows, as a value the address bar carries: a view (Alle, Heute,
 * Ungelesen, Gemerkt), the Land, theme and source chosen, and the search. A view can thus be
 * bookmarked and reloaded; unknown or malformed parameters are ignored.
 */
import { LAND_CODES, type RegionCode } from '../model';
import type { ViewFilter } from '../messages';

export type ReaderView = 'all' | 'today' | 'unread' | 'starred';
export const READER_VIEWS: readonly ReaderView[] = ['all', 'today', 'unread', 'starred'];

export interface ReaderState {
  view: ReaderView;
  region?: RegionCode;
  theme?: string;
  sourceId?: string;
  search?: string;
}

const REGIONS = new Set<string>([...LAND_CODES, 'DE']);
/** Theme ids and source ids are short slugs; anything else in the address is ignored. */
const SLUG = /^[\w.:-]{1,120}$/;

/** The state in `search` (location.search), defaults for what is missing or invalid. */
export function readerStateFromSearch(search: string): ReaderState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const region = p.get('land')?.toUpperCase();
  const theme = p.get('thema');
  const source = p.get('quelle');
  const q = p.get('q')?.slice(0, 200).trim();
  return {
    view: READER_VIEWS.includes(view as ReaderView) ? (view as ReaderView) : 'all',
    ...(region && REGIONS.has(region) ? { region: region as RegionCode } : {}),
    ...(theme && SLUG.test(theme) ? { theme } : {}),
    ...(source && SLUG.test(source) ? { sourceId: source } : {}),
    ...(q ? { search: q } : {}),
  };
}

/** The query string for `state` ('' for the default view), in a fixed order. */
export function readerStateToSearch(state: ReaderState): string {
  const p = new URLSearchParams();
  if (state.view !== 'all') p.set('view', state.view);
  if (state.region) p.set('land', state.region);
  if (state.theme) p.set('thema', state.theme);
  if (state.sourceId) p.set('quelle', state.sourceId);
  if (state.search?.trim()) p.set('q', state.search.trim());
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The item filter of a state; "Heute" starts at `startOfToday` (local midnight, epoch ms). */
export function readerFilter(state: ReaderState, startOfToday: number): ViewFilter {
  return {
    ...(state.region ? { regions: [state.region] } : {}),
    ...(state.theme ? { themes: [state.theme] } : {}),
    ...(state.sourceId ? { sourceIds: [state.sourceId] } : {}),
    ...(state.view === 'unread' ? { unreadOnly: true } : {}),
    ...(state.view === 'today' ? { since: startOfToday } : {}),
    ...(state.view === 'starred' ? { starredOnly: true } : {}),
    ...(state.search?.trim() ? { search: state.search } : {}),
  };
}

/** Local midnight of the day `now` falls on. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The state with one facet chosen, or cleared when it was already chosen (clicking twice undoes). */
export function toggleFacet(state: ReaderState, facet: 'region' | 'theme' | 'sourceId', value: string): ReaderState {
  const next = { ...state };
  if (state[facet] === value) delete next[facet];
  else (next as Record<string, string>)[facet] = value;
  return next;
}
