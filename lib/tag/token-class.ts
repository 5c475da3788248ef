/**
 * Word classes the tagger asks about every token (event words, federal words, study words):
 * computed once per distinct word and cached, so the hot loop does one Map lookup instead of
 * dozens of substring tests.
 */

export const EVENT = 1;
export const FED_STRONG = 2;
export const FED_NATION = 4;
export const STUDY = 8;
export const GENERIC = 16;

const EVENT_STEMS = [
  'konferenz', 'kongress', 'messe', 'tagung', 'veranstaltung', 'gipfel', 'convention', 'forum', 'festakt', 'verleihung',
  'workshop', 'treffen', 'trafen', 'überreicht', 'übergab', 'übergeben', 'erhalten', 'erhielt', 'expo', 'summit', 'sitzung',
  'fachtag', 'barcamp', 'hackathon', 'symposium', 'auszeichnung', 'ausgezeichnet', 'entgegen', 'empfang', 'präsentiert',
  'vortrag', 'podium', 'seminar', 'webinar',
];
// "Sicherheitstag", "Fachtag", "Digitaltag" are events; these words ending in -tag are not.
const NOT_EVENT_TAG = new Set([
  'landtag', 'bundestag', 'kreistag', 'städtetag', 'gemeindetag', 'landkreistag', 'montag', 'dienstag', 'donnerstag',
  'freitag', 'samstag', 'sonntag', 'feiertag', 'alltag', 'stichtag', 'werktag', 'geburtstag', 'jahrestag', 'sitzungstag',
]);
/** Federal bodies, programmes and laws named by one token. */
export const FED_WORDS = new Set([
  'bundesregierung', 'bundesrat', 'bundestag', 'bundeskabinett', 'bundeskanzler', 'bundeskanzlerin', 'bundeskanzleramt',
  'bmi', 'bmds', 'bmdv', 'bmwk', 'bmf', 'bmas', 'bmbf', 'bmfsfj', 'bmwsb', 'bmuv', 'bmel', 'bmg', 'bmj', 'bsi', 'fitko',
  'destatis', 'difu', 'kgst', 'vitako', 'dstgb', 'bitkom', 'bamf', 'bundesnetzagentur', 'bundesdruckerei', 'bundesagentur',
  'bundesamt', 'bundesamts', 'bundesamtes', 'planungsrat', 'zendis', 'digitalministerkonferenz', 'innenministerkonferenz',
  'ministerpräsidentenkonferenz', 'normenkontrollrat', 'bundesverwaltungsamt', 'itzbund', 'bundescloud', 'govtech',
  'deutschlandstack', 'bundesverfassungsgericht', 'bundesgesetz', 'bundesgesetzblatt', 'bundesdatenschutzbeauftragte',
  'bfdi', 'onlinezugangsgesetz', 'ozg', 'egovernment', 'bundesportal', 'bundid',
]);
const FED_STEMS = [
  'bundesminist', 'bundesinnenminist', 'bundesdigitalminist', 'bundesfinanzminist', 'bundesarbeitsminist', 'bundesbildungsminist',
  'bundesgesundheitsminist', 'bundesbauminist', 'bundesforschungsminist', 'bundeswirtschaftsminist', 'bundesfamilienminist',
];
const NATION_STEMS = ['bundesweit', 'deutschlandweit', 'bundeseinheitlich', 'flächendeckend'];
const STUDY_STEMS = ['studie', 'umfrage', 'befragung', 'erhebung', 'monitor', 'barometer', 'ranking', 'index', 'report', 'zensus', 'statistik', 'untersuchung', 'analyse'];
const GENERIC_WORDS = new Set(['kommunen', 'städte', 'verwaltungen', 'deutschland', 'landkreise', 'gemeinden', 'bundesländer', 'länder', 'deutschen', 'stadtspitzen', 'kommunale', 'kommunalen', 'öffentliche', 'öffentlichen']);

function compute(tok: string): number {
  let f = 0;
  for (const s of EVENT_STEMS) if (tok.includes(s)) f |= EVENT;
  if (tok === 'statt' || (tok.length > 6 && tok.endsWith('tag') && !NOT_EVENT_TAG.has(tok))) f |= EVENT;
  if (FED_WORDS.has(tok)) f |= FED_STRONG;
  if (tok.startsWith('bundes')) for (const s of FED_STEMS) if (tok.startsWith(s)) f |= FED_STRONG;
  for (const s of NATION_STEMS) if (tok.startsWith(s)) f |= FED_NATION;
  for (const s of STUDY_STEMS) if (tok.includes(s)) f |= STUDY;
  if (GENERIC_WORDS.has(tok)) f |= GENERIC;
  return f;
}

const cache = new Map<string, number>();

/** Class flags of a lowercase token. */
export function tokenClass(tok: string): number {
  let f = cache.get(tok);
  if (f === undefined) {
    if (cache.size > 100_000) cache.clear(); // bounded: a long stream meets many words
    f = compute(tok);
    cache.set(tok, f);
  }
  return f;
}
