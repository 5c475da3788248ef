import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ListingRule } from '../../lib/listing/rule';
import { sameRule, withRuleField, type ListingPage, type RuleEditorLoad, type RulePreview, type SaveRuleOutcome } from '../../lib/ui/rule-editor';
import { errorText } from '../../lib/ui/error-text';
import { oneLine } from '../../lib/safe-text';
import { useI18n } from '../i18n';
import { PreviewList, RuleFields } from './ListingPreview';

/** What the editor of one added listing does, wired by the options page (lib/ui/rule-editor). */
export interface RuleEditorActions {
  /** Fetches the page through the background; `detect` examines it afresh instead of using the stored rule. */
  load(opts?: { detect?: boolean }): Promise<RuleEditorLoad>;
  /** Applies a rule to the loaded page (no I/O). */
  preview(page: ListingPage, rule: ListingRule): RulePreview;
  save(rule: ListingRule, preview: RulePreview, confirmed: boolean): Promise<SaveRuleOutcome>;
  /** Forgets the stored rule: the next poll examines the page again. */
  redetect(): Promise<unknown>;
}

/**
 * The rule of a listing already added, under "Erweitert" in its row: the selectors with a
 * live preview of what they find on the page as it is now, "Speichern" (a rule that finds
 * nothing is saved only after the user confirms it), "Zurücksetzen" to the rule loaded, and
 * "Neu erkennen".
 */
export function RuleEditor({ actions }: { actions: RuleEditorActions }) {
  const { t } = useI18n();
  const failedText = (e: unknown) => errorText(t, { code: 'cmd.failed', params: { detail: oneLine(e instanceof Error ? e.message : String(e), 200) } });
  const [loaded, setLoaded] = useState<RuleEditorLoad | undefined>(undefined);
  const [attempt, setAttempt] = useState<{ detect: boolean }>({ detect: false });
  const [rule, setRule] = useState<ListingRule>({ item: '' });
  const [base, setBase] = useState<ListingRule>({ item: '' });
  const [outcome, setOutcome] = useState<SaveRuleOutcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // The question takes the focus (its safe answer, "Abbrechen"); answered, the focus goes back to "Speichern".
  const cancelRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const asking = outcome?.kind === 'confirm-empty';
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    actions.load(attempt).then(
      (l) => {
        if (!live) return;
        setLoaded(l);
        if (l.ok) {
          setRule(l.rule);
          setBase(l.rule);
        }
      },
      (e: unknown) => live && setLoaded({ ok: false, message: failedText(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const preview = useMemo(
    () => (loaded?.ok ? (sameRule(rule, loaded.rule) ? loaded.first : actions.preview(loaded.page, rule)) : undefined),
    [loaded, rule],
  );

  if (!loaded) return <p class="rule-editor muted" role="status">{t('ruleEditorLoading')}</p>;
  if (!loaded.ok) {
    return (
      <div class="rule-editor">
        <p class="notice notice-error" role="alert">{loaded.message}</p>
        <button type="button" class="btn btn-secondary btn-small" onClick={() => setAttempt({ detect: false })}>{t('ruleEditorRetry')}</button>
      </div>
    );
  }

  const save = (confirmed: boolean) => {
    if (!preview) return;
    setBusy(true);
    actions.save(rule, preview, confirmed).then(
      (o) => {
        setOutcome(o);
        if (o.kind === 'saved') setBase(rule);
      },
      (e: unknown) => setOutcome({ kind: 'error', message: failedText(e) }),
    ).finally(() => setBusy(false));
  };
  const redetect = () => {
    setOutcome(undefined);
    void actions.redetect().then(() => setAttempt({ detect: true }));
  };

  return (
    <div class="rule-editor">
      <RuleFields rule={rule} onChange={(field, value) => {
        setOutcome(undefined);
        setRule(withRuleField(rule, field, value));
      }} />
      <p class="rule-preview-heading">{t('ruleEditorPreview')}</p>
      <div class="rule-preview">{preview ? <PreviewList preview={preview} /> : null}</div>
      {outcome?.kind === 'confirm-empty' ? (
        <div class="confirm" role="alertdialog" aria-label={t('ruleEmptyQuestion')}>
          <p>{t('ruleEmptyQuestion')}</p>
          <button type="button" class="btn btn-danger btn-small" disabled={busy} onClick={() => save(true)}>{t('ruleSaveAnyway')}</button>
          <button ref={cancelRef} type="button" class="btn btn-secondary btn-small" onClick={() => {
            setOutcome(undefined);
            saveRef.current?.focus();
          }}>{t('cancel')}</button>
        </div>
      ) : null}
      {outcome?.kind === 'error' ? <p class="notice notice-error" role="alert">{outcome.message}</p> : null}
      <p class="ok" role="status">{outcome?.kind === 'saved' ? t('ruleSaved') : ''}</p>
      <div class="inline rule-actions">
        <button ref={saveRef} type="button" class="btn btn-small" disabled={busy} onClick={() => save(false)}>{t('save')}</button>
        <button type="button" class="btn btn-secondary btn-small" disabled={sameRule(rule, base)} onClick={() => {
          setOutcome(undefined);
          setRule(base);
        }}>{t('ruleReset')}</button>
        <button type="button" class="btn btn-secondary btn-small" onClick={redetect}>{t('redetect')}</button>
      </div>
    </div>
  );
}
