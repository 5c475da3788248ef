import { useEffect, useState } from 'preact/hooks';
import { LAND_NAMES, THEME_IDS } from '../../lib/labels';
import { LAND_CODES, type LandCode } from '../../lib/model';
import type { WelcomeAnswers } from '../../lib/onboarding';
import { themeLabel } from '../Chips';
import { useI18n } from '../i18n';

export interface WelcomeOutcome {
  ok: boolean;
  /** Shown after saving: what happened, or why nothing did. */
  message: string;
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/**
 * The first-start questions: which Länder, which themes, notifications yes or no. `initial`
 * holds the current answers when the page is opened again from the options page.
 */
export function WelcomeForm({ initial, onSubmit }: {
  initial: WelcomeAnswers;
  /** Called within the click, so that a permission prompt it opens counts as the user's gesture. */
  onSubmit(answers: WelcomeAnswers): Promise<WelcomeOutcome>;
}) {
  const { t, lang } = useI18n();
  const [answers, setAnswers] = useState<WelcomeAnswers>(initial);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WelcomeOutcome | undefined>();
  const key = JSON.stringify(initial);
  useEffect(() => setAnswers(initial), [key]);

  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    void onSubmit(answers).then((o) => {
      setOutcome(o);
      setBusy(false);
    });
  };

  return (
    <form class="welcome-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('welcomeLands')}</legend>
        <p class="help">{t('welcomeLandsHelp')}</p>
        <div class="checks">
          {LAND_CODES.map((code: LandCode) => (
            <label key={code} class="check">
              <input type="checkbox" name="land" value={code} checked={answers.lands.includes(code)}
                onChange={(e) => setAnswers({ ...answers, lands: toggle(answers.lands, code, e.currentTarget.checked) })} />
              {LAND_NAMES[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('welcomeThemes')}</legend>
        <p class="help">{t('welcomeThemesHelp')}</p>
        <div class="checks">
          {THEME_IDS.map((id) => (
            <label key={id} class="check">
              <input type="checkbox" name="theme" value={id} checked={answers.themes.includes(id)}
                onChange={(e) => setAnswers({ ...answers, themes: toggle(answers.themes, id, e.currentTarget.checked) })} />
              {themeLabel(id, lang)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('welcomeNotify')}</legend>
        <label class="check">
          <input type="radio" name="notify" checked={answers.notifications} onChange={() => setAnswers({ ...answers, notifications: true })} />
          {t('welcomeNotifyYes')}
        </label>
        <label class="check">
          <input type="radio" name="notify" checked={!answers.notifications} onChange={() => setAnswers({ ...answers, notifications: false })} />
          {t('welcomeNotifyNo')}
        </label>
      </fieldset>
      <div class="inline">
        <button type="submit" class="btn" disabled={busy}>{busy ? t('welcomeSaving') : t('welcomeSubmit')}</button>
      </div>
      <p role="status" aria-live="polite" class={outcome ? (outcome.ok ? 'notice ok' : 'notice notice-warn') : ''}>{outcome?.message ?? ''}</p>
    </form>
  );
}
