/**
 * The fast path: one pass over a well-formed feed that checks it and builds only what the
 * mappings read, in the node shape fast-xml-parser gives (see nodes.ts).
 *
 * - Frame elements (root, channel, …) are built with their children and attributes.
 * - Items and entries are built too, but of their children only the fields the mappings read
 *   (FIELDS), as raw content for raw.ts; other children are checked and skipped.
 * - Field contents are checked for well-formedness in the same pass, and kept as raw text.
 *
 * Anything this pass does not fully understand returns null, and the caller takes the careful
 * path (XMLValidator, salvage, fast-xml-parser with its DOCTYPE entity limits). So this pass
 * accepts only documents XMLValidator accepts too, and is stricter in places: a DOCTYPE, a
 * processing instruction other than the XML declaration, non-ASCII names, `<` in an attribute
 * value, a reserved name, a repeated attribute, an entity reference the validator would refuse,
 * nesting deeper than MAX_DEPTH, text outside the root: all go to the careful path.
 *
 * Every step moves forward with indexOf or a bounded character loop: linear in the text.
 */
import { documentNames } from './names';
import { CDATA_ONLY, FIELD_GROUPS, FIELDS, ITEM_TAGS, RAW_TEXT, type FieldList } from './nodes';
import { MAX_DEPTH } from './raw';
import { blank, Fault, isNameChar, isSpace, nameEnd, past, reference, xmlDeclEnd } from './scan-chars';
import { documentEntities } from './text';
import type { XNode } from './xnode';

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const ITEM_SET: ReadonlySet<string> = new Set(ITEM_TAGS);
const RESERVED: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ATTRS = 32;

/** What an element is to the mappings, by its name; cached per document. */
const enum Kind { Frame = 0, Field = 1, Item = 2 }
/** What is open: built (with children), raw (a field: content kept as text), or skipped. */
const enum Mode { Built = 0, Raw = 1, Skip = 2, ItemField = 3 }

interface Known {
  name: string;
  /** The name as the mappings know it (see names.ts). */
  canonical: string;
  kind: Kind;
}

/**
 * Called with each item or entry as soon as it is read, and the elements open around it (their
 * nodes, and the children each has so far, by depth below `depth`): returns the node to keep in
 * its place (the item mapped, see rss2.ts), or undefined to keep the item as read. Mapping an
 * item while the scan goes on lets its fields die young instead of being held to the end.
 */
export type ItemHook = (
  item: XNode, ancestors: readonly (XNode | null)[], children: readonly (readonly XNode[] | null)[], depth: number,
) => XNode | undefined;

/** The top-level nodes of a well-formed feed, or null when the careful path must read it. */
export function scanDocument(text: string, onItem?: ItemHook): XNode[] | null {
  const doc = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  documentEntities.reset();
  try {
    return new Scan(doc, onItem).run();
  } catch (error) {
    if (error instanceof Fault) return null;
    throw error;
  }
}

/**
 * One scan. The open elements are parallel arrays indexed by depth (no object per element);
 * an item's fields go straight into its field list, as (name, raw text, attributes) triples:
 * no object per field while the whole document is held (nodes.ts makes nodes of them when
 * the item is mapped, and those die young).
 */
class Scan {
  private readonly top: XNode[] = [];
  private depth = 0;
  private readonly names: string[] = [];
  private readonly nodes: (XNode | null)[] = [];
  private readonly children: (XNode[] | null)[] = [];
  private readonly fieldLists: (FieldList | null)[] = [];
  /** How much of each field list is this item's (a reused list may hold more). */
  private readonly fieldCounts: number[] = [];
  /** The last CDATA section read, from its `<` to after its `]]>`. */
  private cdataFrom = -1;
  private cdataTo = -1;
  /** The field list of the last item the hook mapped, free for the next one. */
  private spare: FieldList | null = null;
  private readonly fieldAttrs: (Record<string, string> | undefined)[] = [];
  private readonly modes: Mode[] = [];
  private readonly froms: number[] = [];
  /** Canonical names of the open elements (fields are grouped by them). */
  private readonly canonicals: string[] = [];
  /** Inside an item: attributes are not trimmed (as fragment.ts reads them). */
  private readonly inItems: boolean[] = [];
  /** Names seen in this document, by their first character (ASCII, so & 127 is exact enough). */
  private readonly known: Known[][] = Array.from({ length: 128 }, () => []);

  constructor(
    private readonly doc: string,
    private readonly onItem: ItemHook | undefined,
  ) {}

  run(): XNode[] {
    const doc = this.doc;
    const n = doc.length;
    let rootSeen = false;
    let i = 0;
    let nextAmp = -2; // the next '&' at or after i, -1 for none, -2 not yet looked up
    if (doc.startsWith('<?xml')) i = xmlDeclEnd(doc);
    while (i < n) {
      const lt = doc.indexOf('<', i);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > i) {
        if (this.depth === 0) {
          if (!blank(doc, i, textEnd)) throw new Fault();
        } else {
          if (nextAmp !== -1 && nextAmp < i) nextAmp = doc.indexOf('&', i);
          while (nextAmp !== -1 && nextAmp < textEnd) nextAmp = doc.indexOf('&', reference(doc, nextAmp));
        }
      }
      if (lt === -1) break;
      const c = doc.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (doc.startsWith('<!--', lt)) i = past(doc, '-->', lt + 4);
        else if (this.depth > 0 && doc.startsWith('<![CDATA[', lt)) {
          i = past(doc, ']]>', lt + 9);
          this.cdataFrom = lt;
          this.cdataTo = i;
        }
        else throw new Fault();
        continue;
      }
      if (c === 63 /* ? */) throw new Fault();
      if (c === 47 /* / */) {
        i = this.endTag(lt);
        continue;
      }
      if (rootSeen && this.depth === 0) throw new Fault();
      i = this.startTag(lt);
      rootSeen = true;
    }
    if (!rootSeen || this.depth > 0) throw new Fault();
    return this.top;
  }

  /**
   * The element name starting at `from`, with what it is by its canonical name (the root's
   * declarations are known by then). Names seen before are recognised in place, by their first
   * character and startsWith, so the usual tag costs no new string and no hash.
   */
  private nameAt(from: number): Known {
    const doc = this.doc;
    const bucket = this.known[doc.charCodeAt(from) & 127]!;
    for (let b = 0; b < bucket.length; b++) {
      const entry = bucket[b]!;
      if (doc.startsWith(entry.name, from) && !isNameChar(doc.charCodeAt(from + entry.name.length))) {
        // One step forward: the names an item repeats come to be tried first.
        if (b > 0) {
          bucket[b] = bucket[b - 1]!;
          bucket[b - 1] = entry;
        }
        return entry;
      }
    }
    const name = doc.slice(from, nameEnd(doc, from));
    if (RESERVED.has(name)) throw new Fault();
    const canonical = documentNames.canon(name);
    const entry = { name, canonical, kind: FIELD_SET.has(canonical) ? Kind.Field : ITEM_SET.has(canonical) ? Kind.Item : Kind.Frame };
    if (bucket.length < 8) bucket.push(entry);
    return entry;
  }

  private endTag(lt: number): number {
    const doc = this.doc;
    if (this.depth === 0) throw new Fault();
    const d = --this.depth;
    const name = this.names[d]!;
    let k = lt + 2 + name.length;
    if (!doc.startsWith(name, lt + 2)) throw new Fault();
    while (isSpace(doc.charCodeAt(k))) k++;
    if (doc.charCodeAt(k) !== 62) throw new Fault();
    if (this.modes[d] === Mode.ItemField) {
      const from = this.froms[d]!;
      const attrs = this.fieldAttrs[d];
      // Content that is one CDATA section is its text as it stands: readRaw need not look again.
      if (attrs === undefined && this.cdataFrom === from && this.cdataTo === lt) this.addField(d - 1, this.canonicals[d]!, doc.slice(from + 9, lt - 3), CDATA_ONLY);
      else this.addField(d - 1, this.canonicals[d]!, doc.slice(from, lt), attrs);
      return k + 1;
    }
    const node = this.nodes[d];
    if (node != null) {
      if (this.modes[d] === Mode.Raw) node[RAW_TEXT] = doc.slice(this.froms[d], lt);
      const fields = this.fieldLists[d];
      let item: XNode | undefined;
      if (fields != null) {
        fields.length = this.fieldCounts[d]!;
        item = this.onItem?.(node, this.nodes, this.children, d);
        // Mapped: nothing refers to its field list any more, and the next item can fill it.
        if (item !== undefined) this.spare = fields;
      }
      this.attach(item ?? node);
    }
    return k + 1;
  }

  /** Appends a field to the list of the item open at depth `at`. */
  private addField(at: number, name: string, raw: string, attrs: Record<string, string> | undefined): void {
    const list = this.fieldLists[at]!;
    let k = this.fieldCounts[at]!;
    list[k++] = name;
    list[k++] = raw;
    list[k++] = attrs;
    this.fieldCounts[at] = k;
  }

  /** Adds a finished node to its parent's children. */
  private attach(node: XNode): void {
    const d = this.depth;
    if (d === 0) this.top.push(node);
    else this.children[d - 1]?.push(node);
  }

  private startTag(lt: number): number {
    const doc = this.doc;
    const d = this.depth;
    if (d >= MAX_DEPTH) throw new Fault();
    let name: string;
    let kind = Kind.Frame;
    let known: Known | undefined;
    if (d === 0) {
      // The root is what it is; its declarations decide how the names below it read.
      name = doc.slice(lt + 1, nameEnd(doc, lt + 1));
      if (RESERVED.has(name)) throw new Fault();
    } else {
      known = this.nameAt(lt + 1);
      name = known.name;
      kind = known.kind;
    }
    const end = lt + 1 + name.length;
    const parentMode = d === 0 ? Mode.Built : this.modes[d - 1]!;
    const parentIsItem = d > 0 && parentMode === Mode.Built && this.fieldLists[d - 1] != null;
    const inItem = d > 0 && (this.inItems[d - 1]! || parentIsItem);
    const mode =
      parentMode !== Mode.Built ? Mode.Skip
      : kind === Kind.Field ? (parentIsItem ? Mode.ItemField : Mode.Raw)
      : parentIsItem ? Mode.Skip
      : Mode.Built;

    // Attributes: ` name="value"` pairs, each after whitespace; values without '<'.
    let k = end;
    let attrs: Record<string, string> | undefined;
    let first: string | undefined;
    let more: string[] | undefined;
    let selfClosing = false;
    for (;;) {
      const c = doc.charCodeAt(k);
      if (c === 62) {
        k++;
        break;
      }
      if (c === 47) {
        if (doc.charCodeAt(k + 1) !== 62) throw new Fault();
        selfClosing = true;
        k += 2;
        break;
      }
      if (!isSpace(c)) throw new Fault();
      while (isSpace(doc.charCodeAt(k))) k++;
      const a = doc.charCodeAt(k);
      if (a === 62 || a === 47) continue;
      const attrEnd = nameEnd(doc, k);
      const attrName = doc.slice(k, attrEnd);
      if (RESERVED.has(attrName)) throw new Fault();
      k = attrEnd;
      while (isSpace(doc.charCodeAt(k))) k++;
      if (doc.charCodeAt(k) !== 61) throw new Fault();
      k++;
      while (isSpace(doc.charCodeAt(k))) k++;
      const q = doc.charCodeAt(k);
      if (q !== 34 && q !== 39) throw new Fault();
      const close = doc.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close === -1) throw new Fault();
      const value = doc.slice(k + 1, close);
      if (value.indexOf('<') !== -1) throw new Fault();
      // A repeated attribute is an error the validator reports.
      if (first === undefined) first = attrName;
      else if (attrName === first || more?.includes(attrName) === true) throw new Fault();
      else if ((more ??= []).push(attrName) >= MAX_ATTRS) throw new Fault();
      if (mode !== Mode.Skip) {
        attrs ??= Object.create(null) as Record<string, string>;
        attrs[attrName] = documentEntities.decode(inItem ? value : value.trim());
      }
      k = close + 1;
    }

    if (d === 0) documentNames.reset(name, attrs);
    let node: XNode | null = null;
    let children: XNode[] | null = null;
    let fields: FieldList | null = null;
    if (mode === Mode.ItemField) {
      if (selfClosing) {
        this.addField(d - 1, known!.canonical, '', attrs);
        return k;
      }
    } else if (mode !== Mode.Skip) {
      node = {};
      if (mode === Mode.Built && kind === Kind.Item) {
        if (selfClosing || this.spare === null) fields = [];
        else {
          fields = this.spare;
          this.spare = null;
        }
        node[name] = [];
        node[FIELD_GROUPS] = fields;
      } else if (mode === Mode.Built) {
        children = [];
        node[name] = children;
      } else {
        node[name] = [];
      }
      if (attrs !== undefined) node[':@'] = attrs;
    }
    if (selfClosing) {
      if (node !== null) this.attach(node);
      return k;
    }
    this.names[d] = name;
    this.nodes[d] = node;
    this.children[d] = children;
    this.fieldLists[d] = fields;
    this.fieldCounts[d] = 0;
    this.fieldAttrs[d] = attrs;
    this.modes[d] = mode;
    this.froms[d] = k;
    this.canonicals[d] = known === undefined ? name : known.canonical;
    this.inItems[d] = inItem;
    this.depth = d + 1;
    return k;
  }
}
