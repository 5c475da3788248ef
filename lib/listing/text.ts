/** Small text helpers for items read from a page. */
import { findDate, leadingDate } from './dates';

/**
 * Plain text → the HTML the normaliser expects in a summary: it strips markup and decodes
 * entities once, so `&` and `<` are escaped here and come back exactly as the page showed them.
 */
export function escapeText(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

const MORE = ['mehr...', 'mehr…', 'mehr', 'weiterlesen', 'mehr lesen', 'mehr erfahren', 'zum artikel', 'read more', 'more'];

/** Drops a trailing "mehr...", "Weiterlesen »", "[mehr]" and the like from a teaser. */
export function stripMore(s: string): string {
  const t = trimEndOf(s, ' \t\n»›>])');
  const lower = t.toLowerCase();
  for (const word of MORE) {
    if (!lower.endsWith(word)) continue;
    const before = t.length - word.length;
    // Only as a word of its own: "Mehrkosten" and "nimmermehr" stay.
    if (before > 0 && /[\p{L}\p{N}]/u.test(t[before - 1]!)) continue;
    return trimEndOf(t.slice(0, before), ' \t\n[(|-–');
  }
  return s.trim();
}

function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end).trim();
}

/** Whether a link text is a "read more" link ("mehr...", "Weiterlesen: …", "Read more"). */
export function isMoreText(text: string): boolean {
  const t = text.trim().toLowerCase();
  return MORE.some((w) => t === w || (t.startsWith(w) && !/[\p{L}\p{N}]/u.test(t[w.length]!)));
}

/** Words of a Dachzeile that say what kind of document an item is, not what it is about (lower case). */
const LABELS = new Set([
  'datum', 'vom', 'am', 'stand', 'veröffentlicht', 'nr', 'nummer', 'pressemitteilung', 'pressemitteilungen',
  'pressemeldung', 'pressemeldungen', 'pressemitteilung:', 'meldung', 'meldungen', 'nachricht', 'nachrichten', 'news',
  'typ', 'art', 'dokumenttyp', 'kategorie', 'rubrik', 'artikel', 'beitrag', 'aktuelles', 'mitteilung', 'pressenotiz', 'pressetext', 'presseinformation', 'medieninformation', 'pm',
]);
const PUNCT = ' \t\n.,:;|·•–—-()[]/';

/**
 * A Dachzeile as a kicker: without its date, and nothing when all that is left are words for
 * the document's type and number ("Datum 03.12.2025 Pressemitteilung Nr. 123/2025"), which say
 * nothing of what it is about. "Brandenburg" stays, as does "Treffen am Rhein".
 */
export function kickerText(text: string): string {
  let t = text.length > 300 ? text.slice(0, 300) : text;
  // Most kickers name a place or a topic: no digit, and a first word that is no label.
  const space = t.indexOf(' ');
  if (!hasDigit(t) && !LABELS.has(trimBoth(space === -1 ? t : t.slice(0, space), PUNCT).toLowerCase())) return t;
  const date = findDate(t);
  if (date) t = `${t.slice(0, date.start)} ${t.slice(date.end)}`;
  const words = t.split(' ').filter((w) => w !== '');
  const label = (w: string) => {
    const core = trimBoth(w, PUNCT).toLowerCase();
    return core === '' || LABELS.has(core) || isNumberLike(core);
  };
  if (words.every(label)) return '';
  return trimBoth(words.join(' '), ' \t\n,;|·•–—-');
}

/**
 * A date that opens a headline behind words for the document's type and number:
 * "Pressemitteilung vom 03.12.2025: Kreisstraße frei", "Nr. 123/2025 vom 3. Dezember 2025 –
 * …", and the headline after it. Null when the text does not open that way.
 */
export function labelledDate(text: string): { at: number; rest: string } | null {
  let i = 0;
  for (let words = 0; words < 5; words++) {
    if (words > 0) {
      const found = leadingDate(text.slice(i, i + 200));
      if (found) return found;
    }
    const space = text.indexOf(' ', i);
    if (space === -1 || space - i > 40) return null;
    const core = trimBoth(text.slice(i, space), PUNCT).toLowerCase();
    if (core === '' || !(LABELS.has(core) || isNumberLike(core))) return null;
    i = space + 1;
  }
  return null;
}

function trimBoth(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start]!)) start++;
  while (end > start && chars.includes(s[end - 1]!)) end--;
  return s.slice(start, end);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "123/2025", "12.", "2025": digits with separators only. */
function isNumberLike(s: string): boolean {
  for (const ch of s) if (!((ch >= '0' && ch <= '9') || ch === '/' || ch === '.' || ch === '-')) return false;
  return true;
}
