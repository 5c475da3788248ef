/**
 * Element names for the one-pass scanner (scan.ts): a name met once is recognised in place
 * afterwards, by its first character and startsWith, so the usual tag costs no new string and
 * no hash; with it comes what the element is to the mappings, by its canonical name.
 */
import { documentNames } from './names';
import { FIELDS, ITEM_TAGS } from './nodes';
import { Fault, isNameChar, nameEnd } from './scan-chars';

/** What an element is to the mappings, by its name. */
export const FRAME = 0;
export const FIELD = 1;
export const ITEM = 2;
export type Kind = typeof FRAME | typeof FIELD | typeof ITEM;

export interface Known {
  name: string;
  /** The name as the mappings know it (see names.ts). */
  canonical: string;
  kind: Kind;
}

export const RESERVED: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const ITEM_SET: ReadonlySet<string> = new Set(ITEM_TAGS);

/** The names of one document (the root's declarations are known before any is looked up). */
export class ElementNames {
  /** Names seen, by their first character (ASCII, so & 127 is exact enough); at most 8 each. */
  private readonly buckets: Known[][] = Array.from({ length: 128 }, () => []);

  /** The element name starting at `from` in `doc`. */
  at(doc: string, from: number): Known {
    const bucket = this.buckets[doc.charCodeAt(from) & 127]!;
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
    const entry: Known = { name, canonical, kind: FIELD_SET.has(canonical) ? FIELD : ITEM_SET.has(canonical) ? ITEM : FRAME };
    if (bucket.length < 8) bucket.push(entry);
    return entry;
  }
}
