import { useEffect, useRef } from 'preact/hooks';
import { READER_SHORTCUTS } from '../../lib/ui/reader-keys';
import { useI18n } from '../i18n';

/** The list of keyboard shortcuts, as a modal dialog; Escape or the button closes it. */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div class="overlay" role="presentation" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="help" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <h2 id="help-title">{t('keyHelpTitle')}</h2>
        <dl>
          {READER_SHORTCUTS.map(([keys, desc]) => (
            <div key={desc} class="help-row">
              <dt>{keys.map((k, i) => <>{i > 0 ? (k === 'A' ? ' + ' : ' / ') : null}<kbd>{k}</kbd></>)}</dt>
              <dd>{t(desc)}</dd>
            </div>
          ))}
        </dl>
        <p class="hint">{t('keyNotWhileTyping')}</p>
        <button ref={closeRef} type="button" class="btn" onClick={onClose}>{t('close')}</button>
      </div>
    </div>
  );
}
