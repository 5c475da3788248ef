/** Small text helpers for items read from a page. */

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
