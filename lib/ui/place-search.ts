/**
 * Completion for the place filter: Kreise and Gemeinden of the gazetteer whose name starts
 * with what was typed ("Landkreis Görlitz", "Görl", "zittau"). Built on demand over the
 * gazetteer data (the popup reads the packaged file when the place field is first used), since
 * the directory is large.
 */
import type { GazetteerSource } from '../tag/gazetteer';
import { decodeAgs, decodePopulation } from '../tag/gazetteer-codes';
import { foldForSearch } from '../match/text';

export interface PlaceChoice {
  /** 5 digits for a Kreis, 8 for a Gemeinde. */
  ags: string;
  /** What the field shows: "Landkreis Görlitz", "Zittau (Landkreis Görlitz)". */
  label: string;
  pop: number;
}

interface Entry extends PlaceChoice {
  folded: string;
  kreis: boolean;
}

/** GV100AD record types of Kreise: 43 Kreis, 44 Landkreis, 45 Regionalverband / Region. */
const KREIS_WORD: Record<number, string> = { 43: 'Kreis', 44: 'Landkreis' };
/** Words people put before a name that the directory leaves out. */
const PREFIXES = ['landkreis ', 'kreis ', 'lkr. ', 'lk ', 'stadt ', 'gemeinde ', 'markt '];

export interface PlaceIndex {
  /**
   * Up to `limit` places whose name (or "Landkreis …" label) starts with `query`, Kreise first
   * when the query names one, then by population. Linear in the directory, no pattern matching.
   */
  suggest(query: string, limit?: number): PlaceChoice[];
  /** The place with this AGS, for showing a chosen filter again. */
  byAgs(ags: string): PlaceChoice | undefined;
}

/** Every Kreis and Gemeinde once (alternative spellings left out). */
function allEntries(src: GazetteerSource): Entry[] {
  const kreise = src.kreise.split(' ');
  const raw: { name: string; ags: string; type: number; pop: number }[] = [];
  let start = 0;
  const D = src.data;
  while (start < D.length) {
    let end = D.indexOf('\n', start);
    if (end < 0) end = D.length;
    const f = D.slice(start, end).split('|');
    start = end + 1;
    if (f.length !== 4) continue;
    raw.push({ name: f[0]!, ags: decodeAgs(f[1]!, kreise), type: Number(f[2]), pop: decodePopulation(f[3]!) });
  }
  const kreisName = new Map<string, string>();
  for (const r of raw) {
    if (r.ags.length === 5) kreisName.set(r.ags, KREIS_WORD[r.type] ? `${KREIS_WORD[r.type]} ${r.name}` : r.name);
  }
  return raw.map((r) => {
    const kreis = r.ags.length === 5;
    const label = kreis ? kreisName.get(r.ags)! : kreisName.has(r.ags.slice(0, 5)) ? `${r.name} (${kreisName.get(r.ags.slice(0, 5))})` : r.name;
    return { ags: r.ags, label, pop: r.pop, kreis, folded: foldForSearch(label)[0] };
  });
}

/** The completion index over the gazetteer data, built on first use. */
export function createPlaceIndex(src: GazetteerSource): PlaceIndex {
  let entries: Entry[] | undefined;
  const all = () => (entries ??= allEntries(src));
  return {
    suggest(query, limit = 12) {
      let q = foldForSearch(query.slice(0, 80).trim())[0];
      if (q.length < 2) return [];
      const wantsKreis = q.startsWith('landkreis ') || q.startsWith('kreis ') || q.startsWith('lk');
      for (const p of PREFIXES) if (q.startsWith(p)) q = q.slice(p.length);
      if (q === '') return [];
      const hits = all().filter((e) => {
        if (e.folded.startsWith(q)) return true;
        const sp = e.folded.indexOf(' ');
        // "Landkreis görlitz", "Kreis wesel": the name after the Kreis word.
        return e.kreis && sp > 0 && e.folded.startsWith(q, sp + 1);
      });
      hits.sort((a, b) => (wantsKreis && a.kreis !== b.kreis ? (a.kreis ? -1 : 1) : b.pop - a.pop));
      return hits.slice(0, limit).map(({ ags, label, pop }) => ({ ags, label, pop }));
    },
    byAgs(ags) {
      const e = all().find((x) => x.ags === ags);
      return e ? { ags: e.ags, label: e.label, pop: e.pop } : undefined;
    },
  };
}
