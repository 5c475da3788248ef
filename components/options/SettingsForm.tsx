import { useEffect, useState } from 'preact/hooks';
import { LAND_NAMES, THEME_IDS } from '../../lib/labels';
import { LAND_CODES, type RegionCode } from '../../lib/model';
import type { BadgeMode, KeywordRuleSetting, Settings } from '../../lib/settings';
import { themeLabel } from '../Chips';
import { useI18n } from '../i18n';

/** The part of the settings this form edits. */
export type EditableSettings = Pick<Settings, 'watch' | 'keywordRules' | 'badgeMode' | 'notifications' | 'retentionDays'>;

/** Keywords as typed: separated by commas or new lines, blanks dropped. */
export function splitKeywords(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((k) => k.trim()).filter((k) => k !== ''))];
}

const REGIONS: RegionCode[] = ['DE', ...LAND_CODES];
const BADGE_MODES: BadgeMode[] = ['new', 'unread', 'off'];

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/**
 * Watch rules, keyword rules, badge, notifications and retention, saved together with one
 * click (one record, so a change is atomic).
 */
export function SettingsForm({ settings, onSave, newRuleId }: {
  settings: EditableSettings;
  onSave(patch: EditableSettings): Promise<{ ok: boolean; error?: string }>;
  newRuleId(): string;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<EditableSettings>(settings);
  const [keywordText, setKeywordText] = useState(settings.watch.keywords.join(', '));
  const [ruleText, setRuleText] = useState<string[]>(settings.keywordRules.map((r) => r.keywords.join(', ')));
  const [saved, setSaved] = useState('');
  const key = JSON.stringify(settings);
  useEffect(() => {
    setDraft(settings);
    setKeywordText(settings.watch.keywords.join(', '));
    setRuleText(settings.keywordRules.map((r) => r.keywords.join(', ')));
  }, [key]);

  const watch = draft.watch;
  const setWatch = (w: Partial<Settings['watch']>) => setDraft({ ...draft, watch: { ...watch, ...w } });
  const setRule = (i: number, r: Partial<KeywordRuleSetting>) =>
    setDraft({ ...draft, keywordRules: draft.keywordRules.map((x, j) => (j === i ? { ...x, ...r } : x)) });
  const num = (v: string, min: number, max: number, fallback: number) => {
    const n = Math.round(Number(v));
    return Number.isFinite(n) && v !== '' ? Math.min(max, Math.max(min, n)) : fallback;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const patch: EditableSettings = {
      ...draft,
      watch: { ...watch, keywords: splitKeywords(keywordText) },
      keywordRules: draft.keywordRules
        .map((r, i) => ({ ...r, label: r.label.trim(), keywords: splitKeywords(ruleText[i] ?? '') }))
        .filter((r) => r.label !== '' && r.keywords.length > 0),
    };
    setSaved('');
    const reply = await onSave(patch);
    setSaved(reply.ok ? t('saved') : reply.error ?? '');
  };

  return (
    <form class="settings" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('watchRegions')}</legend>
        <div class="checks">
          {REGIONS.map((code) => (
            <label key={code} class="check">
              <input type="checkbox" name="watch-region" value={code} checked={watch.regions.includes(code)}
                onChange={(e) => setWatch({ regions: toggle(watch.regions, code, e.currentTarget.checked) })} />
              {LAND_NAMES[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('watchThemes')}</legend>
        <div class="checks">
          {THEME_IDS.map((id) => (
            <label key={id} class="check">
              <input type="checkbox" name="watch-theme" value={id} checked={watch.themes.includes(id)}
                onChange={(e) => setWatch({ themes: toggle(watch.themes, id, e.currentTarget.checked) })} />
              {themeLabel(id, lang)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="watch-keywords">{t('watchKeywords')}</label>
        <input id="watch-keywords" type="text" value={keywordText} placeholder="Bezahlkarte, Glasfaser" onInput={(e) => setKeywordText(e.currentTarget.value)} />
        <p class="help">{t('watchHelp')}</p>
      </div>
      <fieldset>
        <legend>{t('keywordRules')}</legend>
        <p class="help">{t('keywordRulesHelp')}</p>
        {draft.keywordRules.map((r, i) => (
          <div key={r.id} class="rule">
            <label>
              {t('ruleLabel')}
              <input type="text" value={r.label} onInput={(e) => setRule(i, { label: e.currentTarget.value })} />
            </label>
            <label>
              {t('ruleKeywords')}
              <input type="text" value={ruleText[i] ?? ''} onInput={(e) => setRuleText(ruleText.map((x, j) => (j === i ? e.currentTarget.value : x)))} />
            </label>
            <button type="button" class="btn btn-secondary btn-small" onClick={() => {
              setDraft({ ...draft, keywordRules: draft.keywordRules.filter((_, j) => j !== i) });
              setRuleText(ruleText.filter((_, j) => j !== i));
            }}>{t('remove')}</button>
          </div>
        ))}
        <button type="button" class="btn btn-secondary btn-small" onClick={() => {
          setDraft({ ...draft, keywordRules: [...draft.keywordRules, { id: newRuleId(), label: '', keywords: [] }] });
          setRuleText([...ruleText, '']);
        }}>{t('addRule')}</button>
      </fieldset>
      <fieldset>
        <legend>{t('badgeMode')}</legend>
        {BADGE_MODES.map((m) => (
          <label key={m} class="check">
            <input type="radio" name="badge-mode" value={m} checked={draft.badgeMode === m} onChange={() => setDraft({ ...draft, badgeMode: m })} />
            {t(`badge_${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('notifications')}</legend>
        <label class="check">
          <input type="checkbox" checked={draft.notifications.muted}
            onChange={(e) => setDraft({ ...draft, notifications: { ...draft.notifications, muted: e.currentTarget.checked } })} />
          {t('mute')}
        </label>
        <div class="field inline">
          <label for="max-per-hour">{t('maxPerHour')}</label>
          <input id="max-per-hour" type="number" min={0} max={60} value={draft.notifications.maxPerHour}
            onChange={(e) => setDraft({ ...draft, notifications: { ...draft.notifications, maxPerHour: num(e.currentTarget.value, 0, 60, draft.notifications.maxPerHour) } })} />
        </div>
      </fieldset>
      <div class="field inline">
        <label for="retention">{t('retentionDays')}</label>
        <input id="retention" type="number" min={1} max={365} value={draft.retentionDays}
          onChange={(e) => setDraft({ ...draft, retentionDays: num(e.currentTarget.value, 1, 365, draft.retentionDays) })} />
      </div>
      <div class="inline">
        <button type="submit" class="btn">{t('save')}</button>
        <span role="status" aria-live="polite" class="ok">{saved}</span>
      </div>
    </form>
  );
}
