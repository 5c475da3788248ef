/**
 * Organisations and offices that imply a Land: each Land's municipal IT service providers and
 * Zweckverbände, its associations of Kreise, Städte and Gemeinden, its ministries named only by
 * their office, and other Land bodies. Data, matched token by token (one Map lookup per token).
 * A body that serves several Länder (Dataport) implies none of them.
 */
import type { LandCode } from '../model';
import { nameTokens } from './names';
import { CASE_LOWER, CASE_UPPER, GAP_COLON, GAP_FIELD, GAP_SENT, type Tokens } from './tokenize';

/** [Land, names]; a name in capitals only counts when written in capitals ("KDN", "SAKD"). */
const ORGS: [LandCode, string[]][] = [
  ['BW', ['Komm.ONE', 'KommONE', 'ITEOS', 'BITBW', 'KIRU', 'Ministerium des Inneren, für Digitalisierung und Kommunen',
    'Ministerium für Inneres, Digitalisierung und Kommunen', 'Regierungspräsidium Stuttgart', 'Regierungspräsidium Karlsruhe',
    'Regierungspräsidium Freiburg', 'Regierungspräsidium Tübingen']],
  ['BY', ['AKDB', 'IT-DLZ', 'LDBV', 'BayernID', 'BayernPortal', 'BayernWLAN', 'BayernLab', 'BayernCloud', 'Staatsministerium für Digitales',
    'Regierung von Oberbayern', 'Regierung von Niederbayern', 'Regierung von Schwaben', 'Regierung der Oberpfalz',
    'Regierung von Oberfranken', 'Regierung von Mittelfranken', 'Regierung von Unterfranken', 'KommunalBIT', 'LSI', 'Landesamt für Sicherheit in der Informationstechnik',
    'Landesamt für Digitalisierung, Breitband und Vermessung', 'Oberpfälzer', 'Allgäuer']],
  ['BE', ['ITDZ', 'Senatsverwaltung', 'Senatsverwaltungen', 'Abgeordnetenhaus']],
  ['BB', ['ZIT-BB', 'Ministerium des Innern und für Kommunales']],
  ['HB', ['Performa Nord']],
  ['HE', ['ekom21', 'HZD', 'HSGB', 'Hessische Zentrale für Datenverarbeitung', 'Ministerium für Digitalisierung und Innovation',
    'Regierungspräsidium Darmstadt', 'Regierungspräsidium Gießen', 'Regierungspräsidium Kassel']],
  ['MV', ['eGo-MV', 'DVZ', 'Ministerium für Inneres, Bau und Digitalisierung']],
  ['NI', ['Govconnect', 'ITEBO', 'KDO', 'NSGB', 'NLT', 'Oldenburger Land', 'Osnabrücker Land', 'Oldenburger Münsterland',
    'Ostfriesen']],
  ['NW', ['KDN', 'regio iT', 'citeq', 'Citkomm', 'ITK Rheinland', 'KDVZ', 'KRZN', 'GKD', 'krz', 'civitec', 'Südwestfalen-IT', 'Südwestfalen', 'd-NRW', 'LWL', 'LVR', 'RVR',
    'Regionalverband Ruhr', 'Landschaftsverband', 'Bezirksregierung', 'Bezirksregierungen',
    'Ministerium für Heimat, Kommunales, Bau und Digitalisierung', 'MHKBD']],
  ['RP', ['GStB', 'KommWis', 'Landesbetrieb Daten und Information', 'Ministerium des Innern und für Sport', 'Pfälzer']],
  ['SL', ['eGo-Saar', 'Saar', 'Ministerium für Inneres, Bauen und Sport']],
  ['SN', ['SAKD', 'KISA', 'Lecos', 'SSG', 'Staatsbetrieb Sächsische Informatik Dienste', 'Landesdirektion']],
  ['ST', ['KITU', 'Kommunale IT-Union', 'SGSA', 'Ministerium für Infrastruktur und Digitales']],
  ['SH', ['ITV.SH', 'SHGT', 'KomFIT', 'Ministerium für Inneres, Kommunales, Wohnen und Sport']],
  ['TH', ['KIV', 'TLRZ', 'Ministerium für Inneres und Kommunales']],
];

const LOWER_START = new Set(['ekom21', 'krz', 'regio', 'citeq', 'civitec', 'd']);

interface OrgName {
  toks: string[];
  land: LandCode;
  upper: boolean;
}

export interface OrgMention {
  start: number;
  end: number;
  land: LandCode;
}

let index: Map<string, OrgName[]> | undefined;

function orgIndex(): Map<string, OrgName[]> {
  if (index) return index;
  index = new Map();
  for (const [land, names] of ORGS) {
    for (const name of names) {
      const toks = nameTokens(name.replace(/[,.]/g, ' '));
      const upper = name.length > 1 && name === name.toUpperCase() && !/\d/.test(name);
      const list = index.get(toks[0]!) ?? [];
      list.push({ toks, land, upper });
      list.sort((a, b) => b.toks.length - a.toks.length);
      index.set(toks[0]!, list);
    }
  }
  return index;
}

/** Finds the organisations and offices of the table in the tokens (longest match first). */
export function findOrgs(t: Tokens, out: OrgMention[]): OrgMention[] {
  out.length = 0;
  const idx = orgIndex();
  for (let i = 0; i < t.n; i++) {
    // Names start with a capital, except a few written in lower case ("ekom21", "regio iT").
    if (t.casing[i] === CASE_LOWER && !LOWER_START.has(t.lower[i]!)) continue;
    const list = idx.get(t.lower[i]!);
    if (!list) continue;
    for (const o of list) {
      const len = o.toks.length;
      if (i + len > t.n) continue;
      if (o.upper && t.casing[i] !== CASE_UPPER) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) {
        if (t.lower[i + k] !== o.toks[k] || t.gap[i + k]! & (GAP_SENT | GAP_FIELD | GAP_COLON)) ok = false;
      }
      if (!ok) continue;
      out.push({ start: i, end: i + len, land: o.land });
      i += len - 1;
      break;
    }
  }
  return out;
}
