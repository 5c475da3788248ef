/**
 * What we do with malformed XML (case C01).
 *
 * Choice: salvage the complete items, and mark the feed bozo. Rejecting the whole feed for one
 * bad item would hide a municipal feed for good over one broken CMS entry, and a bare `&` in a
 * title is the most common fault of hand-made feeds. Salvaging never invents content:
 * 1. Bare ampersands (outside CDATA) become `&amp;`; if the document is then well-formed, it is
 *    used whole.
 * 2. Otherwise each `<item>`/`<entry>` is cut out and checked on its own with the validator;
 *    only well-formed items are kept, so an unclosed `<title>` drops its item instead of
 *    swallowing the next one. The channel's metadata is kept only if it is well-formed too,
 *    else an empty channel carries the items.
 * 3. No well-formed item: null, and the feed is an error (its stored items are kept).
 */
import { XMLValidator } from 'fast-xml-parser';

const BARE_AMP = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?!(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_][\w.-]*);)/g;
const HEAD_MARKUP = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<![^>]*>|<\?[\s\S]*?\?>/g;
const CONTAINERS = /^(?:rss|channel|feed|(?:[\w.-]+:)?RDF)$/;
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** A well-formed document holding the complete items of a malformed one, or null. */
export function salvageItems(text: string, itemTag: string): string | null {
  const repaired = text.replace(BARE_AMP, (m) => (m === '&' ? '&amp;' : m));
  if (XMLValidator.validate(repaired) === true) return repaired;

  const open = `<${itemTag}`;
  const close = `</${itemTag}`;
  const first = findStart(repaired, open, 0);
  if (first === -1) return null;
  const items: string[] = [];
  let pos = first;
  while (pos !== -1) {
    const end = repaired.indexOf(close, pos);
    if (end === -1) break;
    const gt = repaired.indexOf('>', end);
    if (gt === -1) break;
    // An item whose end tag is missing runs into the next one: start from the later item.
    let start = pos;
    for (let next = findStart(repaired, open, start + 1); next !== -1 && next < end; ) {
      start = next;
      next = findStart(repaired, open, start + 1);
    }
    const chunk = repaired.slice(start, gt + 1);
    if (XMLValidator.validate(chunk) === true) items.push(chunk);
    pos = findStart(repaired, open, gt + 1);
  }
  if (items.length === 0) return null;

  const head = repaired.slice(0, first);
  const stack = openElements(head);
  // Items belong in the root or the channel; anything else still open (an unclosed <title>)
  // means the head is broken, and it would swallow the items.
  const containers = stack.filter((s) => CONTAINERS.test(s.name));
  const closers = containers.map((s) => `</${s.name}>`).reverse().join('');
  if (containers.length === stack.length) {
    const full = head + items.join('') + closers;
    if (XMLValidator.validate(full) === true) return full;
  }
  const bare = containers.map((s) => s.tag).join('') + items.join('') + closers;
  return XMLValidator.validate(bare) === true ? bare : null;
}

/** Index of `<item` followed by whitespace, `>` or `/` (not `<itemfoo`), or -1. */
function findStart(text: string, open: string, from: number): number {
  let i = text.indexOf(open, from);
  while (i !== -1) {
    const c = text.charCodeAt(i + open.length);
    if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13) return i;
    i = text.indexOf(open, i + 1);
  }
  return -1;
}

/** Elements still open at the end of the head, outermost first, with their start tags. */
function openElements(head: string): { name: string; tag: string }[] {
  const stack: { name: string; tag: string }[] = [];
  const body = head.replace(HEAD_MARKUP, '');
  for (const m of body.matchAll(TAG)) {
    const [tag, slash, name, selfClose] = m;
    if (selfClose === '/') continue;
    if (slash === '/') {
      const at = stack.map((s) => s.name).lastIndexOf(name!);
      if (at !== -1) stack.length = at;
    } else {
      stack.push({ name: name!, tag });
    }
  }
  return stack;
}
