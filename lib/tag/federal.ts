/**
 * Signals that an item is federal or nationwide (region `DE`): federal bodies and laws,
 * nationwide studies, "bundesweit". Where they stand matters: "FITKO: …" is federal news,
 * "Uckermark … im Rahmen der Bundesinitiative …" is news about a Landkreis.
 */
import { CASE_LOWER, CASE_UPPER, IN_KICKER, IN_TEASER, type Tokens } from './tokenize';
import { FED_NATION, FED_STRONG, GENERIC, STUDY, tokenClass } from './token-class';

// OZG, BundID, eGovernment are federal laws and portals, but Länder and Kommunen write about
// them all the time: they count as federal only when nothing else places the item.
const LAW_ONLY = new Set(['onlinezugangsgesetz', 'ozg', 'egovernment', 'bundesportal', 'bundid', 'govtech']);
const DEUTSCH = new Set(['deutsche', 'deutscher', 'deutschen', 'deutsches']);
const FIRST = new Set(['erste', 'erster', 'ersten', 'erstes', 'einzige', 'einziger', 'einzigen', 'größte', 'größten', 'einmalig', 'einmaliges']);
const LAENDER = new Set(['länder', 'ländern', 'bundesländer', 'bundesländern']);
const UMBRELLA = new Set(['städtetag', 'landkreistag', 'gemeindebund', 'städtetages', 'landkreistages', 'gemeindebundes']);

export interface FederalSignals {
  /** A federal body in the kicker ("FITKO: …", "Bund: …"). */
  kicker: boolean;
  /** A federal body or "bundesweit" anywhere in the title. */
  title: boolean;
  /** A federal body in the headline after the kicker ("Bayern: … Onlinedienste des Bundes"). */
  headline: boolean;
  /** Strong federal words in the teaser (not counting OZG-type words). */
  teaser: number;
  /** OZG-type words, nationwide words or a nationwide study about Kommunen in general. */
  weak: number;
}

/** Reads the federal signals of the tokens; `words` collects the indices of the signal tokens. */
export function federalSignals(t: Tokens, words?: number[]): FederalSignals {
  const s: FederalSignals = { kicker: false, title: false, headline: false, teaser: 0, weak: 0 };
  let study = false;
  let generic = false;
  for (let i = 0; i < t.n; i++) {
    const tok = t.lower[i]!;
    const cls = tokenClass(tok);
    let strong = (cls & FED_STRONG) !== 0 || ((tok === 'bund' || tok === 'bundes') && t.casing[i] !== CASE_LOWER);
    if (!strong && tok === 'stack' && i > 0 && t.lower[i - 1] === 'deutschland') strong = true;
    if (!strong && UMBRELLA.has(tok)) {
      for (let k = Math.max(0, i - 4); k < i; k++) if (DEUTSCH.has(t.lower[k]!)) strong = true;
      if (tok.startsWith('gemeindebund') && i > 2 && t.lower[i - 3] === 'städte' && i > 3 && DEUTSCH.has(t.lower[i - 4]!)) strong = true;
    }
    if (tok === 'it' && i + 1 < t.n && t.lower[i + 1] === 'planungsrat') continue; // counted at "planungsrat"
    let weak = (cls & FED_NATION) !== 0;
    // "als bundesweit erste Kommune": a superlative about one place, not nationwide news.
    if (weak && i + 1 < t.n && FIRST.has(t.lower[i + 1]!)) weak = false;
    // "mehrere Länder", "die Bundesländer": nationwide when nothing else places the item.
    if (!weak && LAENDER.has(tok) && t.casing[i] !== CASE_LOWER) weak = true;
    if (tok === 'deutschland' && i > 0 && (t.lower[i - 1] === 'in' || t.lower[i - 1] === 'ganz')) weak = true;
    // European law and programmes apply nationwide: federal when nothing else places the item.
    if (!weak && ((tok === 'eu' && t.casing[i] === CASE_UPPER) || (tok.startsWith('europäisch') && t.casing[i] === CASE_LOWER))) weak = true;
    if (cls & STUDY) study = true;
    if (cls & GENERIC) generic = true;
    const inTitle = t.zone[i] !== IN_TEASER;
    if (strong && LAW_ONLY.has(tok)) {
      weak = true;
      strong = false;
    }
    if ((strong || weak) && words && words.length < 4) words.push(i);
    if (strong) {
      if (t.zone[i] === IN_KICKER) s.kicker = true;
      else if (inTitle) s.headline = true;
      if (inTitle) s.title = true;
      else s.teaser++;
    }
    if (weak) s.weak++;
    if (weak && inTitle && !tok.startsWith('flächendeckend')) s.title = true;
  }
  if (study && generic) s.weak++;
  return s;
}
