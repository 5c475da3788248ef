/**
 * The user's corrections of an item's tags: Länder, themes and places added or removed by
 * hand. They are kept on the item and laid over whatever the tagger says, now and after every
 * re-tagging. A place the user adds brings its Land, as a place the tagger finds does.
 */
import { LAND_CODES, type Place, type RegionCode, type UserTags } from '../model';
import { safeText } from '../safe-text';
import { LAND_BY_KEY } from './land-keys';

const REGION_CODES: readonly string[] = [...LAND_CODES, 'DE'];

export type TagFacet = 'regions' | 'themes' | 'places';

export interface TagEdit {
  facet: TagFacet;
  /** A Land code or DE, a theme or rule id, or the AGS of a Gemeinde (8 digits) or Kreis (5). */
  value: string;
  action: 'add' | 'remove';
  /** The name of a place the user adds, as chosen ("Zittau (Landkreis Görlitz)"). */
  name?: string;
}

const MAX_VALUE = 64;
const MAX_PER_LIST = 32;
const MAX_NAME = 120;

const empty = (): UserTags => ({ added: { regions: [], themes: [] }, removed: { regions: [], themes: [] } });

/** Whether a string is an AGS of a Kreis (5 digits) or Gemeinde (8) in a known Land. */
function isAgs(value: string): boolean {
  if (value.length !== 5 && value.length !== 8) return false;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 48 || value.charCodeAt(i) > 57) return false;
  return LAND_BY_KEY[value.slice(0, 2)] !== undefined;
}

/** Whether a value may be a tag of the facet (a Land code or DE; a theme or rule id; an AGS). */
export function validTagValue(facet: TagFacet, value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_VALUE) return false;
  if (facet === 'places') return isAgs(value);
  return facet === 'regions' ? REGION_CODES.includes(value) : /^[a-z0-9][a-z0-9-]*$/.test(value);
}

/** A place the user added: its Land follows from the AGS, its name is one line of plain text. */
export function userPlace(ags: string, name: unknown): Place | undefined {
  if (!isAgs(ags)) return undefined;
  const text = typeof name === 'string' ? safeText(name.slice(0, 4 * MAX_NAME), MAX_NAME) : '';
  return { name: text || ags, ags, land: LAND_BY_KEY[ags.slice(0, 2)]! };
}

/** A stored or received value as UserTags: unknown shapes and invalid values dropped. */
export function toUserTags(x: unknown): UserTags | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const field = (side: unknown, facet: TagFacet): unknown => (typeof side === 'object' && side !== null ? (side as Record<string, unknown>)[facet] : undefined);
  const list = (side: unknown, facet: TagFacet): string[] => {
    const v = field(side, facet);
    return Array.isArray(v) ? [...new Set(v.filter((s): s is string => validTagValue(facet, s)))].slice(0, MAX_PER_LIST) : [];
  };
  const addedPlaces = (): Place[] => {
    const v = field(o.added, 'places');
    if (!Array.isArray(v)) return [];
    const out: Place[] = [];
    for (const p of v) {
      const place = typeof p === 'object' && p !== null ? userPlace(String((p as Place).ags), (p as Place).name) : undefined;
      if (place && !out.some((q) => q.ags === place.ags) && out.length < MAX_PER_LIST) out.push(place);
    }
    return out;
  };
  const u: UserTags = {
    added: { regions: list(o.added, 'regions') as RegionCode[], themes: list(o.added, 'themes') },
    removed: { regions: list(o.removed, 'regions') as RegionCode[], themes: list(o.removed, 'themes') },
  };
  const added = addedPlaces();
  const removed = list(o.removed, 'places');
  if (added.length) u.added.places = added;
  if (removed.length) u.removed.places = removed;
  return isEmpty(u) ? undefined : u;
}

function isEmpty(u: UserTags): boolean {
  return !u.added.regions.length && !u.added.themes.length && !u.removed.regions.length && !u.removed.themes.length
    && !u.added.places?.length && !u.removed.places?.length;
}

/**
 * The tags after the user's corrections: the tagger's minus the removed, plus the added; a
 * place added brings its Land unless the user removed that Land.
 */
export function applyUserTags<T extends { regions: RegionCode[]; themes: string[]; places?: Place[] }>(tags: T, u: UserTags | undefined): T {
  if (!u) return tags;
  const regions = tags.regions.filter((r) => !u.removed.regions.includes(r));
  for (const r of u.added.regions) if (!regions.includes(r)) regions.push(r);
  const themes = tags.themes.filter((t) => !u.removed.themes.includes(t));
  for (const t of u.added.themes) if (!themes.includes(t)) themes.push(t);
  if (!tags.places) return { ...tags, regions, themes };
  const removedPlaces = u.removed.places ?? [];
  const places = tags.places.filter((p) => !removedPlaces.includes(p.ags));
  for (const p of u.added.places ?? []) {
    if (!places.some((q) => q.ags === p.ags)) places.push(p);
    if (!regions.includes(p.land) && !u.removed.regions.includes(p.land)) regions.push(p.land);
  }
  return { ...tags, regions, themes, places };
}

/** The corrections after one more edit (undefined when none are left). */
export function editUserTags(u: UserTags | undefined, edit: TagEdit): UserTags | undefined {
  const next = u ? structuredCloneTags(u) : empty();
  if (edit.facet === 'places') return editPlaces(next, edit);
  const [into, from] = edit.action === 'add' ? [next.added, next.removed] : [next.removed, next.added];
  const list = into[edit.facet] as string[];
  const other = from[edit.facet] as string[];
  const at = other.indexOf(edit.value);
  if (at >= 0) other.splice(at, 1);
  if (!list.includes(edit.value) && list.length < MAX_PER_LIST) list.push(edit.value);
  return isEmpty(next) ? undefined : next;
}

function editPlaces(next: UserTags, edit: TagEdit): UserTags | undefined {
  const added = (next.added.places ?? []).filter((p) => p.ags !== edit.value);
  const removed = (next.removed.places ?? []).filter((a) => a !== edit.value);
  if (edit.action === 'add') {
    const place = userPlace(edit.value, edit.name);
    if (place && added.length < MAX_PER_LIST) added.push(place);
  } else if (removed.length < MAX_PER_LIST && validTagValue('places', edit.value)) {
    removed.push(edit.value);
  }
  if (added.length) next.added.places = added;
  else delete next.added.places;
  if (removed.length) next.removed.places = removed;
  else delete next.removed.places;
  return isEmpty(next) ? undefined : next;
}

function structuredCloneTags(u: UserTags): UserTags {
  const c: UserTags = {
    added: { regions: [...u.added.regions], themes: [...u.added.themes] },
    removed: { regions: [...u.removed.regions], themes: [...u.removed.themes] },
  };
  if (u.added.places?.length) c.added.places = u.added.places.map((p) => ({ ...p }));
  if (u.removed.places?.length) c.removed.places = [...u.removed.places];
  return c;
}
