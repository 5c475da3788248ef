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

const CONTAINERS = new Set(['rss', 'channel', 'feed']);

/** A well-formed document holding the complete items of a malformed one, or null. */
export function salvageItems(text: string, itemTag: string): string | null {
  const { repaired, masked } = repairAmpersands(text);
  // Unchanged text failed the caller's validation already: one pass of the validator saved.
  if (repaired.length !== text.length && XMLValidator.validate(repaired) === true) return repaired;

  // Items are looked for in `masked`, where CDATA sections and comments are blanked out: an
  // item quoted in a description or a commented-out draft is text, never an item.
  const open = `<${itemTag}`;
  const close = `</${itemTag}`;
  const first = findStart(masked, open, 0);
  if (first === -1) return null;
  const items: string[] = [];
  let pos = first;
  while (pos !== -1) {
    const end = masked.indexOf(close, pos);
    if (end === -1) break;
    const gt = masked.indexOf('>', end);
    if (gt === -1) break;
    // An item whose end tag is missing runs into the next one: start from the later item.
    let start = pos;
    for (let next = findStart(masked, open, start + 1); next !== -1 && next < end; ) {
      start = next;
      next = findStart(masked, open, start + 1);
    }
    const chunk = repaired.slice(start, gt + 1);
    if (XMLValidator.validate(chunk) === true) items.push(chunk);
    pos = findStart(masked, open, gt + 1);
  }
  if (items.length === 0) return null;

  const head = repaired.slice(0, first);
  const stack = openElements(masked.slice(0, first), head);
  // Items belong in the root or the channel; anything else still open (an unclosed <title>)
  // means the head is broken, and it would swallow the items.
  const containers = stack.filter((s) => isContainer(s.name));
  const closers = containers.map((s) => `</${s.name}>`).reverse().join('');
  if (containers.length === stack.length) {
    const full = head + items.join('') + closers;
    if (XMLValidator.validate(full) === true) return full;
  }
  const bare = containers.map((s) => s.tag).join('') + items.join('') + closers;
  return XMLValidator.validate(bare) === true ? bare : null;
}

function isContainer(name: string): boolean {
  if (CONTAINERS.has(name)) return true;
  const colon = name.lastIndexOf(':');
  return name.slice(colon + 1) === 'RDF' && (colon === -1 || colon === name.indexOf(':'));
}

/**
 * One linear pass: bare ampersands outside CDATA sections, comments and processing
 * instructions become `&amp;` (`repaired`), and a copy of the same length has the insides of
 * those sections replaced by spaces (`masked`), so that positions found in one hold in the
 * other. An unterminated section runs to the end, as an XML parser would read it.
 */
function repairAmpersands(text: string): { repaired: string; masked: string } {
  const rep: string[] = [];
  const mask: string[] = [];
  const next = { amp: text.indexOf('&') };
  let pos = 0;
  let lt = text.indexOf('<');
  for (;;) {
    while (lt !== -1 && sectionAt(text, lt) === undefined) lt = text.indexOf('<', lt + 1);
    const plain = fixAmps(text, pos, lt === -1 ? text.length : lt, next);
    rep.push(plain);
    mask.push(plain);
    if (lt === -1) break;
    const [openLen, closer] = sectionAt(text, lt)!;
    const found = text.indexOf(closer, lt + openLen);
    const innerEnd = found === -1 ? text.length : found;
    const end = found === -1 ? text.length : found + closer.length;
    rep.push(text.slice(lt, end));
    mask.push(text.slice(lt, lt + openLen), ' '.repeat(innerEnd - lt - openLen), text.slice(innerEnd, end));
    pos = end;
    lt = text.indexOf('<', end);
  }
  return { repaired: rep.join(''), masked: mask.join('') };
}

/** [opener length, closer] of a CDATA section, comment or processing instruction at lt. */
function sectionAt(text: string, lt: number): [number, string] | undefined {
  if (text.startsWith('<![CDATA[', lt)) return [9, ']]>'];
  if (text.startsWith('<!--', lt)) return [4, '-->'];
  if (text.startsWith('<?', lt)) return [2, '?>'];
  return undefined;
}

/**
 * text[from, to) with each `&` that starts no character or entity reference escaped. `next`
 * carries the index of the next `&` between calls, so that the search is never repeated over
 * the segments in between.
 */
function fixAmps(text: string, from: number, to: number, next: { amp: number }): string {
  if (next.amp !== -1 && next.amp < from) next.amp = text.indexOf('&', from);
  let amp = next.amp;
  if (amp === -1 || amp >= to) return text.slice(from, to);
  let out = '';
  let last = from;
  while (amp !== -1 && amp < to) {
    if (!isReference(text, amp, to)) {
      out += text.slice(last, amp + 1) + 'amp;';
      last = amp + 1;
    }
    amp = text.indexOf('&', amp + 1);
  }
  next.amp = amp;
  return out + text.slice(last, to);
}

/** Whether `&#123;`, `&#x1F;` or `&name;` starts at amp (the scan stops at the next `&`). */
function isReference(text: string, amp: number, to: number): boolean {
  let i = amp + 1;
  let c = text.charCodeAt(i);
  if (c === 35) {
    i++;
    const hex = (text.charCodeAt(i) | 32) === 120;
    if (hex) i++;
    const start = i;
    while (i < to && (hex ? isHex(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    return i > start && i < to && text.charCodeAt(i) === 59;
  }
  if (!(isLetter(c) || c === 95)) return false;
  for (i++; i < to; i++) {
    c = text.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 45)) break;
  }
  return i < to && c === 59;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);

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

/**
 * Elements still open at the end of the head, outermost first, with their start tags (taken
 * from `head`; found in `masked`, its copy with CDATA and comments blanked). A tag that never
 * ends stops the scan: nothing after it can be read as markup.
 */
function openElements(masked: string, head: string): { name: string; tag: string }[] {
  const stack: { name: string; tag: string }[] = [];
  let pos = 0;
  for (let lt = masked.indexOf('<', pos); lt !== -1; lt = masked.indexOf('<', pos)) {
    const c = masked.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // `<!…>` (DOCTYPE, blanked comment or CDATA) or `<?…?>`: skipped whole.
      const gt = masked.indexOf('>', lt);
      if (gt === -1) break;
      pos = gt + 1;
      continue;
    }
    const closing = c === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    if (!isNameStart(masked.charCodeAt(nameEnd))) {
      pos = lt + 1;
      continue;
    }
    while (isNameChar(masked.charCodeAt(nameEnd))) nameEnd++;
    const gt = tagEndFrom(masked, nameEnd);
    if (gt === -1) break;
    pos = gt + 1;
    if (masked.charCodeAt(gt - 1) === 47) continue; // self-closing
    const name = masked.slice(nameStart, nameEnd);
    if (closing) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at !== -1) stack.length = at;
    } else {
      stack.push({ name, tag: head.slice(lt, gt + 1) });
    }
  }
  return stack;
}

/** The index of the `>` that ends a tag whose attributes start at i (quotes respected), or -1. */
function tagEndFrom(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      i = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i === -1) return -1;
    }
  }
  return -1;
}

const isNameStart = (c: number) => isLetter(c) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || isDigit(c) || c === 58 || c === 46 || c === 45;
