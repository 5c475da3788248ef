import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { replyText } from '../../lib/ui/error-text';
import { WelcomeForm, type WelcomeOutcome } from '../../components/welcome/WelcomeForm';
import { LAND_CODES, type LandCode, type Source } from '../../lib/model';
import { sourcesForLands, welcomeFromRules, type WelcomeAnswers } from '../../lib/onboarding';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { KommunalradarDb } from '../../lib/store/db';
import { readSettings } from '../../lib/store/views';
import { missingSourceOrigins } from '../../lib/ui/permissions';
import { sendCommand } from '../../lib/ui/send-command';
import { useLiveQuery } from '../../lib/ui/use-live-query';

/** The welcome page: asks, asks the browser for the chosen Länder's hosts, hands the answers to the background. */
export function App({ db, catalogue }: { db: KommunalradarDb; catalogue: readonly Source[] }) {
  const { t } = useI18n();
  const settings = useLiveQuery(() => readSettings(db), [db], DEFAULT_SETTINGS);
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => void browser.permissions.getAll().then((p) => setGranted(p.origins ?? [])), []);

  const initial: WelcomeAnswers = useMemo(
    () => welcomeFromRules(settings.alertRules, !settings.notifications.muted, (r): r is LandCode => (LAND_CODES as readonly string[]).includes(r)),
    [settings],
  );

  const submit = async (answers: WelcomeAnswers): Promise<WelcomeOutcome> => {
    const origins = missingSourceOrigins(sourcesForLands(catalogue, answers.lands), granted);
    // Asked first, before anything is awaited: the prompt needs the user's click.
    const allowed = origins.length === 0 || (await browser.permissions.request({ origins }).catch(() => false));
    const reply = await sendCommand({ type: 'apply-welcome', answers });
    if (!reply.ok) return { ok: false, message: replyText(t, reply) };
    return { ok: allowed, message: allowed ? t('welcomeDone') : t('welcomeNoAccess') };
  };

  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <WelcomeForm initial={initial} onSubmit={submit} />
    </main>
  );
}
