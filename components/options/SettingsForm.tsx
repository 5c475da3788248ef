import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeMode, KeywordRuleSetting, Settings } from '../../lib/settings';
import { useI18n } from '../i18n';
import { replyText } from '../../lib/ui/error-text';
import { AlertRules, type DraftRule } from './AlertRules';

/** The part of the settings this form edits. */
export type EditableSettings = Pick<Settings, 'alertRules' | 'keywordRules' | 'badgeMode' | 'notifications' | 'retentionDays' | 'listDensity'>;

/** Keywords as typed: separated by commas or new lines, blanks dropped. */
export function splitKeywords(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((k) => k.trim()).filter((k) => k !== ''))];
}

const BADGE_MODES: BadgeMode[] = ['new', 'unread', 'off'];
/** Typing pauses this long before the form saves itself. */
export const AUTOSAVE_DELAY_MS = 400;

interface Draft {
  settings: EditableSettings;
  alertRules: DraftRule[];
  ruleText: string[];
}

function draftOf(settings: EditableSettings): Draft {
  return {
    settings,
    alertRules: settings.alertRules.map((rule) => ({ rule, keywordText: rule.keywords.join(', ') })),
    ruleText: settings.keywordRules.map((r) => r.keywords.join(', ')),
  };
}

function patchOf(d: Draft): EditableSettings {
  return {
    ...d.settings,
    alertRules: d.alertRules.map(({ rule, keywordText }) => ({ ...rule, keywords: splitKeywords(keywordText) })),
    keywordRules: d.settings.keywordRules
      .map((r, i) => ({ ...r, label: r.label.trim(), keywords: splitKeywords(d.ruleText[i] ?? '') }))
      .filter((r) => r.label !== '' && r.keywords.length > 0),
  };
}

/**
 * Alert rules, keyword rules, badge, list density, notifications and retention. Saved as they
 * change (after a short pause in typing, and at once when the page is left), as one record.
 */
export function SettingsForm({ settings, onSave, newRuleId }: {
  settings: EditableSettings;
  onSave(patch: EditableSettings): Promise<{ ok: boolean; error?: string }>;
  newRuleId(): string;
}) {
  const { t } = useI18n();
  const [draft, setDraftState] = useState<Draft>(() => draftOf(settings));
  const [status, setStatus] = useState('');
  const touched = useRef(false);
  const pending = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const key = JSON.stringify(settings);
  // Until the user edits, the form follows the stored settings (they load after the first paint);
  // after that the form is the truth, so a save coming back never resets what is being typed.
  useEffect(() => {
    if (!touched.current) setDraftState(draftOf(settings));
  }, [key]);

  const flush = async () => {
    clearTimeout(timer.current);
    const d = pending.current;
    if (!d) return;
    pending.current = null;
    const reply = await onSave(patchOf(d));
    setStatus(reply.ok ? t('saved') : replyText(t, reply));
  };
  useEffect(() => {
    const leave = () => void flush();
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current) {
        void flush();
        e.preventDefault();
      }
    };
    const win = globalThis.window as Window | undefined;
    win?.addEventListener('pagehide', leave);
    win?.addEventListener('beforeunload', warn);
    return () => {
      win?.removeEventListener('pagehide', leave);
      win?.removeEventListener('beforeunload', warn);
    };
  }, []);

  const setDraft = (next: Draft) => {
    touched.current = true;
    setDraftState(next);
    pending.current = next;
    setStatus(t('saving'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  };
  const s = draft.settings;
  const setSettings = (patch: Partial<EditableSettings>) => setDraft({ ...draft, settings: { ...s, ...patch } });
  const setRule = (i: number, r: Partial<KeywordRuleSetting>) =>
    setSettings({ keywordRules: s.keywordRules.map((x, j) => (j === i ? { ...x, ...r } : x)) });
  const num = (v: string, min: number, max: number, fallback: number) => {
    const n = Math.round(Number(v));
    return Number.isFinite(n) && v !== '' ? Math.min(max, Math.max(min, n)) : fallback;
  };

  return (
    <form class="settings" onSubmit={(e) => { e.preventDefault(); void flush(); }}>
      <p class="help">{t('autosaveHelp')} <span role="status" aria-live="polite" class="ok">{status}</span></p>
      <fieldset>
        <legend>{t('alertRules')}</legend>
        <AlertRules rules={draft.alertRules} newRuleId={newRuleId} splitKeywords={splitKeywords}
          onChange={(alertRules) => setDraft({ ...draft, alertRules })} />
      </fieldset>
      <fieldset>
        <legend>{t('keywordRules')}</legend>
        <p class="help">{t('keywordRulesHelp')}</p>
        {s.keywordRules.map((r, i) => (
          <div key={r.id} class="rule">
            <label>
              {t('ruleLabel')}
              <input type="text" value={r.label} onInput={(e) => setRule(i, { label: e.currentTarget.value })} />
            </label>
            <label>
              {t('ruleKeywords')}
              <input type="text" value={draft.ruleText[i] ?? ''}
                onInput={(e) => setDraft({ ...draft, ruleText: draft.ruleText.map((x, j) => (j === i ? e.currentTarget.value : x)) })} />
            </label>
            <button type="button" class="btn btn-secondary btn-small" onClick={() => setDraft({
              ...draft,
              settings: { ...s, keywordRules: s.keywordRules.filter((_, j) => j !== i) },
              ruleText: draft.ruleText.filter((_, j) => j !== i),
            })}>{t('remove')}</button>
          </div>
        ))}
        <button type="button" class="btn btn-secondary btn-small" onClick={() => setDraft({
          ...draft,
          settings: { ...s, keywordRules: [...s.keywordRules, { id: newRuleId(), label: '', keywords: [] }] },
          ruleText: [...draft.ruleText, ''],
        })}>{t('addRule')}</button>
      </fieldset>
      <fieldset>
        <legend>{t('badgeMode')}</legend>
        {BADGE_MODES.map((m) => (
          <label key={m} class="check">
            <input type="radio" name="badge-mode" value={m} checked={s.badgeMode === m} onChange={() => setSettings({ badgeMode: m })} />
            {t(`badge_${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('listDensity')}</legend>
        {(['compact', 'comfortable'] as const).map((d) => (
          <label key={d} class="check">
            <input type="radio" name="list-density" value={d} checked={s.listDensity === d} onChange={() => setSettings({ listDensity: d })} />
            {t(`density_${d}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('notifications')}</legend>
        <label class="check">
          <input type="checkbox" checked={s.notifications.muted}
            onChange={(e) => setSettings({ notifications: { ...s.notifications, muted: e.currentTarget.checked } })} />
          {t('mute')}
        </label>
        <div class="field inline">
          <label for="max-per-hour">{t('maxPerHour')}</label>
          <input id="max-per-hour" type="number" min={0} max={60} value={s.notifications.maxPerHour}
            onChange={(e) => setSettings({ notifications: { ...s.notifications, maxPerHour: num(e.currentTarget.value, 0, 60, s.notifications.maxPerHour) } })} />
        </div>
      </fieldset>
      <div class="field inline">
        <label for="retention">{t('retentionDays')}</label>
        <input id="retention" type="number" min={1} max={365} value={s.retentionDays}
          onChange={(e) => setSettings({ retentionDays: num(e.currentTarget.value, 1, 365, s.retentionDays) })} />
      </div>
    </form>
  );
}
