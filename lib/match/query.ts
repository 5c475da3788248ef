/**
 * A search box's text as terms: words, and "quoted phrases" (straight or German quotes). Every
 * term must occur; a term of up to three characters only as a whole word. One pass over at
 * most 200 characters, no regular expression over the text.
 */
import { foldTerm, type FoldedTerm } from './text';

/** Longer input is cut: nobody types more, and it keeps every later scan short. */
export const QUERY_MAX = 200;

const OPEN_QUOTES = new Set(['"', '„', '“', '»', '«']);
const CLOSE_QUOTES = new Set(['"', '“', '”', '«', '»']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/** The raw terms: phrases keep their inner spaces (collapsed), words are split at blanks. */
export function splitQuery(text: string): string[] {
  const s = text.slice(0, QUERY_MAX);
  const terms: string[] = [];
  let cur = '';
  let quoted = false;
  const flush = () => {
    const t = cur.trim();
    if (t !== '') terms.push(quoted ? t.split(' ').filter(Boolean).join(' ') : t);
    cur = '';
  };
  for (const c of s) {
    if (!quoted && OPEN_QUOTES.has(c)) {
      flush();
      quoted = true;
    } else if (quoted && CLOSE_QUOTES.has(c)) {
      flush();
      quoted = false;
    } else if (!quoted && isSpace(c)) {
      flush();
    } else {
      cur += isSpace(c) ? ' ' : c;
    }
  }
  flush();
  return terms;
}

/** The folded terms of a query; empty for a blank one. */
export function parseQuery(text: string | undefined): FoldedTerm[] {
  return splitQuery(text ?? '').map((t) => foldTerm(t)).filter((t): t is FoldedTerm => t !== null);
}
