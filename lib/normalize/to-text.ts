/**
 * The coercion the store needs too: kept apart from ./text so that reading a stored item
 * (popup, reader) does not bring the HTML entity decoder along.
 */

/** Coerces whatever a parser handed over into a string: objects and arrays become '' (C09). */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}
