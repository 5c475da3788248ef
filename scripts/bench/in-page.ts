/**
 * Code the Chromium benchmarks evaluate inside the extension (an extension page or the
 * service worker), kept as plain JavaScript source text: functions handed to Playwright from
 * a tsx-compiled module carry esbuild's `__name` helper, which does not exist in the page.
 *
 * `globalThis.__bench` talks to the extension's own database 'kommunalradar' with raw
 * IndexedDB, after the background (Dexie) has created it.
 */
export const IN_PAGE_HELPERS = String.raw`
(() => {
  if (globalThis.__bench) return;
  const DB_NAME = 'kommunalradar';
  const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const done = (tx) => new Promise((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error || new Error('transaction aborted'));
  });
  let conn = null;
  const open = async () => {
    if (conn) return conn;
    const list = await indexedDB.databases();
    if (!list.some((d) => d.name === DB_NAME)) return null;
    const db = await req(indexedDB.open(DB_NAME));
    if (!db.objectStoreNames.contains('items') || !db.objectStoreNames.contains('meta')) { db.close(); return null; }
    db.onversionchange = () => { db.close(); conn = null; };
    conn = db;
    return db;
  };
  // The query plan of queryItems(db, { regions: [region] }, { limit }) in lib/store/queries.ts,
  // step by step on the same index: walk the *regionSort multiEntry index (keys [Land, sortAt])
  // backwards over [region, -Infinity] … [region, Infinity], keeping rows that match, until the
  // page is full. Reads about 'limit' index entries and rows, whatever the number of items.
  const latest = (db, region, limit) => new Promise((ok, fail) => {
    const tx = db.transaction('items', 'readonly');
    const out = [];
    const match = (i) => i.regions.includes(region);
    const cursorReq = tx.objectStore('items').index('regionSort').openCursor(IDBKeyRange.bound([region, -Infinity], [region, Infinity]), 'prev');
    cursorReq.onerror = () => fail(cursorReq.error);
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor) return ok(out);
      const i = cursor.value;
      if (match(i)) out.push(i);
      if (out.length >= limit) return ok(out);
      cursor.continue();
    };
  });
  // What lib/store/stored-item.ts (toIndexedItem) adds to every item it puts: [value, sortAt] per
  // Land, theme and place key (each AGS, and the Kreis of a Gemeinde), and starred 0/1.
  const sortKeys = (values, sortAt) => (Number.isFinite(sortAt) ? [...new Set(values)].map((v) => [v, sortAt]) : []);
  const placeKeys = (places) => places.flatMap((p) => (p.ags.length === 8 ? [p.ags, p.ags.slice(0, 5)] : [p.ags]));

  globalThis.__bench = {
    /** A meta entry's value, or null (also while the background has not created the database yet). */
    async meta(key) {
      const db = await open();
      if (!db) return null;
      const row = await req(db.transaction('meta', 'readonly').objectStore('meta').get(key));
      return row ? row.value : null;
    },
    /** The stored tag version once the background has created the database and finished its re-tag check, else null. */
    tagVersion() {
      return this.meta('tagVersion');
    },
    /** Puts the items (a JSON array: Playwright's own argument encoding is slow for large graphs) in one transaction, with the sort keys the store adds. */
    async insert(json, tagVersion) {
      const items = JSON.parse(json);
      const db = await open();
      const tx = db.transaction('items', 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('items');
      for (const i of items) {
        if (tagVersion) i.tagVersion = tagVersion;
        i.regionSort = sortKeys(i.regions, i.sortAt);
        i.themeSort = sortKeys(i.themes, i.sortAt);
        i.placeSort = sortKeys(placeKeys(i.places || []), i.sortAt);
        i.copySort = sortKeys([...(i.link ? ['article:' + i.link.split('#')[0]] : []), ...(i.alsoIn || []).map((a) => 'source:' + a.sourceId)], i.sortAt);
        i.starred = i.starred === 1 ? 1 : 0;
        store.put(i);
      }
      await done(tx);
      return req(db.transaction('items', 'readonly').objectStore('items').count());
    },
    /** Warm median of the latest-50-in-a-Land query, measured in the page. */
    async timeLatest(region, limit, warmup, runs) {
      const db = await open();
      const times = [];
      let first = null;
      let count = 0;
      for (let r = 0; r < warmup + runs; r++) {
        const t0 = performance.now();
        const rows = await latest(db, region, limit);
        const ms = performance.now() - t0;
        if (r >= warmup) times.push(ms);
        first = rows[0] ? rows[0].id : null;
        count = rows.length;
      }
      return { times, count, first };
    },
    /** One latest-50 query, for the worker start benchmark. */
    async queryOnce(region, limit) {
      const db = await open();
      if (!db) return null;
      return (await latest(db, region, limit)).length;
    },
  };
})();
`;

/**
 * Installed before the popup's document runs: records, relative to navigation start, when
 * the first element matching the selector appears (`__firstRow`) and when the frame showing
 * it has been produced (`__firstRowPainted`: the next animation frame, then a task).
 */
export function firstRowProbe(selector: string): string {
  return String.raw`
(() => {
  const selector = ${JSON.stringify(selector)};
  const seen = () => {
    if (window.__firstRow !== undefined || !document.querySelector(selector)) return;
    window.__firstRow = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstRowPainted = performance.now(); }, 0));
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
})();
`;
}

/**
 * Evaluated in the service worker right after Playwright attaches: waits (polling every 2 ms)
 * until the refresh alarm exists, the background has stored its tag version (gazetteer loaded,
 * re-tag check done) and a latest-50 query answers. Times are ms since the worker's time origin.
 */
export const WORKER_READY_PROBE = String.raw`
(async () => {
  const attachedAt = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let alarm = null;
  let alarmSeenAt = null;
  let tagVersionAt = null;
  for (let tries = 0; tries < 10000; tries++) {
    if (!alarm) {
      alarm = await chrome.alarms.get('kommunalradar-refresh');
      if (alarm) alarmSeenAt = performance.now();
    }
    if (tagVersionAt === null && (await globalThis.__bench.tagVersion()) !== null) tagVersionAt = performance.now();
    if (alarm && tagVersionAt !== null) break;
    await sleep(2);
  }
  const answered = await globalThis.__bench.queryOnce('BY', 50);
  const readyAt = performance.now();
  return {
    timeOrigin: performance.timeOrigin, attachedAt, alarmSeenAt, tagVersionAt, readyAt, answered,
    alarmScheduled: alarm ? alarm.scheduledTime : null,
  };
})()
`;
