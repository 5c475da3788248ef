/**
 * Poison-pill guard: a source on which the worker died (its processing mark left behind) is
 * skipped once at the next start and shown as "Verarbeitung abgebrochen"; the other sources go on.
 * The worker's death is played by a tagger that throws out of the refresh for one source's items,
 * as a stop in the middle of that synchronous work would leave things.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshDeps } from '../../lib/refresh';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { createProcessingMarks, recoverAbortedSources } from '../../lib/store/processing';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { getSourceState } from '../../lib/store/sources';
import { createTagger } from '../../lib/tag/builtin';
import { inTrouble } from '../../lib/ui/queries';
import { rss, startServer, type TestServer } from '../helpers/feed-server';

const tagger = createTagger();
let db: KommunalradarDb;
let server: TestServer;
const clock = Date.UTC(2026, 2, 4, 8, 0, 0);

beforeEach(async () => {
  db = openDb({ name: `poison-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  server = await startServer({
    '/gift.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Gift', [{ title: 'GIFT', guid: 'g' }])),
    '/gut.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Gut', [{ title: 'Neues Portal in Kiel', guid: 'k' }])),
  });
});
afterEach(async () => {
  await server.close();
  db.close();
});

const sources = (): Source[] => [
  { id: 'gift', name: 'Gift', url: server.url('/gift.xml'), broad: false, confirmed: true },
  { id: 'gut', name: 'Gut', url: server.url('/gut.xml'), broad: false, confirmed: true },
];

function deps(tag: RefreshDeps['tag'] = (i) => tagger.tag(i)): RefreshDeps {
  return {
    store: createDexieRefreshStore(db, { retentionDays: 3650 }),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => clock,
    random: () => 0,
    tag,
    tagVersion: tagger.version,
    allowPrivate: true,
    processing: createProcessingMarks(db, () => clock),
  };
}

describe('poison-pill guard', () => {
  it('H02 poison pill: a source that stopped the worker is skipped once, marked "Verarbeitung abgebrochen", and polled again after', async () => {
    const dying = deps((i) => {
      if (i.title === 'GIFT') throw new Error('worker stopped');
      return tagger.tag(i);
    });
    await expect(refreshSources(sources(), dying, { force: true })).rejects.toThrow('worker stopped');

    // Next start: the mark names the source.
    expect(await recoverAbortedSources(db)).toEqual(['gift']);
    const aborted = await getSourceState(db, 'gift');
    expect(aborted).toMatchObject({ status: 'aborted', skipOnce: true, errorCount: 1, error: { code: 'refresh.aborted' } });
    expect(inTrouble(aborted)).toBe(true);
    const de = JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')) as Record<string, { message: string }>;
    expect(de[`status_${aborted!.status}`]!.message).toBe('Verarbeitung abgebrochen');

    // The next refresh skips it, even forced, and polls the other source.
    const before = server.requests.length;
    const second = await refreshSources(sources(), deps(), { force: true });
    const paths = server.requests.slice(before).map((r) => r.path);
    expect(paths).toEqual(['/gut.xml']);
    expect(second.results.map((r) => r.sourceId)).toEqual(['gut']);
    expect(await getSourceState(db, 'gift')).toMatchObject({ status: 'aborted', skipOnce: false });
    expect(await recoverAbortedSources(db)).toEqual([]);

    // Skipped once only: the refresh after that polls it again.
    const third = await refreshSources(sources(), deps(), { force: true });
    expect(third.results.map((r) => r.sourceId).sort()).toEqual(['gift', 'gut']);
    expect(await getSourceState(db, 'gift')).toMatchObject({ status: 'ok' });
  });

  it('H02 poison pill: a refresh that completes leaves no mark behind', async () => {
    await refreshSources(sources(), deps(), { force: true });
    expect(await recoverAbortedSources(db)).toEqual([]);
  });
});
