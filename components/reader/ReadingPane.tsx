import { useEffect, useRef, useState } from 'preact/hooks';
import { LAND_NAMES } from '../../lib/labels';
import type { Command } from '../../lib/messages';
import type { Item, RegionCode } from '../../lib/model';
import type { PlaceChoice } from '../../lib/ui/place-search';
import { safeHttpUrl } from '../../lib/safe-text';
import { formatDateTime } from '../../lib/ui/format-date';
import type { ItemActionName } from '../../lib/ui/item-actions';
import type { Translate } from '../../lib/ui/i18n';
import type { OtherSource } from '../../lib/ui/also-in';
import { tagReason, themeLabel } from '../Chips';
import { LazyItemTagEditor } from '../LazyTagEditor';
import { useI18n } from '../i18n';

/**
 * Why the item carries a tag, without the tag's name (the chip shows it): "wegen: Münchner ·
 * Orte: München", "von Ihnen hinzugefügt"; '' when the tagger recorded nothing (older items).
 */
function reasonText(t: Translate, item: Item, facet: 'regions' | 'themes', code: string): string {
  return tagReason(t, facet, code, '', item, false);
}

export interface ReadingPaneProps {
  item: Item | undefined;
  sourceName: string;
  /** The other sources that carried the same article (E08), with their copy's link where it differs. */
  otherSources?: OtherSource[];
  ruleLabels?: Record<string, string>;
  onOriginal(item: Item): void;
  /** The item actions (keep, read/unread, hide, copy link), as lib/ui/item-actions plans them. */
  onAction(item: Item, action: ItemActionName): void;
  /** A correction of the item's tags (the `edit-tags` command); without it the tags cannot be edited here. */
  onEditTags?(cmd: Command): void;
  /** Completion of Kreise and Gemeinden for adding a place to the item. */
  suggestPlaces?(query: string): Promise<PlaceChoice[]>;
}

/**
 * The selected item in full: title, source, date, the other sources that carried it, tags with
 * the words that produced them (the user's own marked, those the user removed named), teaser,
 * link and actions; "Schlagworte bearbeiten" opens the popup's tag editor in place of the tags.
 */
export function ReadingPane({ item, sourceName, otherSources = [], ruleLabels, onOriginal, onAction, onEditTags, suggestPlaces }: ReadingPaneProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // Another item closes the editor; the same item coming back from the database (after an edit) keeps it open.
  useEffect(() => setEditing(false), [item?.id]);
  if (!item) return <div class="pane-empty">{t('readerNothingSelected')}</div>;
  const link = safeHttpUrl(item.link);
  const mine = (facet: 'regions' | 'themes', code: string) => (item.userTags?.added[facet] as string[] | undefined)?.includes(code);
  const Tag = ({ facet, code, label, cls }: { facet: 'regions' | 'themes'; code: string; label: string; cls: string }) => {
    const reason = reasonText(t, item, facet, code);
    return (
      <li>
        <span class={`chip ${cls}${mine(facet, code) ? ' chip-user' : ''}`}>{label}</span>
        {reason ? <span class="evidence">{` ${reason}`}</span> : null}
      </li>
    );
  };
  const removed = [
    ...(item.userTags?.removed.regions ?? []).map((r) => LAND_NAMES[r] ?? r),
    ...(item.userTags?.removed.themes ?? []).map((id) => themeLabel(id, lang, ruleLabels)),
  ];
  const close = () => {
    setEditing(false);
    toggle.current?.focus();
  };
  return (
    <article class="reading" aria-labelledby="reading-title">
      <h2 id="reading-title">{item.title || t('untitled')}</h2>
      <p class="reading-meta">
        <span>{sourceName}</span> · <time dateTime={new Date(item.sortAt).toISOString()}>{formatDateTime(item.sortAt, lang)}</time>
        {item.unread ? <> · <span class="badge-unread">{t('unread')}</span></> : null}
        {item.starred === 1 ? <> · <span class="badge-starred">{t('starred')}</span></> : null}
      </p>
      {otherSources.length > 0 ? (
        <p class="reading-also-in">
          {t('alsoInReader')}{' '}
          {otherSources.map((o, k) => (
            <span key={o.sourceId}>
              {k > 0 ? ', ' : null}
              {o.link ? <a href={o.link} target="_blank" rel="noopener noreferrer">{o.name}</a> : o.name}
            </span>
          ))}
        </p>
      ) : null}
      {onEditTags ? (
        <p class="reading-tag-bar">
          <button ref={toggle} type="button" class="linklike edit-tags" aria-expanded={editing} aria-controls={editing ? 'reading-tag-editor' : undefined} onClick={() => setEditing(!editing)}>
            {t('editTags')}
          </button>
        </p>
      ) : null}
      {editing && onEditTags ? (
        <div id="reading-tag-editor" class="reading-tag-editor">
          <LazyItemTagEditor item={item} ruleLabels={ruleLabels} heading={false} suggestPlaces={suggestPlaces} onCommand={onEditTags} onClose={close} />
        </div>
      ) : (
        <>
          {item.regions.length || item.themes.length ? (
            <ul class="reading-tags" aria-label={t('chipsLabel')}>
              {item.regions.map((r: RegionCode) => <Tag key={r} facet="regions" code={r} label={LAND_NAMES[r] ?? r} cls="chip-land" />)}
              {item.themes.map((id) => <Tag key={id} facet="themes" code={id} label={themeLabel(id, lang, ruleLabels)} cls="chip-theme" />)}
            </ul>
          ) : null}
          {removed.length ? <p class="evidence reading-removed">{t('tagRemovedByUser', [removed.join(', ')])}</p> : null}
        </>
      )}
      {item.summary ? <p class="reading-teaser">{item.summary}</p> : null}
      <div class="reading-actions">
        {link ? (
          <button type="button" class="btn" aria-keyshortcuts="V" onClick={() => onOriginal(item)}>{t('readerOpenOriginal')}</button>
        ) : (
          <span class="hint">{t('noLink')}</span>
        )}
        <button type="button" class="btn btn-secondary" aria-keyshortcuts="S" aria-pressed={item.starred === 1} onClick={() => onAction(item, 'star')}>
          {item.starred === 1 ? t('actionUnstar') : t('actionStar')}
        </button>
        <button type="button" class="btn btn-secondary" aria-keyshortcuts="M" onClick={() => onAction(item, 'toggle-read')}>
          {item.unread ? t('readerMarkRead') : t('readerMarkUnread')}
        </button>
        {link ? <button type="button" class="btn btn-secondary" onClick={() => onAction(item, 'copy-link')}>{t('readerCopyLink')}</button> : null}
        <button type="button" class="btn btn-secondary" onClick={() => onAction(item, 'hide')}>{t('readerHide')}</button>
      </div>
    </article>
  );
}
