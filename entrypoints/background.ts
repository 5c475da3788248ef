import { browser } from 'wxt/browser';
import { CATALOGUE } from '../feeds';
import { followE2eCatalogue, type E2eStorage } from '../feeds/e2e';
import { scrapeDirect } from '../lib/listing';
import { createOffscreenScrape, type OffscreenApi } from '../lib/listing/offscreen-client';
import { openDb } from '../lib/store/db';
import { readPackagedGazetteer } from '../lib/tag/packaged-file';
import { originPattern } from '../lib/ui/permissions';
import { withToolbarAction, type WorkerBrowser } from '../lib/worker/browser-api';
import { startWorker } from '../lib/worker';

export default defineBackground({
  type: 'module',
  main() {
    const worker = startWorker({
      // Manifest V2 (Firefox) names the toolbar button's API browserAction.
      browser: withToolbarAction(browser as unknown as WorkerBrowser),
      db: openDb(),
      catalogue: __E2E__ ? followE2eCatalogue(browser.storage as unknown as E2eStorage) : CATALOGUE,
      allowPrivate: __E2E__,
      fetch: globalThis.fetch.bind(globalThis),
      now: Date.now,
      random: Math.random,
      locks: navigator.locks,
      // The directory data is a packaged file, read on the first tagging: as code it would be a
      // third of the worker's bundle, which Chrome loads in full at every start.
      gazetteer: () => readPackagedGazetteer(browser.runtime.getURL as (path: string) => string, globalThis.fetch.bind(globalThis)),
      // Scheme and host without the port, as the options page asks for it: Firefox answers
      // false for a pattern with a port ("http://127.0.0.1:8080/*") even when the host is granted.
      hasPermission: async (url) => {
        const pattern = originPattern(url);
        return pattern !== undefined && browser.permissions.contains({ origins: [pattern] });
      },
      // Firefox's background page reads listings itself; Chrome's worker hands them to the
      // offscreen document, so the HTML parser stays out of the worker's bundle.
      scrape: import.meta.env.FIREFOX ? scrapeDirect : createOffscreenScrape(browser as unknown as OffscreenApi),
    });
    // The test build only: Chromium cannot click a notification, and a runtime message may not
    // raise the click (H14), so the end-to-end tests call the handler here.
    if (__E2E__) (globalThis as { krNotificationClicked?: unknown }).krNotificationClicked = worker.notificationClicked;
  },
});
