/**
 * Context rules over the name mentions of one item, applied before they are resolved (all
 * linear: one pass over tokens, one over mentions):
 * - a name right after an organisation, or "in X" after it, is the organisation's seat, not a
 *   place of the item ("ITDZ Berlin", "beim krz in Lemgo");
 * - a city-state named as the Land ("Land Bremen", "Hamburgs Senat") is not also the city;
 * - a kicker that is a sentence ("Weil die Server veraltet sind: …") gives no place context;
 * - "in X" in a sentence with an award, a meeting or a hand-over, when the item is located
 *   elsewhere, is a venue ("hat in Düsseldorf einen Förderbescheid entgegengenommen"); a place
 *   that is a venue once is a venue wherever "in X" names it again (not in the kicker).
 */
import type { Mention } from './mentions';
import type { ItemMention } from './resolve';
import type { OrgMention } from './orgs';
import { CASE_LOWER, GAP_FIELD, GAP_SENT, IN_KICKER, type Tokens } from './tokenize';

const CITY_STATE_LAND_WORDS = new Set(['land', 'landes', 'freistaat', 'bundesland']);
// Lowercase words a place kicker may contain ("Weil am Rhein", "Neustadt an der Orla").
const NAME_LINKS = new Set(['am', 'an', 'der', 'den', 'im', 'in', 'bei', 'ob', 'vor', 'und', 'a', 'd', 'i', 'b', 'v', 'st', 'auf']);

// Hand-overs, awards and meetings: "in X" in such a sentence names where it happened.
const HANDOVER = new Set(`überreicht überreichte übergab übergeben übergibt entgegengenommen entgegen verliehen verlieh ausgezeichnet
  erhalten erhielt erhält vorgestellt stellte präsentiert präsentierte trifft trafen treffen tagt tagte tagten versammelt kongress
  konferenz tagung gipfel messe convention fachtag fachtagung jahrestagung preis preise preisverleihung zeigt zeigte zeigten`.split(/\s+/));

let sentence = new Uint16Array(256);
let eventSentence = new Uint8Array(64);

export function applyContext(t: Tokens, mentions: ItemMention[], orgs: OrgMention[]): void {
  if (mentions.length === 0) return;
  let first: Mention['phrase'] | undefined;
  let distinct = 0;
  let kickerCommon = false;
  let afterIn = false;
  for (const m of mentions) {
    const prev = m.start > 0 && !(t.gap[m.start]! & (GAP_SENT | GAP_FIELD)) ? t.lower[m.start - 1]! : '';
    for (let k = 0; k < orgs.length; k++) {
      const end = orgs[k]!.end;
      // Only within one sentence: "… BayernLab. In Wunsiedel …" names a place.
      const joined = (k: number) => k > 0 && !(t.gap[k]! & (GAP_SENT | GAP_FIELD));
      if ((end === m.start && joined(m.start)) || (end === m.start - 1 && (prev === 'in' || prev === 'aus') && joined(m.start - 1))) m.institution = true;
    }
    const p = m.phrase;
    if (p.land && p.places.length > 0 && p.landForm === 'name') {
      if (CITY_STATE_LAND_WORDS.has(prev) || t.lower[m.start] !== p.toks[0]) m.landOnly = true;
    }
    if (m.zone === IN_KICKER && p.common && m.prefix === 0) kickerCommon = true;
    if (prev === 'in') afterIn = true;
    if (prev === 'stadtwerke' || prev === 'stadtwerken') m.placeContext = true;
    if (!m.institution && !m.person && (p.land || p.places.length > 0) && p !== first) {
      if (!first) first = p;
      distinct++;
    }
  }
  // A kicker that is a sentence ("Weil die Server veraltet sind: …") names no place.
  if (kickerCommon) {
    let sentenceKicker = false;
    for (let i = 0; i < t.n && t.zone[i] === IN_KICKER; i++) {
      if (t.casing[i] === CASE_LOWER && !NAME_LINKS.has(t.lower[i]!)) sentenceKicker = true;
    }
    if (sentenceKicker) for (const m of mentions) if (m.zone === IN_KICKER && m.phrase.common && m.prefix === 0) m.placeContext = false;
  }
  // Venues: "in X" in an event sentence, when something other than X locates the item
  // (two different names do).
  if (!afterIn || distinct < 2) return;
  if (sentence.length < t.n) sentence = new Uint16Array(t.n * 2);
  let s = 0;
  for (let i = 0; i < t.n; i++) {
    if (i > 0 && t.gap[i]! & (GAP_SENT | GAP_FIELD)) s++;
    sentence[i] = s;
  }
  if (eventSentence.length <= s) eventSentence = new Uint8Array(s * 2 + 2);
  eventSentence.fill(0, 0, s + 1);
  for (let i = 0; i < t.n; i++) {
    // "stellt … in Berlin vor": the particle ending the sentence makes it a presentation.
    const presents = t.lower[i] === 'vor' && (i + 1 === t.n || (t.gap[i + 1]! & (GAP_SENT | GAP_FIELD)) !== 0);
    if (presents || HANDOVER.has(t.lower[i]!)) eventSentence[sentence[i]!] = 1;
  }
  let venueAgs: Set<string> | undefined;
  for (const m of mentions) {
    if (m.venue || m.prefix !== 0 || m.institution || !m.phrase.places.some((r) => !r.kreis)) continue;
    const prev = m.start > 0 ? t.lower[m.start - 1]! : '';
    if (prev === 'in' && eventSentence[sentence[m.start]!]) m.venue = true;
  }
  for (const m of mentions) if (m.venue) for (const r of m.phrase.places) (venueAgs ??= new Set()).add(r.ags);
  if (venueAgs) {
    for (const m of mentions) {
      const prev = m.start > 0 ? t.lower[m.start - 1]! : '';
      if (!m.venue && m.zone !== IN_KICKER && (prev === 'in' || prev === 'im') && m.prefix === 0 && m.phrase.places.length > 0 && m.phrase.places.every((r) => venueAgs!.has(r.ags))) {
        m.venue = true;
      }
    }
  }
}
