import type { ItemTagEditor as ItemTagEditorComponent } from './TagEditor';
import { loadOnce, useLazy } from '../lib/ui/use-lazy';
import { useI18n } from './i18n';

const loadEditor = () => import('./TagEditor').then((m) => m.ItemTagEditor);

/** Loads the editor's code (once); later editors then open without waiting. */
export const preloadTagEditor = (): Promise<typeof ItemTagEditorComponent> => loadOnce(loadEditor);

/** The tag editor of one item, whose code loads when it is first opened. */
export function LazyItemTagEditor(props: Parameters<typeof ItemTagEditorComponent>[0]) {
  const { t } = useI18n();
  const Editor = useLazy(loadEditor);
  return Editor ? <Editor {...props} /> : <p class="hint" aria-busy="true">{t('loading')}</p>;
}
