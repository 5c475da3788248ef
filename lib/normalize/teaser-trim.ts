/**
 * Feed furniture around a teaser: a leading "[19.05.2025]" (Kommune21 and others date their
 * teasers so) and a trailing "mehr...", "Weiterlesen" or "[…]". Plain suffix and prefix checks on
 * a cleaned, capped teaser; no pattern runs over the text.
 */
import { parseDate } from '../parse/dates';

/** Trailing markers, lower case, longest first within a family. "mehr" alone is a word and stays. */
const TAIL_MARKERS = [
  'weiterlesen...', 'weiterlesen…', 'weiterlesen', 'weiter lesen...', 'weiter lesen…', 'weiter lesen',
  'mehr...', 'mehr…', 'mehr ...', 'mehr …', '[mehr]', '(mehr)', '» mehr', 'mehr »', 'mehr>>', 'mehr >>',
  'read more...', 'read more…', 'read more',
  '[…]', '[...]', '(…)', '(...)',
];
/**
 * The last characters of the markers, in both cases (no other character lower-cases to one of
 * them): a teaser ending in anything else has no marker, and is spared the comparisons.
 */
const MARKER_ENDS: ReadonlySet<string> = new Set(TAIL_MARKERS.flatMap((m) => [m.at(-1)!, m.at(-1)!.toUpperCase()]));

/** Whether `s` may end in a marker: its last character ends one, and a final `.` is part of `...`. */
function mayEndInMarker(s: string): boolean {
  const last = s.charAt(s.length - 1);
  if (last === '.') return s.endsWith('...');
  return MARKER_ENDS.has(last);
}

/** Arrows and separators that may follow or precede a marker. */
const TAIL_JUNK = new Set([' ', '»', '›', '>', '→', '|', '-', '–', ':', '\u00a0']);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** "19.05.2025" (day and month of one or two digits): checked character by character. */
function isGermanDate(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 3 &&
    parts[0]!.length >= 1 && parts[0]!.length <= 2 && parts[1]!.length >= 1 && parts[1]!.length <= 2 && parts[2]!.length === 4 &&
    [...parts.join('')].every(isDigit);
}

function trimJunkEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TAIL_JUNK.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * The teaser without a leading "[DD.MM.YYYY]" and trailing read-more markers, and the date the
 * prefix gave (midnight in Berlin), or null when there was none.
 */
export function trimTeaser(teaser: string): { text: string; date: number | null } {
  let text = teaser;
  let date: number | null = null;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close > 0 && close <= 12 && isGermanDate(text.slice(1, close))) {
      date = parseDate(text.slice(1, close));
      text = text.slice(close + 1).trimStart();
    }
  }
  for (let round = 0; round < 3; round++) {
    const trimmed = trimJunkEnd(text);
    if (!mayEndInMarker(trimmed)) break;
    const tail = trimmed.slice(-20).toLowerCase();
    const marker = TAIL_MARKERS.find((m) => tail.endsWith(m) && (tail.length === m.length || !/[\p{L}\p{N}]/u.test(tail[tail.length - m.length - 1]!)));
    if (!marker) break;
    text = trimmed.slice(0, trimmed.length - marker.length).trimEnd();
  }
  return { text: text === teaser ? teaser : trimJunkEnd(text).trimEnd(), date };
}
