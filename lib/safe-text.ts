/** Bidi overrides and isolates, zero-width marks and control characters (D06). */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Plain text fit for a badge or a notification: no controls, no bidi tricks, at most `max` chars. */
export function safeText(s: string, max: number): string {
  const clean = s.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/**
 * The one http(s) check: `s` (resolved against `base` when given) parsed as an absolute http: or
 * https: URL with a host, else null. The URL parser removes tabs, newlines and leading control
 * characters first, so `java\tscript:` and `\x01javascript:` are seen as javascript: (D02).
 */
export function parseHttpUrl(s: string | undefined, base?: string): URL | null {
  if (!s) return null;
  let url: URL;
  try {
    url = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
}

/** The URL if it is absolute http(s), else undefined: checked before opening any tab (D02, D08). */
export function safeHttpUrl(s: string | undefined): string | undefined {
  return parseHttpUrl(s)?.href;
}

/** Collapses whitespace so a message never spans lines; longer than `max` it is cut with "…". */
export function oneLine(s: string, max = Infinity): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
