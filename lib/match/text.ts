/**
 * Folding and term matching shared by the search box and the alert keywords. Every scan is
 * an indexOf walk over text capped by its caller: no regular expression runs over user text
 * except the single-character class tests below.
 */
import { foldForms } from '../normalize/fold';

/** Both folded forms of the one umlaut fold (normalize/fold.ts): [spelt, bare]. */
export function foldForSearch(text: string): [string, string] {
  return foldForms(text);
}

/** Terms of at most this many characters match whole words only ("KI" finds "KI-Strategie", not "Kiel"). */
export const SHORT_TERM_MAX = 3;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/**
 * Whether `needle` occurs in `hay`; when `wholeWord`, only where neither neighbour is a letter
 * or digit (a hyphen or a space is a border, so "KI-Strategie" has the word "ki").
 */
export function containsTerm(hay: string, needle: string, wholeWord: boolean): boolean {
  if (needle === '') return true;
  let at = hay.indexOf(needle);
  if (!wholeWord) return at >= 0;
  while (at >= 0) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

/** A term prepared for matching: both folded forms, and whether it must be a whole word. */
export interface FoldedTerm {
  translit: string;
  stripped: string;
  wholeWord: boolean;
}

/** Folds a term typed by a person; short terms become whole-word terms. Blank gives null. */
export function foldTerm(term: string, opts: { wholeWord?: boolean } = {}): FoldedTerm | null {
  const trimmed = term.trim();
  if (trimmed === '') return null;
  const [translit, stripped] = foldForSearch(trimmed);
  return { translit, stripped, wholeWord: opts.wholeWord ?? [...trimmed].length <= SHORT_TERM_MAX };
}

/** Whether folded text (`foldForSearch` of it) holds the term in either folded form. */
export function matchesTerm(folded: readonly [string, string], term: FoldedTerm): boolean {
  return containsTerm(folded[0], term.translit, term.wholeWord) || containsTerm(folded[1], term.stripped, term.wholeWord);
}
