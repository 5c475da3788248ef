/**
 * Relevance filter for broad sources (general IT or news feeds): keep an item only when it is
 * about the public sector. Stems match inside compounds ("Kreisverwaltung", "Bürgerportal").
 */
const PUBLIC_SECTOR = new RegExp(
  [
    'verwaltung', 'kommun', 'behörd', 'rathaus', 'landkreis', 'landrat', 'kreistag', 'gemeinde',
    'bürgermeister', 'bürgeramt', 'bürgerservice', 'stadtrat', 'stadtverwaltung', 'e-government',
    'egovernment', 'onlinezugangsgesetz', '\\bozg\\b', 'registermodernisierung', 'bundid',
    'it-planungsrat', 'fitko', 'bundesregierung', 'landesregierung', 'ministerium', 'staatskanzlei',
    'digitalminister', 'öffentliche[nrs]? (?:hand|dienst|sektor|verwaltung)', 'amtsgericht',
    'bundesamt', 'landesamt', 'bsi\\b', 'polizei', 'schulträger', 'digitalpakt', 'smart city',
    'breitbandausbau', 'förderbescheid', 'kritis',
  ].join('|'),
  'i',
);

/** Whether an item of a broad source is about municipal or public-sector matters. */
export function isRelevant(text: { title: string; summary: string }): boolean {
  return PUBLIC_SECTOR.test(text.title) || PUBLIC_SECTOR.test(text.summary);
}
