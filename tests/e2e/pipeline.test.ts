import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, startServer, TEASERS, type TestServer } from '../helpers/feed-server';
import { launchExtension, storedItems, type Extension } from './harness';

let ext: Extension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/k21.xml': (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"1"' })
        .end(rss('Kommune21', TEASERS.map((t, i) => ({ ...t, link: `https://www.kommune21.de/meldung/${i}`, guid: `k21-${i}` })))),
  });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('G03 the worker creates its refresh alarm at start', async () => {
    await expect.poll(() => ext.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a: { name: string }) => a.name)), { timeout: 10_000 })
      .toContain('kommunalradar-refresh');
  });

  it('stores the items of a local feed added as a source, and the popup page reads them', async () => {
    const page = await ext.open('popup.html');
    const reply = await ext.command<{ ok: boolean }>(page, {
      type: 'add-source', source: { name: 'Kommune21 (Test)', url: server.url('/k21.xml'), broad: false, confirmed: true },
    });
    expect(reply.ok).toBe(true);
    await expect.poll(async () => (await storedItems(page)).length, { timeout: 20_000 }).toBe(4);
    const items = await storedItems(page);
    expect(items.map((i) => i.title)).toContain('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    expect(items.find((i) => i.title.startsWith('Dresden'))!.regions).toEqual(['SN']);
    expect(server.requests.filter((r) => r.path === '/k21.xml').length).toBeGreaterThanOrEqual(1);
  });
});
