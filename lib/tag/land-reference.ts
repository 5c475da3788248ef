/**
 * Words that refer to "the Land" without naming it ("die Landesregierung", "im Land", "der
 * Landtag"): in an item from a regional source they mean the source's Land.
 */
import { CASE_LOWER, GAP_FIELD, GAP_SENT, type Tokens } from './tokenize';

const WORDS = new Set(`landesregierung landesregierungen landtag landtags landtages landtagsabgeordnete staatskanzlei ministerpräsident
  ministerpräsidentin landesverwaltung landesverwaltungen landesweit landesweite landesweiten landesweiter landesamt landesamts
  landesamtes landesmittel landesprogramm landesförderung landesgesetz landesportal landesbehörden landesnetz freistaat freistaats
  innenministerium innenministeriums innenminister innenministerin digitalministerium digitalminister digitalministerin
  finanzministerium kultusministerium landkreistag städtetag gemeindetag landesbeauftragte landesbeauftragter landesdatenschutzbeauftragte
  landeshaushalt landesrechenzentrum`.split(/\s+/));
const BEFORE_LAND = new Set(['im', 'des', 'das', 'dem', 'vom', 'ganzen', 'ganze']);
const NATIONAL = new Set(['deutsche', 'deutscher', 'deutschen', 'bundes']);

/** Index of the first token referring to the Land without naming it, or -1. */
export function findLandReference(t: Tokens): number {
  for (let i = 0; i < t.n; i++) {
    const tok = t.lower[i]!;
    if (WORDS.has(tok)) {
      if (i > 0 && NATIONAL.has(t.lower[i - 1]!) && !(t.gap[i]! & (GAP_SENT | GAP_FIELD))) continue; // "Deutscher Städtetag"
      return i;
    }
    if (tok === 'land' && t.casing[i] !== CASE_LOWER && i > 0 && BEFORE_LAND.has(t.lower[i - 1]!) && !(t.gap[i]! & (GAP_SENT | GAP_FIELD))) {
      return i - 1;
    }
  }
  return -1;
}
