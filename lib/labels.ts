/**
 * Display names for the tag codes: the Länder and the themes of the taxonomy.
 * Data only, shared by the UI, notifications and the generated feeds.
 */
import type { RegionCode } from './model';

/** German name of each Land, and "bundesweit" for `DE`. */
export const LAND_NAMES: Readonly<Record<RegionCode, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
  DE: 'bundesweit',
};

export interface ThemeLabel {
  de: string;
  en: string;
}

/** Theme ids of the taxonomy with their German and English labels, in the taxonomy's order. */
export const THEME_LABELS: Readonly<Record<string, ThemeLabel>> = {
  'ozg-onlinedienste': { de: 'OZG & Onlinedienste', en: 'Online services' },
  buergerservice: { de: 'Bürgerservice', en: 'Citizen services' },
  'digitale-teilhabe': { de: 'Digitale Teilhabe', en: 'Digital inclusion' },
  verwaltungsmodernisierung: { de: 'Verwaltungsmodernisierung', en: 'Modernising administration' },
  'it-sicherheit': { de: 'IT-Sicherheit & Krisen', en: 'Security & crises' },
  daten: { de: 'Daten & Datenschutz', en: 'Data & privacy' },
  ki: { de: 'Künstliche Intelligenz', en: 'AI' },
  'smart-city': { de: 'Smart City', en: 'Smart city' },
  breitband: { de: 'Breitband & Netze', en: 'Broadband' },
  'finanzen-foerderung': { de: 'Finanzen & Förderung', en: 'Funding & finance' },
  'kooperation-strategie': { de: 'Kooperation & Strategie', en: 'Cooperation & strategy' },
  'kommunikation-beteiligung': { de: 'Kommunikation & Beteiligung', en: 'Communication & participation' },
  'soziales-migration': { de: 'Soziales & Migration', en: 'Social affairs & migration' },
  'personal-arbeit': { de: 'Personal & Arbeit', en: 'Staff & work' },
  'kultur-tourismus': { de: 'Kultur & Tourismus', en: 'Culture & tourism' },
  'schule-bildung': { de: 'Schule & Bildung', en: 'Schools & education' },
  'it-infrastruktur': { de: 'IT-Infrastruktur & Open Source', en: 'IT infrastructure & open source' },
};

/** The theme ids, in the taxonomy's order. */
export const THEME_IDS: readonly string[] = Object.keys(THEME_LABELS);
