import { useMemo, useState } from 'preact/hooks';
import type { ListingRule } from '../../lib/listing/rule';
import { formatDay } from '../../lib/ui/format-date';
import { invalidFields, RULE_FIELDS, withRuleField, type RuleField, type RulePreview } from '../../lib/ui/rule-editor';
import { useI18n } from '../i18n';

export type { RulePreview } from '../../lib/ui/rule-editor';

/** What a rule finds: the count and the first items (title, day, teaser, link, all as text), or why there are none. */
export function PreviewList({ preview }: { preview: RulePreview }) {
  const { t, lang } = useI18n();
  if (!preview.ok) return <p class="notice notice-error" role="alert">{preview.error}</p>;
  return (
    <>
      <p class="listing-count" aria-live="polite">{t('listingCount', [preview.count])}</p>
      <ol class="listing-items">
        {preview.items.map((item, i) => (
          <li key={`${item.link}|${i}`}>
            <strong class="listing-title">{item.title}</strong>
            <span class="listing-date">{item.publishedAt === null ? t('listingNoDate') : formatDay(item.publishedAt, lang, 'Europe/Berlin')}</span>
            {item.summary ? <span class="listing-teaser">{item.summary}</span> : null}
            <span class="listing-link source-url">{item.link || t('noLink')}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The rule's fields (CSS selectors and the date format), each change handed up at once. */
export function RuleFields({ rule, onChange }: { rule: ListingRule; onChange(field: RuleField, value: string): void }) {
  const { t } = useI18n();
  const invalid = invalidFields(rule);
  return (
    <>
      <p class="hint">{t('listingRuleHint')}</p>
      {rule.structured === 'json-ld' ? <p class="hint">{t('listingJsonLd')}</p> : null}
      {RULE_FIELDS.map((field) => (
        <label key={field} class="rule-field">
          <span>{t(`listingField_${field}`)}</span>
          <input
            type="text"
            name={`rule-${field}`}
            spellcheck={false}
            value={(rule[field] as string | undefined) ?? ''}
            disabled={rule.structured === 'json-ld'}
            aria-invalid={invalid.includes(field) ? true : undefined}
            onInput={(e) => onChange(field, e.currentTarget.value)}
          />
        </label>
      ))}
      <label class="rule-field">
        <span>{t('listingField_dateFormat')}</span>
        <select name="rule-dateFormat" value={rule.dateFormat ?? 'auto'} onChange={(e) => onChange('dateFormat', e.currentTarget.value)}>
          <option value="auto">{t('listingDateAuto')}</option>
          <option value="de">{t('listingDateDe')}</option>
          <option value="iso">{t('listingDateIso')}</option>
        </select>
      </label>
    </>
  );
}

/**
 * The items found on a page without a feed, shown before the user adds it; "Erweitert" edits
 * the rule with a live preview. `onPreview` applies a rule to the page (no I/O); `onAdd` adds
 * the page with the rule shown.
 */
export function ListingPreview(props: {
  url: string;
  title: string;
  rule: ListingRule;
  first: RulePreview;
  busy: boolean;
  onPreview(rule: ListingRule): RulePreview;
  onAdd(rule: ListingRule): void;
}) {
  const { t } = useI18n();
  const [rule, setRule] = useState<ListingRule>(props.rule);
  const preview = useMemo(() => (rule === props.rule ? props.first : props.onPreview(rule)), [rule]);

  return (
    <div class="listing-preview">
      <p>{t('listingFound', [props.title || new URL(props.url).hostname])}</p>
      <PreviewList preview={preview} />
      <details class="listing-rule">
        <summary>{t('listingAdvanced')}</summary>
        <RuleFields rule={rule} onChange={(field, value) => setRule(withRuleField(rule, field, value))} />
      </details>
      <button type="button" class="btn" disabled={props.busy || !preview.ok} onClick={() => props.onAdd(rule)}>{t('listingAdd')}</button>
    </div>
  );
}
