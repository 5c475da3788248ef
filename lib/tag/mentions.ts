/**
 * Finds names of Länder, Kreise and Gemeinden in the tokens (longest match, one Map lookup
 * per token) and reads the context around each one: "Landkreis X", "Stadt X", "in X", a
 * kicker, an institution ("TU München"), a person ("Stephan Weil"), a venue ("Kongress in X").
 */
import type { Gazetteer, Phrase } from './gazetteer';
import { ARTICLES, INSTITUTION_CUES, PERSON_CUES } from './common-words';
import { EVENT, tokenClass } from './token-class';
import {
  CASE_LOWER, CASE_UPPER, GAP_COLON, GAP_COMMA, GAP_FIELD, GAP_HYPHEN, GAP_SENT, IN_KICKER, IN_TEASER, type Tokens,
} from './tokenize';

export const PREFIX_NONE = 0;
export const PREFIX_KREIS = 1;
export const PREFIX_GEMEINDE = 2;

export interface Mention {
  start: number;
  end: number;
  phrase: Phrase;
  prefix: number;
  /** The word that named the prefix ("Landkreis", "Kreis"), for display. */
  prefixWord: string;
  /** Context that makes a common-word name a place. */
  placeContext: boolean;
  institution: boolean;
  person: boolean;
  venue: boolean;
  zone: number;
}

const KREIS_WORDS = new Set(['landkreis', 'landkreises', 'landkreisen', 'landkreise', 'kreis', 'kreises', 'kreise', 'kreisverwaltung', 'landratsamt', 'landratsamtes', 'kreistag', 'landrat', 'landrätin', 'lk']);
const GEMEINDE_WORDS = new Set([
  'stadt', 'städte', 'stadtverwaltung', 'gemeinde', 'gemeinden', 'markt', 'marktgemeinde', 'verbandsgemeinde', 'verbandsgemeinden',
  'samtgemeinde', 'samtgemeinden', 'ortsgemeinde', 'amt', 'hansestadt', 'landeshauptstadt', 'kreisstadt', 'universitätsstadt',
  'bundesstadt', 'kommune', 'kommunen', 'stadtrat', 'gemeinderat', 'großstadt', 'kleinstadt', 'stadtgebiet', 'verbandsgemeindeverwaltung',
]);
const LOC_WORDS = new Set(['in', 'aus', 'nach', 'für', 'von', 'bei']);
// Companies: "aus X" after one of these names the company's seat.
const COMPANY = /(?:unternehmen|firma|hersteller|anbieter|dienstleister|softwarehaus|systemhaus|startup|^up|konzern|agentur|büro)$/;
// Parts of a municipality: "im Stadtteil Schwanheim", "Ortsbeirat Höchst" name a district, not
// the Gemeinde of that name elsewhere.
const DISTRICT_WORDS = new Set([
  'stadtteil', 'stadtteils', 'stadtteilen', 'ortsteil', 'ortsteils', 'ortsteilen', 'ortschaft', 'ortsbeirat', 'ortsbezirk',
  'stadtbezirk', 'stadtbezirks', 'ortsrat', 'ortsvorsteher', 'ortsvorsteherin', 'bezirk', 'bezirks', 'bezirksamt', 'quartier',
]);
const LIST_WORDS = new Set(['und', 'sowie', 'oder']);
const BREAK = GAP_SENT | GAP_FIELD | GAP_COLON;
// Government bodies whose "in X" names their seat, not a place of the item ("das Kabinett in
// Stuttgart", "der IT-Planungsrat in Berlin"): the Land still counts when nothing else locates it.
const SEAT_BODIES = new Set([
  'kabinett', 'landeskabinett', 'landesregierung', 'staatsregierung', 'landtag', 'senat', 'ministerrat', 'planungsrat', 'bundesrat',
  'bundestag', 'bundesregierung', 'ministerkonferenz', 'innenministerkonferenz', 'digitalministerkonferenz',
]);

/**
 * Whether an event word stands within eight words before token i ("beim Kongress des Deutschen
 * Städte- und Gemeindebundes in X") or six after it, in the same sentence. `events` is ascending:
 * a binary search finds the window, so a text of many places and events stays linear.
 */
function nearEvent(t: Tokens, events: number[], i: number): boolean {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]! < i - 8) lo = mid + 1;
    else hi = mid;
  }
  for (let e = lo; e < events.length && events[e]! <= i + 6; e++) {
    const k = events[e]!;
    let crosses = false;
    for (let j = Math.min(k, i) + 1; j <= Math.max(k, i); j++) if (t.gap[j]! & (GAP_SENT | GAP_FIELD)) crosses = true;
    if (!crosses) return true;
  }
  return false;
}

/** "Bonns" of "bonn", "Kreises" of "kreis" ("des Rhein-Sieg-Kreises", "des Bodenseekreises"). */
function genitiveOf(tok: string, want: string): boolean {
  if (!tok.startsWith(want)) return false;
  if (tok.length === want.length + 1) return tok.endsWith('s');
  return tok.length === want.length + 2 && tok.endsWith('es') && want.endsWith('kreis');
}

/** Matches the longest name at token i; returns its end (exclusive) or -1. */
function matchAt(t: Tokens, i: number, list: Phrase[], genitive: boolean): { end: number; phrase: Phrase } | undefined {
  for (const p of list) {
    const len = p.toks.length;
    if (genitive && len !== 1) continue;
    if (i + len > t.n) continue;
    if (p.upper && t.casing[i] !== CASE_UPPER) continue;
    if (t.casing[i] === CASE_LOWER && p.landForm !== 'adj') continue;
    let ok = true;
    for (let k = 1; k < len && ok; k++) {
      const tok = t.lower[i + k]!;
      const want = p.toks[k]!;
      if (t.gap[i + k]! & (BREAK | GAP_COMMA)) ok = false;
      else if (tok !== want && !(k === len - 1 && genitiveOf(tok, want))) ok = false;
    }
    if (ok) return { end: i + len, phrase: p };
  }
  return undefined;
}

/** Finds every name in the tokens, with its context; `out` is reused between items. */
export function findMentions(t: Tokens, g: Gazetteer, out: Mention[]): Mention[] {
  out.length = 0;
  // Event words ("Kongress", "Sitzung", "fand … statt"), for venue detection.
  let events: number[] | undefined;
  for (let k = 0; k < t.n; k++) if (tokenClass(t.lower[k]!) & EVENT) (events ??= []).push(k);
  for (let i = 0; i < t.n; i++) {
    const tok = t.lower[i]!;
    let list = g.lookup(tok);
    let genitive = false;
    let m = list ? matchAt(t, i, list, false) : undefined;
    if (!m && t.casing[i] !== CASE_LOWER && tok.length > 4 && tok.endsWith('s')) {
      const cut = tok.endsWith('kreises') ? 2 : 1;
      list = g.lookup(tok, tok.length - cut);
      genitive = true;
      m = list ? matchAt(t, i, list, true) : undefined;
    }
    if (!m) continue;
    const prevOk = i > 0 && !(t.gap[i]! & BREAK);
    const prev = prevOk ? t.lower[i - 1]! : '';
    const prev2 = prevOk && i > 1 && !(t.gap[i - 1]! & BREAK) ? t.lower[i - 2]! : '';
    let prefix = PREFIX_NONE;
    let prefixWord = '';
    if (KREIS_WORDS.has(prev)) {
      prefix = PREFIX_KREIS;
      prefixWord = prev.startsWith('landkreis') || prev.startsWith('landrat') || prev === 'lk' ? 'Landkreis' : 'Kreis';
    } else if (GEMEINDE_WORDS.has(prev) || (prev === 'der' && GEMEINDE_WORDS.has(prev2))) prefix = PREFIX_GEMEINDE;
    let institution = INSTITUTION_CUES.has(prev) || (prevOk && (prev === 'zu' || prev === 'der') && INSTITUTION_CUES.has(prev2));
    // "Hochschule für Technik Stuttgart": look a few capitalised words further back.
    for (let k = i - 1, steps = 0; !institution && k >= 0 && steps < 5 && !(t.gap[k + 1]! & (BREAK | GAP_COMMA)); k--, steps++) {
      if (INSTITUTION_CUES.has(t.lower[k]!) && (t.lower[k] === 'hochschule' || t.lower[k] === 'universität' || t.lower[k] === 'akademie' || t.lower[k] === 'institut')) institution = true;
      else if (t.casing[k] === CASE_LOWER && t.lower[k] !== 'für' && t.lower[k] !== 'und' && t.lower[k] !== 'der' && t.lower[k] !== 'des') break;
    }
    const person = prevOk && t.casing[i - 1] !== CASE_LOWER && PERSON_CUES.has(prev) && !(t.gap[i]! & GAP_COMMA);
    // A company's seat ("ein Softwarehaus aus Paderborn", "mit Sitz in Dresden") is not a place of the item.
    if ((prev === 'aus' && COMPANY.test(prev2)) || (prev === 'in' && prev2 === 'sitz')) institution = true;
    // "Frankfurt-Höchst", "Essen-Kettwig": the part after the hyphen is a district of the first.
    const prior = out[out.length - 1];
    if (!m.phrase.land && (DISTRICT_WORDS.has(prev) || (prior && prior.end === i && (t.gap[i]! & GAP_HYPHEN) !== 0 && prior.phrase.places.length > 0))) {
      institution = true;
    }
    const zone = t.zone[i]!;
    const afterHyphen = m.end < t.n && (t.gap[m.end]! & GAP_HYPHEN) !== 0;
    const article = ARTICLES.has(prev);
    let placeContext = zone === IN_KICKER || prefix !== PREFIX_NONE || (LOC_WORDS.has(prev) && !article);
    // Lists continue the context: "die Verbandsgemeinden Diez, Kaisersesch und Montabaur".
    const last = out[out.length - 1];
    if (last && (last.end === i && t.gap[i]! & GAP_COMMA || last.end === i - 1 && LIST_WORDS.has(prev))) {
      if (last.placeContext && last.phrase.places.length > 0) placeContext = true;
      if (prefix === PREFIX_NONE && last.prefix !== PREFIX_NONE) {
        prefix = last.prefix;
        prefixWord = last.prefixWord;
      }
    }
    if (article || afterHyphen && zone !== IN_KICKER) placeContext = placeContext && !article && !afterHyphen;
    const venue =
      (prev === 'in' && SEAT_BODIES.has(prev2)) ||
      (zone === IN_TEASER && (prev === 'in' || prev === 'im') && events !== undefined && nearEvent(t, events, i));
    out.push({ start: i, end: m.end, phrase: m.phrase, prefix, prefixWord, placeContext, institution, person, venue, zone });
    i = m.end - 1;
  }
  return out;
}
