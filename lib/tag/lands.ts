/**
 * How news names the Länder: names, abbreviations, adjectives, demonyms and regions
 * (regions name a Land without naming a municipality).
 */
import type { LandCode } from '../model';

export { LAND_BY_KEY } from './land-keys';

export type LandForm = 'name' | 'abbr' | 'adj' | 'demonym' | 'region';

export interface LandAlias {
  text: string;
  land: LandCode;
  form: LandForm;
  /** Only counts when written in capitals (abbreviations that are also words). */
  upper?: boolean;
}

const NAMES: [LandCode, string[]][] = [
  ['BW', ['Baden-Württemberg']], ['BY', ['Bayern', 'Freistaat Bayern']], ['BE', ['Berlin']],
  ['BB', ['Brandenburg', 'Land Brandenburg']], ['HB', ['Bremen', 'Freie Hansestadt Bremen']],
  ['HH', ['Hamburg', 'Freie und Hansestadt Hamburg']], ['HE', ['Hessen']],
  ['MV', ['Mecklenburg-Vorpommern']], ['NI', ['Niedersachsen']], ['NW', ['Nordrhein-Westfalen']],
  ['RP', ['Rheinland-Pfalz']], ['SL', ['Saarland']], ['SN', ['Sachsen', 'Freistaat Sachsen']],
  ['ST', ['Sachsen-Anhalt']], ['SH', ['Schleswig-Holstein']], ['TH', ['Thüringen', 'Freistaat Thüringen']],
];

const ABBR: [LandCode, string, boolean][] = [
  ['RP', 'RLP', true], ['RP', 'RP', true], ['NW', 'NRW', true], ['BW', 'BaWü', false], ['BW', 'Ba-Wü', false], ['BW', 'BW', true],
  ['MV', 'M-V', true], ['MV', 'MV', true], ['MV', 'MeckPomm', false], ['MV', 'Meck-Pomm', false], ['ST', 'LSA', true], ['SH', 'SH', true],
  ['NI', 'NDS', true], ['HH', 'HH', true], ['SL', 'SL', true],
];

// Adjective stems; every inflection (-e, -er, -es, -en, -em) is added.
const ADJ: [LandCode, string][] = [
  ['BW', 'baden-württembergisch'], ['BW', 'badisch'], ['BW', 'württembergisch'], ['BY', 'bayerisch'],
  ['BY', 'bayrisch'], ['BY', 'fränkisch'], ['BY', 'oberbayerisch'], ['BY', 'niederbayerisch'], ['BY', 'oberpfälzisch'],
  ['BE', 'berlinisch'], ['BB', 'brandenburgisch'], ['HB', 'bremisch'], ['HH', 'hamburgisch'], ['HE', 'hessisch'],
  ['MV', 'mecklenburgisch'], ['MV', 'mecklenburg-vorpommersch'], ['MV', 'vorpommersch'], ['NI', 'niedersächsisch'],
  ['NI', 'ostfriesisch'], ['NW', 'nordrhein-westfälisch'], ['NW', 'westfälisch'], ['NW', 'ostwestfälisch'], ['NW', 'südwestfälisch'], ['NW', 'sauerländisch'],
  ['NW', 'münsterländisch'], ['NW', 'niederrheinisch'], ['SN', 'erzgebirgisch'], ['SN', 'vogtländisch'], ['ST', 'altmärkisch'],
  ['NI', 'emsländisch'], ['SH', 'holsteinisch'], ['RP', 'rheinland-pfälzisch'],
  ['RP', 'pfälzisch'], ['SL', 'saarländisch'], ['SN', 'sächsisch'], ['ST', 'sachsen-anhaltisch'],
  ['ST', 'sachsen-anhaltinisch'], ['SH', 'schleswig-holsteinisch'], ['TH', 'thüringisch'],
];

const DEMONYM: [LandCode, string[]][] = [
  ['BE', ['Berliner', 'Berlinerinnen']], ['HH', ['Hamburger', 'Hamburgerinnen']], ['HB', ['Bremer', 'Bremerinnen']],
  ['TH', ['Thüringer', 'Thüringerinnen']], ['BB', ['Brandenburger', 'Brandenburgerinnen']], ['SL', ['Saarländer', 'Saarländerinnen']],
  ['BY', ['Bayerin', 'Bayerinnen']], ['SH', ['Schleswig-Holsteiner']], ['MV', ['Mecklenburger']],
  ['NI', ['Niedersachse', 'Niedersächsin']], ['HE', ['Hessin']], ['SN', ['Sächsin']],
  ['RP', ['Rheinland-Pfälzer', 'Rheinland-Pfälzerinnen']], ['BW', ['Baden-Württemberger', 'Baden-Württembergerinnen']],
  ['ST', ['Sachsen-Anhalter', 'Sachsen-Anhalterinnen']],
];

// Regions inside one Land that news names instead of a municipality.
const REGIONS: [LandCode, string[]][] = [
  ['NW', ['Ruhrgebiet', 'Ruhrgebiets', 'Rheinland', 'Westfalen', 'Münsterland', 'Sauerland', 'Siegerland', 'Ostwestfalen',
    'Ostwestfalen-Lippe', 'OWL', 'Niederrhein', 'Bergisches Land', 'Bergischen Land', 'Bergischen Städtedreieck', 'Metropole Ruhr', 'Ruhrpott', 'Rhein-Ruhr']],
  ['BY', ['Allgäu', 'Oberbayern', 'Niederbayern', 'Oberpfalz', 'Franken', 'Oberfranken', 'Mittelfranken', 'Unterfranken', 'Chiemgau',
    'Bayerischer Wald', 'Bayerischen Wald', 'Metropolregion Nürnberg']],
  ['HE', ['Rhein-Main', 'Rhein-Main-Gebiet', 'Nordhessen', 'Mittelhessen', 'Südhessen', 'Osthessen', 'Taunus', 'Vogelsberg', 'Wetterau']],
  ['RP', ['Rheinhessen', 'Pfalz', 'Westpfalz', 'Vorderpfalz', 'Südpfalz', 'Hunsrück', 'Westerwald']],
  ['BW', ['Schwarzwald', 'Hohenlohe', 'Oberschwaben', 'Kurpfalz', 'Rhein-Neckar', 'Metropolregion Rhein-Neckar', 'Schwäbische Alb', 'Schwäbischen Alb', 'Region Stuttgart', 'Breisgau', 'Ländle']],
  ['NI', ['Ostfriesland', 'Oldenburger Münsterland', 'Lüneburger Heide', 'Weser-Ems']],
  ['ST', ['Altmark', 'Anhalt']],
  ['SN', ['Oberlausitz', 'Erzgebirge', 'Vogtland', 'Sächsische Schweiz']],
  ['BB', ['Niederlausitz', 'Spreewald']],
  ['MV', ['Rügen', 'Usedom', 'Vorpommern', 'Mecklenburg']],
];

/** All aliases of the Länder, in the order they are indexed. */
export function landAliases(): LandAlias[] {
  const out: LandAlias[] = [];
  for (const [land, names] of NAMES) for (const text of names) out.push({ text, land, form: 'name' });
  for (const [land, text, upper] of ABBR) out.push({ text, land, form: 'abbr', upper });
  for (const [land, stem] of ADJ) {
    for (const end of ['', 'e', 'er', 'es', 'en', 'em']) out.push({ text: stem + end, land, form: 'adj' });
  }
  for (const [land, names] of DEMONYM) for (const text of names) out.push({ text, land, form: 'demonym' });
  for (const [land, names] of REGIONS) for (const text of names) out.push({ text, land, form: 'region' });
  return out;
}
