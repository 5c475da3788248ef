/** Class names and ids fit for the selectors detection writes. */

const TOKEN = /^[A-Za-z_][\w-]*$/;
const NUMBERED = /\d{3}|\d$/;

/** A class or id fit for a selector: CSS-safe, and not numbered per item (`post-1234`, `c12`). */
export const isSafeToken = (t: string): boolean => t.length <= 80 && TOKEN.test(t) && !NUMBERED.test(t);

/**
 * Classes that say where an item stands or how it is shown, not what it is (`first`, `even`,
 * `active`, `topnews`, `has-post-thumbnail`): never part of an item's selector, since the
 * next item lacks them.
 */
const STATE = new Set([
  'first', 'last', 'even', 'odd', 'active', 'current', 'selected', 'open', 'featured', 'sticky', 'topnews', 'top',
  'new', 'highlight', 'highlighted', 'promoted', 'clearfix', 'visible', 'hidden', 'show', 'in', 'hentry',
]);

export function isStateToken(t: string): boolean {
  const l = t.toLowerCase();
  return STATE.has(l) || l.startsWith('has-') || l.startsWith('is-') || l.startsWith('no-') || l.startsWith('with-');
}
