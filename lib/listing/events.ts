/**
 * Lists of events ("Termine", "Veranstaltungen"): on a municipal page they often stand beside
 * the news with the same markup and more dates. Told apart by the class names of the items and
 * of their containers, and by the heading the list stands under. Detection weighs such a list
 * down, so that a page's news win when it has any.
 */
import { classes, type Document, type Element, isTag, textStart } from './dom';

/** Words of class names and ids (split at anything but letters). */
const WORDS = new Set([
  'event', 'events', 'eventlist', 'termin', 'termine', 'terminliste', 'terminkalender', 'veranstaltung',
  'veranstaltungen', 'veranstaltungskalender', 'calendar', 'kalender', 'calendarize', 'agenda',
]);
/** Headings of event lists, lower case. */
const HEADINGS = [
  'termine', 'nächste termine', 'aktuelle termine', 'veranstaltungen', 'kommende veranstaltungen', 'nächste veranstaltungen',
  'veranstaltungskalender', 'terminkalender', 'kalender', 'events', 'upcoming events',
];
/** How far up from the items' container names and headings are read. */
const LEVELS = 4;
const HEADING = /^h[1-6]$/;

/** Whether the items (children of `parent`) form a list of events. */
export function isEventList(members: readonly Element[], parent: Element | Document): boolean {
  const sample = members.slice(0, 5);
  if (sample.filter(namesEvent).length * 2 > sample.length) return true;
  let node: Element | Document | null = parent;
  for (let level = 0; node && isTag(node) && level < LEVELS; level++) {
    const el: Element = node;
    if (el.name === 'main' || el.name === 'body') break;
    if (namesEvent(el) || headedAsEvents(el)) return true;
    node = el.parent as Element | Document | null;
  }
  return false;
}

function namesEvent(el: Element): boolean {
  for (const token of [...classes(el), el.attribs.id ?? '']) {
    // WordPress marks each post with its categories and tags: `category-veranstaltungen` is a post about events.
    const t = token.toLowerCase();
    if (t.startsWith('category-') || t.startsWith('tag-') || t.startsWith('cat-')) continue;
    for (const word of token.toLowerCase().split(/[^a-zäöü]+/)) if (WORDS.has(word)) return true;
  }
  return false;
}

/** The element's first child, or the element just before it, is a heading (or a header holding one) naming events. */
function headedAsEvents(el: Element): boolean {
  const first = el.children.find(isTag);
  if (first && namesEventsHeading(first, true)) return true;
  let prev = el.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  // Before the list only a heading or a <header>: a <div> there is the neighbouring box, maybe the events beside the news.
  return prev ? namesEventsHeading(prev, false) : false;
}

function namesEventsHeading(el: Element, divToo: boolean): boolean {
  let heading: Element | undefined = el;
  if (!HEADING.test(el.name)) {
    if (el.name !== 'header' && !(divToo && el.name === 'div')) return false;
    heading = el.children.find((c): c is Element => isTag(c) && HEADING.test(c.name));
    if (!heading) return false;
  }
  const text = textStart(heading, 60).toLowerCase();
  return HEADINGS.some((h) => text === h || text.startsWith(`${h} `) || text.startsWith(`${h}:`));
}
