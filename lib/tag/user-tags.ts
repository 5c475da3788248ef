/**
 * The user's corrections of an item's tags: Länder and themes added or removed by hand. They
 * are kept on the item and laid over whatever the tagger says, now and after every re-tagging.
 */
import { LAND_CODES, type RegionCode, type UserTags } from '../model';

const REGION_CODES: readonly string[] = [...LAND_CODES, 'DE'];

export type TagFacet = 'regions' | 'themes';

export interface TagEdit {
  facet: TagFacet;
  value: string;
  action: 'add' | 'remove';
}

const MAX_VALUE = 64;
const MAX_PER_LIST = 32;

const empty = (): UserTags => ({ added: { regions: [], themes: [] }, removed: { regions: [], themes: [] } });

/** Whether a value may be a tag of the facet (a Land code or DE; a theme or rule id). */
export function validTagValue(facet: TagFacet, value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_VALUE) return false;
  return facet === 'regions' ? REGION_CODES.includes(value) : /^[a-z0-9][a-z0-9-]*$/.test(value);
}

/** A stored or received value as UserTags: unknown shapes and invalid values dropped. */
export function toUserTags(x: unknown): UserTags | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const list = (side: unknown, facet: TagFacet): string[] => {
    const v = typeof side === 'object' && side !== null ? (side as Record<string, unknown>)[facet] : undefined;
    return Array.isArray(v) ? [...new Set(v.filter((s): s is string => validTagValue(facet, s)))].slice(0, MAX_PER_LIST) : [];
  };
  const u: UserTags = {
    added: { regions: list(o.added, 'regions') as RegionCode[], themes: list(o.added, 'themes') },
    removed: { regions: list(o.removed, 'regions') as RegionCode[], themes: list(o.removed, 'themes') },
  };
  return isEmpty(u) ? undefined : u;
}

function isEmpty(u: UserTags): boolean {
  return !u.added.regions.length && !u.added.themes.length && !u.removed.regions.length && !u.removed.themes.length;
}

/** The tags after the user's corrections: the tagger's minus the removed, plus the added. */
export function applyUserTags<T extends { regions: RegionCode[]; themes: string[] }>(tags: T, u: UserTags | undefined): T {
  if (!u) return tags;
  const regions = tags.regions.filter((r) => !u.removed.regions.includes(r));
  for (const r of u.added.regions) if (!regions.includes(r)) regions.push(r);
  const themes = tags.themes.filter((t) => !u.removed.themes.includes(t));
  for (const t of u.added.themes) if (!themes.includes(t)) themes.push(t);
  return { ...tags, regions, themes };
}

/** The corrections after one more edit (undefined when none are left). */
export function editUserTags(u: UserTags | undefined, edit: TagEdit): UserTags | undefined {
  const next = u ? structuredCloneTags(u) : empty();
  const [into, from] = edit.action === 'add' ? [next.added, next.removed] : [next.removed, next.added];
  const list = into[edit.facet] as string[];
  const other = from[edit.facet] as string[];
  const at = other.indexOf(edit.value);
  if (at >= 0) other.splice(at, 1);
  if (!list.includes(edit.value) && list.length < MAX_PER_LIST) list.push(edit.value);
  return isEmpty(next) ? undefined : next;
}

function structuredCloneTags(u: UserTags): UserTags {
  return {
    added: { regions: [...u.added.regions], themes: [...u.added.themes] },
    removed: { regions: [...u.removed.regions], themes: [...u.removed.themes] },
  };
}

/** Whether the user added this tag by hand. */
export function isUserAdded(u: UserTags | undefined, facet: TagFacet, value: string): boolean {
  return !!u && (u.added[facet] as string[]).includes(value);
}
