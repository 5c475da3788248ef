/**
 * Evidence: the words of the text that produced a tag ("Bayern — wegen: Münchner"), as written.
 */

const MAX_WORD = 48;

const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 192 && c !== 215 && c !== 247 && c <= 591) ||
  (c > 591 && /\p{L}/u.test(String.fromCharCode(c)));

/**
 * The whole word around text[start, end): extended over letters, digits and hyphens between
 * them ("KI-Assistenten" for a match of "ki"). Falls back to the match when the word is long.
 */
export function wordAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && start - a < MAX_WORD) {
    const c = text.charCodeAt(a - 1);
    if (isWordCode(c) || (c === 45 && a > 1 && isWordCode(text.charCodeAt(a - 2)))) a--;
    else break;
  }
  while (b < text.length && b - end < MAX_WORD) {
    const c = text.charCodeAt(b);
    if (isWordCode(c) || (c === 45 && b + 1 < text.length && isWordCode(text.charCodeAt(b + 1)))) b++;
    else break;
  }
  return (b - a <= MAX_WORD ? text.slice(a, b) : text.slice(start, end)).trim();
}

/** Adds a word to a list of evidence unless it is empty or already there (case-insensitive). */
export function addEvidence(list: string[], word: string): void {
  if (!word) return;
  const low = word.toLowerCase();
  for (const w of list) if (w.toLowerCase() === low) return;
  list.push(word);
}
