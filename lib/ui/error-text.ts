/** The sentence people read for an error code, from the message catalogue (public/_locales). */
import { errorMessageKey, errorSubs, isErrorInfo, type ErrorInfo } from '../errors';
import type { SourceState } from '../model';
import type { Translate } from './i18n';

/** The translated sentence of an error. */
export function errorText(t: Translate, e: ErrorInfo): string {
  return t(errorMessageKey(e.code), errorSubs(e));
}

/** What a source's last error says: the code's sentence, or the line stored by an older version. */
export function sourceErrorText(t: Translate, state: Pick<SourceState, 'error' | 'lastError'> | undefined): string {
  if (!state) return '';
  return isErrorInfo(state.error) ? errorText(t, state.error) : state.lastError;
}

/** The refresh status's storage problem: a code now; older versions stored a sentence. */
export function storageErrorText(t: Translate, storageError: string): string {
  const info = { code: storageError };
  return isErrorInfo(info) ? errorText(t, info) : storageError;
}

/** What a failed command reply says: its code's sentence, or its line when it has no code. */
export function replyText(t: Translate, reply: { error?: string; errorInfo?: ErrorInfo }): string {
  return reply.errorInfo && isErrorInfo(reply.errorInfo) ? errorText(t, reply.errorInfo) : reply.error ?? '';
}
