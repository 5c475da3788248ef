/**
 * The last error of a source in words for people. Errors are still stored as one English line
 * with a stage prefix ("fetch: HTTP 404 Not Found", "parse: …"); this recognises the kind of
 * failure by plain prefix and substring checks on at most 300 characters and names the locale
 * key to show, with the raw line kept beside it as the detail. Undefined: show the line alone.
 */

export interface SourceErrorText {
  /** Key in public/_locales (`srcError_<kind>`). */
  key: string;
  /** Substitutions for the message ($1 …). */
  subs: (string | number)[];
}

/** The three-digit status after "HTTP ", or undefined. */
function httpStatus(line: string): number | undefined {
  const at = line.indexOf('HTTP ');
  if (at < 0) return undefined;
  const digits = line.slice(at + 5, at + 8);
  return digits.length === 3 && [...digits].every((c) => c >= '0' && c <= '9') ? Number(digits) : undefined;
}

/** Which kind of failure `lastError` reports. */
export function sourceErrorText(lastError: string): SourceErrorText | undefined {
  const line = lastError.slice(0, 300);
  const has = (s: string) => line.includes(s);
  const text = (kind: string, subs: (string | number)[] = []) => ({ key: `srcError_${kind}`, subs });
  if (line.startsWith('fetch: ')) {
    if (has('no permission')) return text('permission');
    if (has('timeout')) return text('timeout');
    if (has('network error')) return text('network');
    if (has('larger than')) return text('tooLarge');
    if (has('bot protection')) return text('blocked');
    if (has('rate limited') || has('retry after')) return text('rateLimited');
    if (has('the feed was removed') || has('gone')) return text('gone');
    if (has('empty body')) return text('empty');
    if (has('refused') || has('not allowed') || has('private')) return text('forbidden');
    const status = httpStatus(line);
    if (status !== undefined) return text(status === 404 ? 'notFound' : 'http', [status]);
    return undefined;
  }
  if (line.startsWith('parse: ')) return text('parse');
  if (line.startsWith('listing: ')) {
    if (has('JavaScript')) return text('script');
    return text('listing');
  }
  if (line.startsWith('store: ')) return text('store');
  return undefined;
}
