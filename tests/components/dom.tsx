/** A small DOM (linkedom) for rendering components in Node, with the German catalogue. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../components/i18n';
import { catalogTranslate, type MessageEntry } from '../../lib/ui/i18n';

export function readCatalog(lang: 'de' | 'en'): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
}

/** 19 May 2025, 12:00 in Berlin. */
export const NOW = Date.UTC(2025, 4, 19, 10, 0);

/** Renders into a fresh document; returns its root element. */
export function mount(ui: ComponentChildren, lang: 'de' | 'en' = 'de'): HTMLElement {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window, Event: window.Event });
  const root = document.getElementById('root') as unknown as HTMLElement;
  act(() => {
    render(<I18nContext.Provider value={{ t: catalogTranslate(readCatalog(lang)), lang, now: () => NOW }}>{ui}</I18nContext.Provider>, root);
  });
  return root;
}

/** Dispatches a DOM event inside act(), so Preact flushes its updates. */
export function fire(el: Element, type: string): void {
  act(() => {
    el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event(type, { bubbles: true }));
  });
}
