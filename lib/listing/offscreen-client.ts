/**
 * Chrome: the listing reader runs in an offscreen document (reason DOM_PARSER) rather than in
 * the service worker, whose bundle would grow past its 150 KiB budget with the HTML parser.
 * The document runs the very same `scrapeListing` (entrypoints/offscreen/), so the items equal
 * those of the Firefox build and the command line. One document is created on first use and
 * reused, also by a later worker (Chrome keeps it open; a second createDocument is refused).
 */
import type { ListingResult, ScrapePage } from './index';

/** The message the offscreen document answers. */
export const OFFSCREEN_TARGET = 'kommunalradar-listing';

export interface OffscreenMessage {
  target: typeof OFFSCREEN_TARGET;
  html: string;
  pageUrl: string;
  rule?: unknown;
}

/** The part of Chrome's API the client needs (a structural type, so tests can pass a fake). */
export interface OffscreenApi {
  offscreen: {
    createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
}

/** A ScrapePage that asks the offscreen document. */
export function createOffscreenScrape(api: OffscreenApi, path = '/offscreen.html'): ScrapePage {
  let ready: Promise<void> | undefined;
  const ensure = () => {
    ready ??= (async () => {
      if (api.offscreen.hasDocument && (await api.offscreen.hasDocument())) return;
      await api.offscreen.createDocument({
        url: api.runtime.getURL(path),
        reasons: ['DOM_PARSER'],
        justification: 'Read the news items of listing pages the user follows',
      }).catch((e: unknown) => {
        // A document left by an earlier worker run is fine; anything else is an error.
        if (!String(e).includes('single offscreen')) throw e;
      });
    })().catch((e: unknown) => {
      ready = undefined;
      throw e;
    });
    return ready;
  };
  return async (html, pageUrl, rule) => {
    try {
      await ensure();
      const message: OffscreenMessage = { target: OFFSCREEN_TARGET, html, pageUrl, ...(rule ? { rule } : {}) };
      const reply = (await api.runtime.sendMessage(message)) as ListingResult | undefined;
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
      ready = undefined;
      return { ok: false, code: 'no-listing', error: 'listing: the page reader did not answer' };
    } catch (e) {
      ready = undefined;
      return { ok: false, code: 'no-listing', error: `listing: the page reader failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}
