/** Bidi overrides and isolates, zero-width marks and control characters (D06). */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Plain text fit for a badge or a notification: no controls, no bidi tricks, at most `max` chars. */
export function safeText(s: string, max: number): string {
  const clean = s.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** The URL if it is absolute http(s), else undefined: checked before opening any tab (D02, D08). */
export function safeHttpUrl(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
