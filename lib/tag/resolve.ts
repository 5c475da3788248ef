/**
 * Turns name mentions into places and Länder: filters words that are not places here
 * (institutions, persons, common words without place context), picks the record each
 * name means (Kreis or Gemeinde by prefix; then the Land or Kreis named elsewhere in the
 * text, then the source's Land, then population) and drops venue-only mentions.
 */
import type { LandCode, Place } from '../model';
import type { PlaceRecord } from './gazetteer';
import { PREFIX_GEMEINDE, PREFIX_KREIS, type Mention } from './mentions';
import { IN_TEASER } from './tokenize';

const CITY_STATES = new Set<LandCode>(['BE', 'HH', 'HB']);

export interface Resolved {
  places: Place[];
  /** Länder named explicitly (names, abbreviations, adjectives, demonyms, regions). */
  lands: LandCode[];
  /** Länder of the places. */
  placeLands: LandCode[];
  /** Whether a Land or place stands in the title. */
  titleHasLocation: boolean;
  /** Places dropped as venues (used only when nothing else locates the item). */
  venues: Place[];
}

function candidates(m: Mention): PlaceRecord[] {
  const all = m.phrase.places;
  if (all.length <= 1) return all;
  if (m.prefix === PREFIX_KREIS) {
    const k = all.filter((r) => r.kreis);
    if (k.length) return k;
  }
  const g = all.filter((r) => !r.kreis);
  return g.length ? g : all;
}

/** Resolves the mentions of one item. */
export function resolveMentions(mentions: Mention[], sourceLand: LandCode | undefined): Resolved {
  const lands: LandCode[] = [];
  const usable: Mention[] = [];
  let titleHasLocation = false;
  for (const m of mentions) {
    const p = m.phrase;
    if (m.person) continue;
    // "Sitzung in Hamburg": a city-state named as a venue is a place candidate, not a Land.
    const venueCity = m.venue && p.land !== undefined && CITY_STATES.has(p.land) && p.places.length > 0 && p.landForm === 'name';
    if (p.land && !venueCity && !(p.places.length > 0 && m.prefix === PREFIX_GEMEINDE && !CITY_STATES.has(p.land))) {
      if (!m.institution && !lands.includes(p.land)) lands.push(p.land);
      if (m.zone !== IN_TEASER) titleHasLocation = true;
      // City-states are also the municipality ("Berlin: …" names the place Berlin).
      if (!CITY_STATES.has(p.land) || p.landForm !== 'name' || p.places.length === 0) continue;
    }
    if (p.places.length === 0 || m.institution) continue;
    if (p.common && !m.placeContext) continue;
    usable.push(m);
  }

  // Context from the text: Länder named, and Kreise/Länder of names that are unambiguous.
  const ctxLands = new Set<LandCode>(lands);
  const ctxKreise = new Set<string>();
  const unambiguousLands = new Set<LandCode>();
  for (const m of usable) {
    const c = candidates(m);
    if (c.length === 1) {
      unambiguousLands.add(c[0]!.land);
      ctxKreise.add(c[0]!.ags.slice(0, 5));
    }
  }
  const places: Place[] = [];
  const venues: Place[] = [];
  const placeLands: LandCode[] = [];
  const seen = new Set<string>();
  for (const m of usable) {
    const c = candidates(m);
    let best = c[0]!;
    if (c.length > 1) {
      let bestScore = -Infinity;
      for (const r of c) {
        let s = Math.log10(r.pop + 10);
        if (ctxLands.has(r.land)) s += 6;
        if (unambiguousLands.has(r.land)) s += 4;
        if (ctxKreise.has(r.ags.slice(0, 5))) s += 8;
        if (r.land === sourceLand) s += 3;
        if (s > bestScore) {
          bestScore = s;
          best = r;
        }
      }
    }
    const i = m.phrase.places.indexOf(best);
    if (seen.has(best.ags)) {
      // Named again more precisely ("Neustadt: …", then "Neustadt an der Weinstraße"): show that.
      const earlier = [...places, ...venues].find((x) => x.ags === best.ags);
      const display = m.phrase.display[i] ?? best.name;
      if (earlier && !best.kreis && display.length > earlier.name.length && display.startsWith(earlier.name)) earlier.name = display;
      continue;
    }
    seen.add(best.ags);
    let name = m.phrase.display[i] ?? best.name;
    if (best.kreis && m.prefixWord && !/^(Landkreis|Kreis|Region|Städteregion|StädteRegion|Regionalverband)\b/.test(name)) name = `${m.prefixWord} ${name}`;
    const place: Place = { name, ags: best.ags, land: best.land };
    if (m.venue) {
      venues.push(place);
      continue;
    }
    places.push(place);
    if (!placeLands.includes(best.land)) placeLands.push(best.land);
    if (m.zone !== IN_TEASER) titleHasLocation = true;
  }
  return { places, lands, placeLands, titleHasLocation, venues };
}
