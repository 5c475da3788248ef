/**
 * Errors travel as a code with parameters. People read them as sentences: the extension from
 * public/_locales (key `err_<code>`, parameters as $1, $2 … in ERROR_PARAMS order), the command
 * line from its German table (lib/cli/error-text.ts). Code that reacts to an error tests the code.
 */
import type { ErrorCode, ErrorInfo, ErrorParams, FetchErrorCode, ParseErrorCode } from './model';
import { oneLine } from './safe-text';
import { isQuotaError } from './store/errors';

export type { ErrorCode, ErrorInfo, ErrorParams } from './model';

/** The parameters each code's sentence uses, in the order of $1, $2 … */
export const ERROR_PARAMS: Readonly<Record<ErrorCode, readonly string[]>> = {
  'fetch.network': ['detail'],
  'fetch.timeout': ['seconds'],
  'fetch.too-large': ['limit'],
  'fetch.empty': [],
  'fetch.http': ['line'],
  'fetch.gone': [],
  'fetch.rate-limited': [],
  'fetch.blocked': ['vendor'],
  'fetch.forbidden-url': ['reason'],
  'fetch.permission': [],
  'parse.not-a-feed': [],
  'parse.malformed': ['detail'],
  'parse.rejected': ['detail'],
  'parse.empty': [],
  'listing.empty': ['detail'],
  'listing.changed': ['polls'],
  'store.quota': [],
  'store.newer-db': [],
  'store.failed': ['detail'],
  'input.not-http': [],
  'input.invalid': [],
  'input.opml': ['detail'],
  'item.missing': [],
  'item.no-link': [],
  'source.duplicate': [],
  'fetch.not-modified': [],
  'cmd.unknown': [],
  'refresh.aborted': [],
  'cmd.no-reply': [],
  'input.not-opml': [],
  'cmd.failed': ['detail'],
};

export const ERROR_CODES = Object.keys(ERROR_PARAMS) as ErrorCode[];

/** The messages.json key of a code: "fetch.too-large" → "err_fetch_too_large". */
export function errorMessageKey(code: ErrorCode): string {
  return `err_${code.replace(/[.-]/g, '_')}`;
}

/** The substitutions for a code's sentence, in order; a missing parameter is ''. */
export function errorSubs(e: ErrorInfo): string[] {
  return ERROR_PARAMS[e.code].map((name) => String(e.params?.[name] ?? ''));
}

/** Whether `value` is a stored ErrorInfo (data written by this or a later version). */
export function isErrorInfo(value: unknown): value is ErrorInfo {
  return typeof value === 'object' && value !== null && typeof (value as ErrorInfo).code === 'string'
    && Object.hasOwn(ERROR_PARAMS, (value as ErrorInfo).code);
}

/** The ErrorInfo of a failed fetch. */
export function fetchErrorInfo(res: { code: FetchErrorCode; params?: ErrorParams }): ErrorInfo {
  return { code: `fetch.${res.code}`, ...(res.params ? { params: res.params } : {}) };
}

/** The ErrorInfo of a failed parse. */
export function parseErrorInfo(res: { code: ParseErrorCode; params?: ErrorParams }): ErrorInfo {
  return { code: `parse.${res.code}`, ...(res.params ? { params: res.params } : {}) };
}

/** The ErrorInfo of a failed write: a full disk (G08), a newer database (G07), or anything else. */
export function storeErrorInfo(e: unknown): ErrorInfo {
  if (isQuotaError(e)) return { code: 'store.quota' };
  if (e instanceof Error && e.name === 'NewerDatabaseError') return { code: 'store.newer-db' };
  return { code: 'store.failed', params: { detail: oneLine(e instanceof Error ? e.message : String(e), 200) } };
}

/** A failed command's reply: the code for the sentence people read, and a technical line for logs. */
export function failure(code: ErrorCode, params?: ErrorParams): { ok: false; error: string; errorInfo: ErrorInfo } {
  const detail = params ? Object.values(params).join(', ') : '';
  return { ok: false, error: detail ? `${code}: ${detail}` : code, errorInfo: params ? { code, params } : { code } };
}
