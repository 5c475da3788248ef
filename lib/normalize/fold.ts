/**
 * The one umlaut fold. Text is compared in two lower-case forms with other diacritics stripped:
 * spelt out ("München" → "muenchen", "Straße" → "strasse") and bare ("München" → "munchen"),
 * so "muenchen", "münchen" and "munchen" all find each other. File names and ids use the spelt form.
 */
const SPELT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

function lower(s: string): string {
  // ẞ lower-cases to ß.
  return s.normalize('NFC').toLowerCase();
}

/** Lower case, umlauts and ß spelt out, other marks stripped: "Bürgerbüro Straße" → "buergerbuero strasse". */
export function foldSpelt(text: string): string {
  return stripMarks(lower(text).replace(/[äöüß]/g, (c) => SPELT[c] ?? c));
}

/** Lower case, umlauts reduced to their vowel, ß → ss: "München" → "munchen". */
export function foldBare(text: string): string {
  return stripMarks(lower(text).replace(/ß/g, 'ss'));
}

/** Both forms, [spelt, bare]. */
export function foldForms(text: string): [string, string] {
  return [foldSpelt(text), foldBare(text)];
}
