import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLang } from '../lib/ui/format-date';
import type { Translate } from '../lib/ui/i18n';

export interface I18n {
  t: Translate;
  lang: UiLang;
  /** Epoch ms now; a prop so tests and screenshots show stable relative dates. */
  now: () => number;
}

/** Provided by each entry (popup, options) with browser.i18n; tests provide messages.json. */
export const I18nContext = createContext<I18n>({ t: (k) => k, lang: 'de', now: Date.now });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
