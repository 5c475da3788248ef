/**
 * The name of a document's root element, found by index scans (the prolog is skipped by
 * prolog.ts, however long its DOCTYPE).
 */
import { skipProlog } from './prolog';

/** At most this many characters of a name are read. */
const NAME_MAX = 256;

/** The root element's name as written (`r:rss`, `Channel`), or '' when there is none. */
export function rootName(text: string): string {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  const lt = skipProlog(text, start);
  if (text.charCodeAt(lt) !== 60) return '';
  let end = lt + 1;
  while (end < text.length && end - lt <= NAME_MAX && isNameChar(text.charCodeAt(end))) end++;
  return text.slice(lt + 1, end);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45 || c === 46;
}
