import { browser } from 'wxt/browser';
import type { UiLang } from './format-date';
import { uiLangOf, type Translate } from './i18n';

// WXT types getMessage by the keys it last generated; the catalogue is checked by a unit test instead.
const getMessage = (key: string, subs?: string[]): string =>
  (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);

/** Translate through browser.i18n (public/_locales); a missing key shows as the key. */
export const browserTranslate: Translate = (key, subs) =>
  getMessage(key, subs?.map(String)) || key;

/**
 * The language the extension's messages are shown in: read from the catalogue the browser
 * picked (the "uiLang" message), so dates and labels match the text even when the browser's
 * own language has no catalogue and German, the default, is used.
 */
export function browserUiLang(): UiLang {
  return uiLangOf(getMessage('uiLang'));
}
