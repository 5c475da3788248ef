/**
 * The command line's RefreshStore: the whole state (source states, items, tombstones) held in
 * memory during a run and kept between runs as one JSON file. The identity rules are the
 * extension's, from one place (store/upsert-plan.ts), so the published feeds agree with what
 * the extension shows.
 */
import type { Item, SourceState } from '../../model';
import type { CommitResult, RefreshStore, TaggedItem } from '../../refresh';
import { DAY_MS, TOMBSTONE_TTL_DAYS } from '../../store/retention';
import { articleKey, toStoredItem } from '../../store/stored-item';
import { ARTICLE_TOMBSTONE_SOURCE, planUpsert, tombstonesFor, type Tombstone } from '../../store/upsert-plan';

/** An id that must not come back: pruned or gone items, with when a feed last carried them. */
export type FileTombstone = Tombstone;

/** What `.state/state.json` holds. */
export interface AggregateState {
  version: 1;
  sources: Record<string, SourceState>;
  items: Item[];
  tombstones: FileTombstone[];
}

export const STATE_VERSION = 1;

export function emptyState(): AggregateState {
  return { version: STATE_VERSION, sources: {}, items: [], tombstones: [] };
}

export interface FileStore extends RefreshStore {
  /** Drops items older than the window (leaving tombstones) and tombstones unseen for 90 days. */
  prune(now: number): number;
  /** Replaces stored items' tags (after the tagger changed). */
  replaceItems(items: Item[]): void;
  items(): Item[];
  sourceStates(): Record<string, SourceState>;
  /** The state to save: sorted, and without the per-run timestamps (see persistState). */
  snapshot(): AggregateState;
}

/**
 * A store over `initial` (not modified). New items older than `retentionDays` are stored silenced
 * (as in the extension) and leave at the next prune, with a tombstone.
 */
export function createFileStore(initial: AggregateState, opts: { retentionDays: number }): FileStore {
  const sources = new Map(Object.entries(initial.sources));
  const items = new Map(initial.items.map((i) => [i.id, i]));
  const tombs = new Map(initial.tombstones.map((t) => [t.id, t]));
  const windowMs = opts.retentionDays * DAY_MS;

  const upsert = (sourceId: string, incoming: TaggedItem[], now: number): CommitResult => {
    const idsByLink = new Map<string, string[]>();
    const tombByLink = new Map<string, FileTombstone>();
    for (const i of items.values()) if (i.sourceId === sourceId && i.link) idsByLink.set(i.link, [...(idsByLink.get(i.link) ?? []), i.id]);
    for (const t of tombs.values()) if (t.sourceId === sourceId && t.link) tombByLink.set(t.link, t);
    // Every source's items by article key, built when the plan first asks (E08).
    let byArticle: Map<string, Item[]> | undefined;
    const itemsWithArticle = (key: string): Item[] => {
      if (!byArticle) {
        byArticle = new Map();
        for (const i of items.values()) {
          if (!i.link) continue;
          const k = articleKey(i.link);
          byArticle.set(k, [...(byArticle.get(k) ?? []), i]);
        }
      }
      return byArticle.get(key) ?? [];
    };
    const plan = planUpsert(
      sourceId,
      incoming,
      {
        item: (id) => items.get(id),
        tombstone: (id) => tombs.get(id),
        itemIdsWithLink: (link) => idsByLink.get(link) ?? [],
        tombstoneWithLink: (link) => tombByLink.get(link),
        itemsWithArticle,
        articleTombstone: (key) => tombs.get(`${ARTICLE_TOMBSTONE_SOURCE}|${key}`),
      },
      now,
      { retentionDays: opts.retentionDays },
    );
    for (const i of plan.puts) items.set(i.id, i);
    for (const t of plan.tombstones) tombs.set(t.id, t);
    return { added: plan.result.added, old: plan.result.old, merged: plan.result.merged };
  };

  return {
    async getSourceState(id) {
      return sources.get(id);
    },
    async commitSource(state, incoming, now) {
      const r = incoming ? upsert(state.sourceId, incoming, now) : { added: [], old: 0, merged: 0 };
      sources.set(state.sourceId, state);
      return r;
    },
    async putSourceStates(states) {
      for (const s of states) sources.set(s.sourceId, s);
    },
    prune(now) {
      const cutoff = now - windowMs;
      let dropped = 0;
      for (const i of [...items.values()]) {
        if (i.sortAt >= cutoff) continue;
        items.delete(i.id);
        for (const t of tombstonesFor(i, now, { article: false })) tombs.set(t.id, t);
        dropped++;
      }
      for (const t of [...tombs.values()]) if (t.seenAt < now - TOMBSTONE_TTL_DAYS * DAY_MS) tombs.delete(t.id);
      return dropped;
    },
    replaceItems(list) {
      for (const i of list) if (items.has(i.id)) items.set(i.id, i);
    },
    items: () => [...items.values()],
    sourceStates: () => Object.fromEntries(sources),
    snapshot: () => ({
      version: STATE_VERSION,
      sources: Object.fromEntries([...sources].sort(([a], [b]) => cmp(a, b)).map(([id, s]) => [id, persistState(s)])),
      items: [...items.values()].sort((a, b) => cmp(a.id, b.id)),
      tombstones: [...tombs.values()].sort((a, b) => cmp(a.id, b.id)),
    }),
  };
}

/**
 * A source state as saved. The run-time stamps (lastCheckedAt, lastSuccessAt, and nextCheckAt
 * of a healthy source) change on every run although nothing happened, so they are left out and
 * a quiet run leaves the state file untouched; a healthy source is polled at every run. The
 * next check of a source that is held back (Retry-After, backoff after errors) is kept, so that
 * the next runs honour it (H06; `--force` overrides it).
 */
export function persistState(s: SourceState): SourceState {
  const held = s.status !== 'ok' && s.status !== 'new' || s.errorCount > 0;
  return { ...s, lastCheckedAt: 0, lastSuccessAt: 0, nextCheckAt: held ? s.nextCheckAt : 0 };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses a saved state; undefined when the text is not one. Items are re-coerced on the way in. */
export function parseState(text: string): AggregateState | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const d = data as Partial<AggregateState> | null;
  if (!d || d.version !== STATE_VERSION || typeof d.sources !== 'object' || !Array.isArray(d.items) || !Array.isArray(d.tombstones)) {
    return undefined;
  }
  return {
    version: STATE_VERSION,
    sources: d.sources ?? {},
    items: d.items.map((i) => toStoredItem(i, i)),
    tombstones: d.tombstones.filter((t) => t && typeof t.id === 'string'),
  };
}

/** The state as its file holds it: one item per line, so it diffs and greps well. */
export function serializeState(state: AggregateState): string {
  const lines = (list: unknown[]) => (list.length ? `[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]` : '[]');
  return `{"version":${state.version},\n"sources":${JSON.stringify(state.sources, null, 1)},\n"items":${lines(state.items)},\n"tombstones":${lines(state.tombstones)}}\n`;
}
