/** The Land of an AGS: its first two digits (a module of its own, so that pages can read it without the Land names' data). */
import type { LandCode } from '../model';

/** Land code by two-digit AGS prefix. */
export const LAND_BY_KEY: Record<string, LandCode> = {
  '01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
  '09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH',
};
