import { useEffect, useState } from 'preact/hooks';
import type { ItemTagEditor as ItemTagEditorComponent } from './TagEditor';
import { useI18n } from './i18n';

type Editor = typeof ItemTagEditorComponent;

let loading: Promise<Editor> | undefined;
let ready: Editor | undefined;

/** Loads the editor's code (once); later editors then open without waiting. */
export function preloadTagEditor(): Promise<Editor> {
  return (loading ??= import('./TagEditor').then((m) => (ready = m.ItemTagEditor)));
}

/** The tag editor of one item, whose code loads when it is first opened. */
export function LazyItemTagEditor(props: Parameters<Editor>[0]) {
  const { t } = useI18n();
  const [Loaded, setLoaded] = useState<Editor | undefined>(() => ready);
  useEffect(() => {
    if (Loaded) return;
    let live = true;
    void preloadTagEditor().then((c) => live && setLoaded(() => c));
    return () => {
      live = false;
    };
  }, []);
  return Loaded ? <Loaded {...props} /> : <p class="hint" aria-busy="true">{t('loading')}</p>;
}
