import { browser } from 'wxt/browser';
import { checkRule, scrapeListing } from '../../lib/listing';
import { OFFSCREEN_TARGET, type OffscreenMessage } from '../../lib/listing/offscreen-client';

// Chrome's offscreen document: reads listing pages for the service worker, which has no room
// for the HTML parser in its bundle. Pure functions only; the page runs no fetched script.
browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, reply: (r: unknown) => void) => {
  const m = msg as Partial<OffscreenMessage> | null;
  if (!m || m.target !== OFFSCREEN_TARGET || typeof m.html !== 'string' || typeof m.pageUrl !== 'string') return undefined;
  const rule = m.rule === undefined ? undefined : checkRule(m.rule);
  if (rule && !rule.ok) {
    reply({ ok: false, code: 'no-listing', error: rule.error });
    return undefined;
  }
  reply(scrapeListing(m.html, m.pageUrl, rule ? { rule: rule.rule } : {}));
  return undefined;
});
