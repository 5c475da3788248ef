/**
 * Micro precision/recall/F1 of tags against labelled teasers, computed the way the project's
 * tag scorer does (place names compared loosely: case, "Landkreis"/"Kreis"/"Stadt" prefixes,
 * official suffixes and parenthesised qualifiers ignored).
 */
import type { Tags } from '../model';

export interface LabelledTeaser {
  title: string;
  teaser: string;
  regions: string[];
  places: (string | { name: string })[];
  themes: string[];
  /** Part of the held-out set: scored separately, never used for tuning. */
  heldOut?: boolean;
}

export interface FacetScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Facet = 'regions' | 'places' | 'themes';

/** The scorer's loose key for a place name. */
export function placeKey(p: string | { name: string }): string {
  return String(typeof p === 'string' ? p : p.name)
    .toLowerCase()
    .replace(/^(landkreis|kreis|stadt|gemeinde|verbandsgemeinde)\s+/, '')
    // eslint-disable-next-line regexp/no-super-linear-move -- scores labelled names and our own output (gazetteer names), never fetched text
    .replace(/,.*$/, '')
    // eslint-disable-next-line regexp/no-super-linear-move -- as above: names from the labels and the gazetteer
    .replace(/\s*\(.*\)$/, '')
    .trim();
}

const pick = (f: Facet, x: { regions?: readonly string[]; places?: readonly (string | { name: string })[]; themes?: readonly string[] }) =>
  f === 'places' ? (x.places ?? []).map(placeKey) : [...((f === 'regions' ? x.regions : x.themes) ?? [])];

/** Scores predictions against labels; `misses` collects "+facet:value" / "-facet:value" per item. */
export function scoreTags(items: LabelledTeaser[], got: Tags[], misses?: string[][]): Record<Facet, FacetScore> {
  const out = {} as Record<Facet, FacetScore>;
  const facets: Facet[] = ['regions', 'places', 'themes'];
  for (const f of facets) out[f] = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
  items.forEach((want, i) => {
    const m: string[] = [];
    for (const f of facets) {
      const w = new Set(pick(f, want));
      const g = new Set(pick(f, got[i]!));
      for (const v of g) if (w.has(v)) out[f].tp++; else (out[f].fp++, m.push(`+${f}:${v}`));
      for (const v of w) if (!g.has(v)) (out[f].fn++, m.push(`-${f}:${v}`));
    }
    misses?.push(m);
  });
  for (const f of facets) {
    const s = out[f];
    s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  }
  return out;
}
