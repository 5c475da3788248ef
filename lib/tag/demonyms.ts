/**
 * Demonyms and adjectives of cities ("Kölner Stadtrat", "Dresdner Verwaltung", "Münsteraner",
 * "Hannoversche"): derived from the gazetteer's names by the regular German rules instead of a
 * list. A capitalised word ending in -er (or -aner, -enser, -sche) is turned back into the
 * names it may come from (Köln+er, Dresd(en)+ner, Brem(en)+er, Karlsruh(e)+r, Darmst(adt)→städter)
 * and looked up; a Gemeinde of at least MIN_POP inhabitants counts (words such as "Hammer" or
 * "Lager" that a town's name would also give are listed in NOT_DEMONYM).
 * It must stand before a capitalised noun ("Kölner Stadtrat"), and not name a newspaper or a
 * company's seat ("Frankfurter Allgemeine", "der Dortmunder IT-Dienstleister").
 */
import type { Gazetteer, Phrase } from './gazetteer';
import type { PlaceRecord } from './gazetteer';
import { PERSON_CUES } from './common-words';
import { CASE_CAP, CASE_LOWER, GAP_COLON, GAP_COMMA, GAP_FIELD, GAP_HYPHEN, GAP_SENT, type Tokens } from './tokenize';

const MIN_POP = 30_000;

/** Words after a demonym that make it part of a name, not a reference to the city (newspapers,
 * companies, and streets and squares: "an der Berliner Straße", "am Frankfurter Tor"). */
const NOT_AFTER = new Set(`zeitung allgemeine allgemeinen rundschau anzeiger nachrichten morgenpost abendblatt volkszeitung tageblatt
  neueste kreis bank versicherung schule erklärung gespräche startup start unternehmen firma hersteller anbieter softwarehersteller
  softwareanbieter konzern verlag dienstleister itdienstleister agentur würstchen messe flughafen hauptbahnhof dom zoo
  merkur kurier tagespost stadtanzeiger generalanzeiger express
  straße strasse str allee platz tor weg ring chaussee damm landstraße brücke ufer gasse hof mauer`.split(/\s+/));
/** First names and words ending in -er that would otherwise be read as demonyms. */
const NOT_DEMONYM = new Set(`werner walter günter günther dieter rainer reiner peter alexander oliver hammer lager sender weiler haller
  sieger oktober november dezember september partner leiter bürger länder kinder rechner server computer nutzer träger mitglieder wasser
  anbieter förder vertreter vorreiter meister teilnehmer betreiber unter über oder aber immer neuer weiter hinter wieder`.split(/\s+/));

export interface DemonymMention {
  start: number;
  phrase: Phrase;
}

/** Names a demonym token may come from, most likely first. */
function bases(tok: string): string[] {
  const out: string[] = [];
  if (tok.endsWith('sche') || tok.endsWith('schen') || tok.endsWith('scher') || tok.endsWith('sches')) {
    const b = tok.slice(0, tok.lastIndexOf('sch'));
    out.push(b, b + 'e');
    return out;
  }
  if (!tok.endsWith('er') || tok.length < 5) return out;
  const stem = tok.slice(0, -2);
  if (tok.endsWith('städter')) out.push(tok.slice(0, -7) + 'stadt');
  if (tok.endsWith('aner')) out.push(tok.slice(0, -4));
  if (tok.endsWith('enser')) out.push(tok.slice(0, -5) + 'e');
  out.push(stem, stem + 'en', stem + 'e');
  if (stem.endsWith('n')) out.push(stem.slice(0, -1) + 'en');
  if (stem.endsWith('a') || stem.endsWith('e')) out.push(stem);
  return out;
}

// Tokens already looked at: what they name, or null (bounded, like the gazetteer's miss cache).
const seen = new Map<string, Phrase | null>();

/** The Gemeinden a demonym token names, or undefined (cached per token). */
function lookupDemonym(g: Gazetteer, tok: string): Phrase | undefined {
  const hit = seen.get(tok);
  if (hit !== undefined) return hit ?? undefined;
  if (seen.size > 20_000) seen.clear();
  const p = deriveDemonym(g, tok);
  seen.set(tok, p ?? null);
  return p;
}

function deriveDemonym(g: Gazetteer, tok: string): Phrase | undefined {
  if (NOT_DEMONYM.has(tok) || PERSON_CUES.has(tok)) return undefined;
  for (const b of bases(tok)) {
    if (b.length < 3) continue;
    const list = g.lookup(b);
    if (!list) continue;
    for (const p of list) {
      if (p.toks.length !== 1 || p.toks[0] !== b || p.land !== undefined) continue;
      const places: PlaceRecord[] = [];
      const display: string[] = [];
      p.places.forEach((r, k) => {
        if (!r.kreis && r.pop >= MIN_POP) {
          places.push(r);
          display.push(p.display[k]!);
        }
      });
      if (places.length) return { toks: p.toks, places, display, common: false };
    }
  }
  return undefined;
}

/** Finds city demonyms in tokens not covered by other names (`covered[i]` set). */
export function findDemonyms(t: Tokens, g: Gazetteer, covered: Uint8Array, out: DemonymMention[]): DemonymMention[] {
  out.length = 0;
  for (let i = 0; i + 1 < t.n; i++) {
    if (covered[i] || t.casing[i] !== CASE_CAP) continue;
    const tok = t.lower[i]!;
    if (tok.length < 5 || !(tok.endsWith('er') || tok.endsWith('sche') || tok.endsWith('schen') || tok.endsWith('scher') || tok.endsWith('sches'))) continue;
    // Attributive: a capitalised noun follows in the same phrase.
    const next = t.lower[i + 1]!;
    if (t.gap[i + 1]! & (GAP_SENT | GAP_FIELD | GAP_COLON | GAP_COMMA | GAP_HYPHEN) || t.casing[i + 1] === CASE_LOWER) continue;
    if (NOT_AFTER.has(next)) continue;
    if (next === 'it' && i + 2 < t.n && NOT_AFTER.has(t.lower[i + 2]!)) continue;
    const phrase = lookupDemonym(g, tok);
    if (phrase) out.push({ start: i, phrase });
  }
  return out;
}

/** Whether the words after token i make a demonym or adjective part of a name ("Berliner Start-up"). */
export function namesInstitution(t: Tokens, i: number): boolean {
  if (i + 1 >= t.n || t.gap[i + 1]! & (GAP_SENT | GAP_FIELD | GAP_COLON)) return false;
  const next = t.lower[i + 1]!;
  if (NOT_AFTER.has(next)) return true;
  return next === 'it' && i + 2 < t.n && NOT_AFTER.has(t.lower[i + 2]!);
}
