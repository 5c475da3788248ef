/**
 * UI text lookup. Components receive a `Translate` function (through components/i18n),
 * so they never call browser.i18n themselves; tests pass one built from messages.json.
 */
import type { UiLang } from './format-date';

export type Translate = (key: string, subs?: (string | number)[]) => string;

/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * Applies substitutions the way browsers do: `$NAME$` is replaced by its placeholder's
 * content, in which `$1`…`$9` stand for the substitutions; `$$` is a literal dollar.
 */
export function formatMessage(entry: MessageEntry, subs: (string | number)[] = []): string {
  const sub = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? sub(ph.content) : m;
  });
  return sub(named).replace(/\$\$/g, '$');
}

/** A Translate over a parsed messages.json; unknown keys come back as the key itself. */
export function catalogTranslate(catalog: Record<string, MessageEntry>): Translate {
  return (key, subs) => {
    const entry = catalog[key];
    return entry ? formatMessage(entry, subs) : key;
  };
}

/** The UI language from a browser language tag: German for "de*", English otherwise. */
export function uiLangOf(tag: string | undefined): UiLang {
  return (tag ?? 'de').toLowerCase().startsWith('de') ? 'de' : 'en';
}
