import { useMemo, useState } from 'preact/hooks';
import type { ListingRule } from '../../lib/listing/rule';
import type { PreviewItem } from '../../lib/messages';
import { formatDay } from '../../lib/ui/format-date';
import { useI18n } from '../i18n';

/** What a rule finds on the page: the count and the first items, or why there are none. */
export type RulePreview = { ok: true; count: number; items: PreviewItem[] } | { ok: false; error: string };

const FIELDS = ['item', 'title', 'link', 'teaser', 'date', 'kicker'] as const;

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
  const { t, lang } = useI18n();
  const [rule, setRule] = useState<ListingRule>(props.rule);
  const preview = useMemo(() => (rule === props.rule ? props.first : props.onPreview(rule)), [rule]);
  const edit = (field: keyof ListingRule, value: string) => {
    const next = { ...rule } as Record<string, string | undefined>;
    if (value.trim() === '') delete next[field];
    else next[field] = value;
    setRule(next as unknown as ListingRule);
  };

  return (
    <div class="listing-preview">
      <p>{t('listingFound', [props.title || new URL(props.url).hostname])}</p>
      {preview.ok ? (
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
      ) : (
        <p class="notice notice-error" role="alert">{preview.error}</p>
      )}
      <details class="listing-rule">
        <summary>{t('listingAdvanced')}</summary>
        <p class="hint">{t('listingRuleHint')}</p>
        {rule.structured === 'json-ld' ? <p class="hint">{t('listingJsonLd')}</p> : null}
        {FIELDS.map((field) => (
          <label key={field} class="rule-field">
            <span>{t(`listingField_${field}`)}</span>
            <input
              type="text"
              name={`rule-${field}`}
              spellcheck={false}
              value={(rule[field] as string | undefined) ?? ''}
              disabled={rule.structured === 'json-ld'}
              onInput={(e) => edit(field, e.currentTarget.value)}
            />
          </label>
        ))}
        <label class="rule-field">
          <span>{t('listingField_dateFormat')}</span>
          <select name="rule-dateFormat" value={rule.dateFormat ?? 'auto'} onChange={(e) => edit('dateFormat', e.currentTarget.value === 'auto' ? '' : e.currentTarget.value)}>
            <option value="auto">{t('listingDateAuto')}</option>
            <option value="de">{t('listingDateDe')}</option>
            <option value="iso">{t('listingDateIso')}</option>
          </select>
        </label>
      </details>
      <button type="button" class="btn" disabled={props.busy || !preview.ok} onClick={() => props.onAdd(rule)}>{t('listingAdd')}</button>
    </div>
  );
}
