/**
 * Parts of a page that repeat links but are not the listing: navigation, sidebars, footers,
 * headers, pagers, breadcrumbs, cookie banners, and boxes headed "Meistgelesen" or
 * "Neueste Beiträge".
 */
import { ancestors, childElements, classes, type Element, textStart } from './dom';

const TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'dialog', 'menu']);
const ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);
/** Words of class names and ids (split at `-`, `_`, digits, case changes are not split). */
const WORDS = new Set([
  'nav', 'navi', 'navbar', 'navigation', 'menu', 'menue', 'mainmenu', 'submenu', 'sidebar', 'aside', 'footer', 'header',
  'breadcrumb', 'breadcrumbs', 'pager', 'pagination', 'paginator', 'paging', 'pagebrowser', 'blaettern', 'cookie', 'cookies', 'consent', 'gdpr',
  'dsgvo', 'banner', 'social', 'share', 'sharing', 'skip', 'toolbar', 'tagcloud', 'related', 'popular',
  'meistgelesen', 'topnav', 'servicenav', 'metanav', 'sitemap', 'skiplinks',
  // Mega-menus and flyouts often list the newest items with their dates; German class names.
  'megamenu', 'flyout', 'dropdown', 'offcanvas', 'mainnav', 'subnav', 'sprungmarken', 'brotkrumen', 'fuss', 'fusszeile', 'kopfzeile',
]);
/**
 * Words that mark a zone only as a class's first word: WordPress sidebars are `widget`,
 * `widget_recent_entries`, `widget-area`, while page builders wrap the main content itself in
 * `elementor-widget-posts`.
 */
const LEADING_WORDS = new Set(['widget', 'widgets']);
const CONSENT = ['cookie', 'consent', 'usercentrics', 'borlabs'];

/** A child or grandchild of <body>. */
function nearBody(el: Element): boolean {
  const p = el.parent as Element | null;
  return p?.name === 'body' || (p?.parent as Element | null)?.name === 'body';
}

/** Headings of boxes that repeat the listing's links, lower case. */
const BOX_HEADINGS = [
  'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'meistgeklickt', 'neueste beiträge', 'neuste beiträge',
  'letzte beiträge', 'aktuelle beiträge', 'beliebte beiträge', 'beliebteste', 'populär', 'most read', 'recent posts',
  'schlagwörter', 'kategorien', 'archiv', 'das könnte sie auch interessieren', 'verwandte artikel', 'ähnliche artikel',
];

/** Whether `el` or an ancestor is a zone that is never the listing. */
export function inExcludedZone(el: Element): boolean {
  for (const node of [el, ...ancestors(el)]) {
    if (isExcluded(node)) return true;
  }
  return false;
}

function isExcluded(el: Element): boolean {
  // The page's frame carries layout classes ("has-sidebar", "header-fixed") that say nothing of its parts.
  if (el.name === 'html' || el.name === 'body' || el.name === 'main') return false;
  // ASP.NET pages wrap the whole page in one <form>: that one is the frame, not a search box.
  if (el.name === 'form' && nearBody(el)) return false;
  if (TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  if (role && ROLES.has(role.toLowerCase())) return true;
  if (el.attribs['aria-hidden'] === 'true' || el.attribs.hidden !== undefined) return true;
  for (const token of [...classes(el), el.attribs.id ?? '']) {
    if (/^(?:has|no|with|is)-/i.test(token)) continue;
    const lower = token.toLowerCase();
    // Consent tools name their boxes in one word: CybotCookiebotDialog, BorlabsCookieBox, usercentrics-root.
    if (CONSENT.some((c) => lower.includes(c))) return true;
    const words = lower.split(/[^a-zäöü]+/);
    for (const word of words) {
      if (WORDS.has(word)) return true;
    }
    if (LEADING_WORDS.has(words[0]!)) return true;
  }
  return headedAsBox(el);
}

/** A heading right before the element (or its first child) names a "Meistgelesen"-like box. */
function headedAsBox(el: Element): boolean {
  const first = childElements(el)[0];
  if (first && isHeading(first) && namesBox(first)) return true;
  let prev = el.prev;
  for (let steps = 0; prev && steps < 4; prev = prev.prev, steps++) {
    if (prev.type !== 'tag') continue;
    const p = prev as Element;
    if (isHeading(p)) return namesBox(p);
    return false;
  }
  return false;
}

function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.name) || (el.attribs.class ?? '').toLowerCase().includes('title');
}

function namesBox(el: Element): boolean {
  const text = textStart(el, 80).toLowerCase();
  return BOX_HEADINGS.some((h) => text.startsWith(h));
}
