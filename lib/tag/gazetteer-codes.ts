/**
 * Compact field codes of the shipped gazetteer, decoded per line when a name is looked up, so
 * loading costs nothing. In name order an AGS is noise to gzip, so its Kreis part is written as
 * two letters (the Kreis's position in the AGS-sorted Kreis table), and a population as one
 * character on a logarithmic scale (steps of 25 %), which is all disambiguation needs.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SCALE = '0123456789' + LETTERS;
const STEP = Math.log(1.25);

/** "09564000" → "Kq564" (Gemeinde), "09184" → "Kg" (Kreis), given the sorted Kreis keys. */
export function encodeAgs(ags: string, kreise: readonly string[]): string {
  const i = kreise.indexOf(ags.slice(0, 5));
  if (i < 0) throw new Error(`gazetteer: no Kreis for AGS ${ags}`);
  return LETTERS[Math.floor(i / LETTERS.length)]! + LETTERS[i % LETTERS.length]! + ags.slice(5);
}

/** The inverse of `encodeAgs`. */
export function decodeAgs(code: string, kreise: readonly string[]): string {
  const i = LETTERS.indexOf(code[0]!) * LETTERS.length + LETTERS.indexOf(code[1]!);
  return kreise[i]! + code.slice(2);
}

/** Population → one character of the logarithmic scale. */
export function encodePopulation(pop: number): string {
  return SCALE[Math.min(SCALE.length - 1, Math.round(Math.log(Math.max(0, pop) / 100 + 1) / STEP))]!;
}

/** One character of the scale → the population it stands for (within 12 %). */
export function decodePopulation(c: string): number {
  return Math.round(Math.exp(SCALE.indexOf(c) * STEP) - 1) * 100;
}
