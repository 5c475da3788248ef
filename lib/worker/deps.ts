/** What the background's wiring is given: the browser, the database, the catalogue, clocks. */
import type { ScrapePage } from '../listing';
import type { Source } from '../model';
import type { GazetteerSource } from '../tag';
import type { KommunalradarDb } from '../store/db';
import type { WorkerBrowser } from './browser-api';

export interface WorkerDeps {
  browser: WorkerBrowser;
  db: KommunalradarDb;
  catalogue: readonly Source[];
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /** `navigator.locks`, so that an alarm and the popup never refresh at once (G04). */
  locks?: LockManager;
  /** Whether the extension may fetch this URL (Firefox lets users revoke host permissions, G11). */
  hasPermission?: (url: string) => Promise<boolean>;
  /** Lets catalogue sources reach loopback and private addresses: the test build only, whose catalogue is local. */
  allowPrivate?: boolean;
  /** Reads the gazetteer data (the extension: its packaged file; tests: the committed data). */
  gazetteer: () => Promise<GazetteerSource>;
  /** Reads listing pages: the offscreen document in Chrome, lib/listing itself in Firefox. */
  scrape?: ScrapePage;
}
