import type { LandCode, Source } from '../../model';

/**
 * The sources a radar for `lands` publishes: those of the chosen Länder, and every source
 * that belongs to no single Land (federal, nationwide associations, trade press).
 */
export function selectLands(sources: readonly Source[], lands: readonly LandCode[]): Source[] {
  return sources.filter((s) => s.land === undefined || lands.includes(s.land));
}
