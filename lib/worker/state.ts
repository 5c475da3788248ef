import type { Source } from '../model';
import { migrateWatch } from '../alerts/rules';
import { resolveSources, withDefaults, type Settings, type StoredSettings } from '../settings';
import { getMeta, setMeta } from '../store/meta';
import { retagItems } from '../store/items';
import { createGazetteer, createTagger, GAZETTEER_DATA_VERSION, taggerVersion, type Gazetteer, type KeywordRule, type Tagger } from '../tag';
import type { WorkerDeps } from './deps';

export interface WorkerState {
  settings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  sources(): Promise<Source[]>;
  tagger(): Promise<Tagger>;
  /** Re-tags stored items when the gazetteer, the rules or the user's keyword rules changed. */
  retagIfStale(): Promise<number>;
}

/**
 * Settings, sources and the tagger, read from the database each time they are needed (the
 * worker may have been stopped since), with the tagger cached per rule version. The gazetteer
 * is read once per worker life, on the first tagging; a failed read is tried again next time.
 */
export function createWorkerState(deps: WorkerDeps): WorkerState {
  let cached: { key: string; tagger: Tagger } | undefined;
  let gazetteer: Promise<Gazetteer> | undefined;
  const loadGazetteer = () =>
    (gazetteer ??= deps.gazetteer().then(createGazetteer, (e: unknown) => {
      gazetteer = undefined;
      throw e;
    }));

  const settings = async () => withDefaults(await getMeta(deps.db, 'settings'));

  const rulesOf = (s: Settings): KeywordRule[] => s.keywordRules.map((r) => ({ id: r.id, label: r.label, keywords: r.keywords }));

  const tagger = async () => {
    const rules = rulesOf(await settings());
    const key = JSON.stringify(rules);
    if (cached?.key !== key) cached = { key, tagger: createTagger({ gazetteer: await loadGazetteer(), userRules: rules }) };
    return cached.tagger;
  };

  return {
    settings,
    async saveSettings(patch) {
      // A patch in the old shape (a `watch` record, as scripts of version 1 send it) becomes rules.
      const legacy = (patch as StoredSettings).watch;
      const rules = patch.alertRules ?? (legacy ? migrateWatch(legacy) : undefined);
      const { watch: _old, ...rest } = patch as StoredSettings;
      const next = withDefaults({ ...(await settings()), ...rest, ...(rules ? { alertRules: rules } : {}) });
      await setMeta(deps.db, 'settings', next);
      return next;
    },
    async sources() {
      return resolveSources(deps.catalogue, await settings());
    },
    tagger,
    async retagIfStale() {
      // Checked against the version compiled in, so a worker start reads the gazetteer file
      // only when there is re-tagging to do.
      const [s, stored] = await Promise.all([settings(), getMeta(deps.db, 'tagVersion')]);
      if (stored === taggerVersion(GAZETTEER_DATA_VERSION, rulesOf(s))) return 0;
      const t = await tagger();
      const lands = new Map(resolveSources(deps.catalogue, s).map((src) => [src.id, src.land]));
      const n = await retagItems(
        deps.db,
        (i) => ({ ...t.tag({ title: i.title, summary: i.summary, sourceLand: lands.get(i.sourceId) }), tagVersion: t.version }),
        t.version,
      );
      await setMeta(deps.db, 'tagVersion', t.version);
      return n;
    },
  };
}
