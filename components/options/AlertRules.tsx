import { describeRule } from '../../lib/alerts/describe';
import type { AlertRule } from '../../lib/alerts/rules';
import { LAND_NAMES, THEME_IDS } from '../../lib/labels';
import { LAND_CODES, type RegionCode } from '../../lib/model';
import { themeLabel } from '../Chips';
import { useI18n } from '../i18n';

const REGIONS: RegionCode[] = ['DE', ...LAND_CODES];

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** A rule being edited: its keywords as typed, split when saved. */
export interface DraftRule {
  rule: AlertRule;
  keywordText: string;
}

/**
 * The alert rules, one box each: Länder, themes, keywords, and the sentence saying what the
 * rule will announce. `onChange` gets the whole list after every edit.
 */
export function AlertRules({ rules, onChange, newRuleId, splitKeywords }: {
  rules: DraftRule[];
  onChange(next: DraftRule[]): void;
  newRuleId(): string;
  splitKeywords(text: string): string[];
}) {
  const { t, lang } = useI18n();
  const set = (i: number, patch: Partial<AlertRule>, keywordText?: string) =>
    onChange(rules.map((d, j) => (j === i ? { rule: { ...d.rule, ...patch }, keywordText: keywordText ?? d.keywordText } : d)));
  return (
    <div class="alert-rules">
      <p class="help">{t('alertRulesHelp')}</p>
      {rules.map(({ rule, keywordText }, i) => {
        const n = i + 1;
        const sentence = describeRule({ ...rule, keywords: splitKeywords(keywordText) }, lang);
        return (
          <fieldset key={rule.id} class="alert-rule" aria-describedby={`rule-sentence-${rule.id}`}>
            <legend>{t('alertRuleN', [n])}</legend>
            <p class="rule-sentence" id={`rule-sentence-${rule.id}`} aria-live="polite">{sentence}</p>
            <details open={rule.regions.length > 0}>
              <summary>{t('alertRuleRegions')}{rule.regions.length ? `: ${rule.regions.map((r) => LAND_NAMES[r]).join(', ')}` : ''}</summary>
              <div class="checks">
                {REGIONS.map((code) => (
                  <label key={code} class="check">
                    <input type="checkbox" name={`rule-${n}-region`} value={code} checked={rule.regions.includes(code)}
                      onChange={(e) => set(i, { regions: toggle(rule.regions, code, e.currentTarget.checked) })} />
                    {LAND_NAMES[code]}
                  </label>
                ))}
              </div>
            </details>
            <details open={rule.themes.length > 0}>
              <summary>{t('alertRuleThemes')}{rule.themes.length ? `: ${rule.themes.map((id) => themeLabel(id, lang)).join(', ')}` : ''}</summary>
              <div class="checks">
                {THEME_IDS.map((id) => (
                  <label key={id} class="check">
                    <input type="checkbox" name={`rule-${n}-theme`} value={id} checked={rule.themes.includes(id)}
                      onChange={(e) => set(i, { themes: toggle(rule.themes, id, e.currentTarget.checked) })} />
                    {themeLabel(id, lang)}
                  </label>
                ))}
              </div>
            </details>
            <div class="field">
              <label for={`rule-${n}-keywords`}>{t('alertRuleKeywords')}</label>
              <input id={`rule-${n}-keywords`} type="text" value={keywordText} placeholder={t('alertRuleKeywordsPlaceholder')}
                onInput={(e) => set(i, {}, e.currentTarget.value)} />
            </div>
            <button type="button" class="btn btn-secondary btn-small" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
              {t('alertRuleRemove', [n])}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="btn btn-secondary btn-small" onClick={() =>
        onChange([...rules, { rule: { id: newRuleId(), regions: [], themes: [], keywords: [] }, keywordText: '' }])}>
        {t('addAlertRule')}
      </button>
    </div>
  );
}
