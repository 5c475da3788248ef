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

/** A mention with what the item's context rules found out about it. */
export type ItemMention = Mention & {
  /** A city-state named as the Land only ("Land Bremen", "Hamburgs Senat"), not as the city. */
  landOnly?: boolean;
};

export interface Resolved {
  places: Place[];
  /** The mention each place comes from (parallel to `places`). */
  placeFrom: Mention[];
  /** Länder named explicitly (names, abbreviations, adjectives, demonyms, regions). */
  lands: LandCode[];
  /** The first mention naming each Land (parallel to `lands`). */
  landFrom: Mention[];
  /** Länder of the places (ambiguous places give none). */
  placeLands: LandCode[];
  /** Whether a Land or place stands in the title. */
  titleHasLocation: boolean;
  /** Places dropped as venues (used only when nothing else locates the item). */
  venues: Place[];
  venueFrom: Mention[];
}

// A name shared by several Gemeinden resolves by size alone only when the largest is this many
// times larger than the next ("Frankfurt", "Halle"), not between equals ("Neustadt").
const DOMINANT = 2.5;

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
export function resolveMentions(mentions: ItemMention[], sourceLand: LandCode | undefined): Resolved {
  const lands: LandCode[] = [];
  const landFrom: Mention[] = [];
  const usable: Mention[] = [];
  let titleHasLocation = false;
  for (const m of mentions) {
    const p = m.phrase;
    if (m.person) continue;
    // "Sitzung in Hamburg": a city-state named as a venue is a place candidate, not a Land.
    const venueCity = m.venue && p.land !== undefined && CITY_STATES.has(p.land) && p.places.length > 0 && p.landForm === 'name';
    if (p.land && !venueCity && !(p.places.length > 0 && m.prefix === PREFIX_GEMEINDE && !CITY_STATES.has(p.land))) {
      if (!m.institution && !lands.includes(p.land)) {
        lands.push(p.land);
        landFrom.push(m);
      }
      if (m.zone !== IN_TEASER) titleHasLocation = true;
      // City-states are also the municipality ("Berlin: …" names the place Berlin).
      if (!CITY_STATES.has(p.land) || p.landForm !== 'name' || p.places.length === 0 || m.landOnly) continue;
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
  const placeFrom: Mention[] = [];
  const venues: Place[] = [];
  const venueFrom: Mention[] = [];
  const placeLands: LandCode[] = [];
  const seen = new Set<string>();
  for (const m of usable) {
    const c = candidates(m);
    let best = c[0]!;
    let ambiguous = false;
    if (c.length > 1) {
      let bestScore = -Infinity;
      let bestContext = 0;
      for (const r of c) {
        let ctx = 0;
        if (ctxLands.has(r.land)) ctx += 6;
        if (unambiguousLands.has(r.land)) ctx += 4;
        if (ctxKreise.has(r.ags.slice(0, 5))) ctx += 8;
        if (r.land === sourceLand) ctx += 3;
        const s = Math.log10(r.pop + 10) + ctx;
        if (s > bestScore) {
          bestScore = s;
          best = r;
          bestContext = ctx;
        }
      }
      // Nothing in the text or the source tells which one, and none is much larger: the place
      // stays ambiguous unless all candidates lie in one Land.
      if (bestContext === 0) {
        let second = 0;
        for (const r of c) if (r !== best && r.pop > second) second = r.pop;
        const oneLand = c.every((r) => r.land === best.land);
        ambiguous = !oneLand && best.pop < DOMINANT * second;
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
    if (ambiguous) place.ambiguous = true;
    if (m.venue) {
      if (!ambiguous) {
        venues.push(place);
        venueFrom.push(m);
      }
      continue;
    }
    places.push(place);
    placeFrom.push(m);
    if (!ambiguous && !placeLands.includes(best.land)) placeLands.push(best.land);
    if (m.zone !== IN_TEASER) titleHasLocation = true;
  }
  return { places, placeFrom, lands, landFrom, placeLands, titleHasLocation, venues, venueFrom };
}
