/**
 * Completion for the place filter: Kreise and Gemeinden of the gazetteer whose name starts
 * with what was typed ("Landkreis Görlitz", "Görl", "zittau"). Loaded on demand (the popup
 * imports it when the place field is first used), since the directory is large.
 */
import { GAZETTEER_DATA, GAZETTEER_KREISE } from '../tag/gazetteer-data';
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

let entries: Entry[] | undefined;

/** Every Kreis and Gemeinde once (alternative spellings left out), built on first use. */
function allEntries(): Entry[] {
  if (entries) return entries;
  const kreise = GAZETTEER_KREISE.split(' ');
  const raw: { name: string; ags: string; type: number; pop: number }[] = [];
  let start = 0;
  const D = GAZETTEER_DATA;
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
  entries = raw.map((r) => {
    const kreis = r.ags.length === 5;
    const label = kreis ? kreisName.get(r.ags)! : kreisName.has(r.ags.slice(0, 5)) ? `${r.name} (${kreisName.get(r.ags.slice(0, 5))})` : r.name;
    return { ags: r.ags, label, pop: r.pop, kreis, folded: foldForSearch(label)[0] };
  });
  return entries;
}

/**
 * Up to `limit` places whose name (or "Landkreis …" label) starts with `query`, Kreise first
 * when the query names one, then by population. Linear in the directory, no pattern matching.
 */
export function suggestPlaces(query: string, limit = 12): PlaceChoice[] {
  let q = foldForSearch(query.slice(0, 80).trim())[0];
  if (q.length < 2) return [];
  const wantsKreis = q.startsWith('landkreis ') || q.startsWith('kreis ') || q.startsWith('lk');
  for (const p of PREFIXES) if (q.startsWith(p)) q = q.slice(p.length);
  if (q === '') return [];
  const hits = allEntries().filter((e) => {
    if (e.folded.startsWith(q)) return true;
    const sp = e.folded.indexOf(' ');
    // "Landkreis görlitz", "Kreis wesel": the name after the Kreis word.
    return e.kreis && sp > 0 && e.folded.startsWith(q, sp + 1);
  });
  hits.sort((a, b) => (wantsKreis && a.kreis !== b.kreis ? (a.kreis ? -1 : 1) : b.pop - a.pop));
  return hits.slice(0, limit).map(({ ags, label, pop }) => ({ ags, label, pop }));
}

/** The place with this AGS, for showing a chosen filter again. */
export function placeByAgs(ags: string): PlaceChoice | undefined {
  const e = allEntries().find((x) => x.ags === ags);
  return e ? { ags: e.ags, label: e.label, pop: e.pop } : undefined;
}
