/**
 * The gazetteer index: Kreise and Gemeinden from the Destatis GV100AD, looked up by a name's
 * first token. The data (`GazetteerSource`, committed as lib/tag/gazetteer-data.json) is one
 * string of lines sorted by first lowercase token, so loading builds nothing: a lookup
 * binary-searches the string. The names starting with a token are decoded on first use and
 * cached, so the cost follows the text seen, not the directory.
 *
 * The data is passed in, not imported: the extension ships it as a packaged file that the
 * worker reads on first tagging (lib/worker/state.ts); Node imports it (./builtin.ts).
 */
import type { LandCode } from '../model';
import { decodeAgs, decodePopulation, encodeAgs } from './gazetteer-codes';
import { COMMON_WORDS } from './common-words';
import { LAND_BY_KEY, landAliases, type LandForm } from './lands';
import { abbreviatedTokens, nameTokens, shortName } from './names';

/** lib/tag/gazetteer-data.json, written by scripts/build-gazetteer.ts. */
export interface GazetteerSource {
  /** Source note that must accompany the data. */
  attribution: string;
  /** Changes whenever the data changes. */
  version: string;
  /** The Länder: "<AGS>|<name>" per line. */
  lands: string;
  /** The Kreis keys (5-digit AGS), sorted, space-separated: a line's AGS code starts with two letters indexing this. */
  kreise: string;
  /**
   * Kreise and Gemeinden, one line per spelling, sorted by first lowercase token:
   * "<name>|<AGS code>|<type>|<population code>" or, for another spelling,
   * "<alias>|<AGS code>|<type>|<population code>|<name>" (codes: ./gazetteer-codes.ts).
   * Short forms ("Frankfurt" for "Frankfurt am Main") are derived at run time.
   */
  data: string;
}

/** A Gemeinde (8-digit AGS) or a Kreis (5-digit AGS). */
export interface PlaceRecord {
  ags: string;
  name: string;
  land: LandCode;
  kreis: boolean;
  /** GV100AD type: Kreis 43–45, Gemeinde 60–67. */
  type: number;
  /** Population, rounded to hundreds. */
  pop: number;
}

/** A name as it can appear in text, with everything it may refer to. */
export interface Phrase {
  toks: string[];
  /** Records the name may refer to, and the name to show for each ("Frankfurt", "Landkreis Rostock"). */
  places: PlaceRecord[];
  display: string[];
  land?: LandCode;
  landForm?: LandForm;
  /** Only counts in capitals ("RP", "SH"). */
  upper?: boolean;
  /** A one-word name that is also a common word ("Lage", "Essen"). */
  common: boolean;
}

export interface Gazetteer {
  /** Names starting with the token `tok.slice(0, len)`, longest first; undefined when none. */
  lookup(tok: string, len?: number): Phrase[] | undefined;
  /** The record with this AGS (5 or 8 digits). */
  byAgs(ags: string): PlaceRecord | undefined;
  version: string;
}

// Lowercase of a UTF-16 code unit, as String#toLowerCase gives it for the letters names use.
const LOWER = new Uint16Array(592);
for (let c = 0; c < 592; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
const lower = (c: number) => (c < 592 ? LOWER[c]! : c);
// Separators inside names: space ( ) - / . ' ’, the field separator | and the line end.
const isSep = (c: number) =>
  c === 32 || c === 40 || c === 41 || c === 45 || c === 47 || c === 46 || c === 39 || c === 8217 || c === 124 || c === 10;

/** Compares the first token of the line at `start` with tok[0, len), by code unit. */
function compareAt(D: string, start: number, tok: string, len: number): number {
  for (let i = 0; i < len; i++) {
    const c = D.charCodeAt(start + i);
    if (isSep(c)) return -1;
    const d = lower(c) - tok.charCodeAt(i);
    if (d !== 0) return d;
  }
  return isSep(D.charCodeAt(start + len)) ? 0 : 1;
}

/** Start of the first line whose first token is tok[0, len), or -1. */
function findFirst(D: string, tok: string, len: number): number {
  let lo = 0;
  let hi = D.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = D.lastIndexOf('\n', mid - 1) + 1;
    if (compareAt(D, s, tok, len) < 0) lo = D.indexOf('\n', s) + 1;
    else hi = s;
  }
  return lo < D.length && compareAt(D, lo, tok, len) === 0 ? lo : -1;
}

function parseLine(D: string, kreise: string[], start: number): { spelling: string; rec: PlaceRecord } {
  const f = D.slice(start, D.indexOf('\n', start)).split('|');
  const ags = decodeAgs(f[1]!, kreise);
  const rec: PlaceRecord = {
    ags, name: f[4] ?? f[0]!, land: LAND_BY_KEY[ags.slice(0, 2)]!, kreis: ags.length === 5, type: Number(f[2]), pop: decodePopulation(f[3]!),
  };
  return { spelling: f[0]!, rec };
}

/** The index over `src` (there is nothing to build but the Land aliases); build once and share it. */
export function createGazetteer(src: GazetteerSource): Gazetteer {
  const D = src.data;
  let kreise: string[] | undefined;
  const kreisKeys = () => (kreise ??= src.kreise.split(' '));
  const records = new Map<string, PlaceRecord>();
  const landPhrases = new Map<string, Phrase[]>();
  for (const a of landAliases()) {
    const toks = nameTokens(a.text);
    const p: Phrase = { toks, places: [], display: [], land: a.land, landForm: a.form, common: false };
    if (a.upper) p.upper = true;
    const list = landPhrases.get(toks[0]!);
    if (list) list.push(p);
    else landPhrases.set(toks[0]!, [p]);
  }

  const decoded = new Map<string, Phrase[]>();
  const misses = new Set<string>();
  const decode = (tok: string, len: number): Phrase[] | undefined => {
    const key = len === tok.length ? tok : tok.slice(0, len);
    if (misses.has(key)) return undefined;
    const first = findFirst(D, tok, len);
    const lands = landPhrases.get(key);
    if (first < 0 && !lands) {
      if (misses.size > 50_000) misses.clear(); // bounded: a long stream meets many words
      misses.add(key);
      return undefined;
    }
    const byKey = new Map<string, Phrase>();
    const add = (toks: string[], rec: PlaceRecord, display: string) => {
      const k = toks.join(' ');
      let p = byKey.get(k);
      if (!p) byKey.set(k, (p = { toks, places: [], display: [], common: toks.length === 1 && COMMON_WORDS.has(toks[0]!) }));
      if (!p.places.includes(rec)) {
        p.places.push(rec);
        p.display.push(display);
      }
    };
    for (let s = first; s >= 0 && s < D.length && compareAt(D, s, tok, len) === 0; s = D.indexOf('\n', s) + 1) {
      const { spelling, rec: parsed } = parseLine(D, kreisKeys(), s);
      let rec = records.get(parsed.ags);
      if (!rec) records.set(parsed.ags, (rec = parsed));
      const toks = nameTokens(spelling);
      add(toks, rec, rec.name.startsWith(spelling) ? spelling : rec.name);
      for (const t of abbreviatedTokens(toks)) add(t, rec, rec.name);
      const short = shortName(spelling);
      if (short !== spelling) add(nameTokens(short), rec, short);
    }
    for (const lp of lands ?? []) {
      const k = lp.toks.join(' ');
      const p = byKey.get(k);
      if (p && !p.land) Object.assign(p, { land: lp.land, landForm: lp.landForm, upper: lp.upper, common: false });
      else if (!p) byKey.set(k, { ...lp });
    }
    const list = [...byKey.values()].sort((a, b) => b.toks.length - a.toks.length);
    decoded.set(key, list);
    return list;
  };

  return {
    version: src.version,
    lookup(tok, len = tok.length) {
      return decoded.get(len === tok.length ? tok : tok.slice(0, len)) ?? decode(tok, len);
    },
    byAgs(ags) {
      const hit = records.get(ags);
      if (hit) return hit;
      if (!/^\d{5}(\d{3})?$/.test(ags) || !kreisKeys().includes(ags.slice(0, 5))) return undefined;
      const at = D.indexOf(`|${encodeAgs(ags, kreisKeys())}|`);
      if (at < 0) return undefined;
      const { rec } = parseLine(D, kreisKeys(), D.lastIndexOf('\n', at) + 1);
      return records.get(rec.ags) ?? rec;
    },
  };
}
