import { useState } from 'preact/hooks';
import type { FeedFileFormat } from '../../lib/ui/export-feed';
import { useI18n } from '../i18n';

/** OPML export and import of the source list. */
export function OpmlPanel({ onExport, onImport }: { onExport(): void; onImport(text: string): Promise<string> }) {
  const { t } = useI18n();
  const [result, setResult] = useState('');
  return (
    <div class="transfer">
      <button type="button" class="btn" onClick={onExport}>{t('opmlExport')}</button>
      <label for="opml-file" class="file-label">{t('opmlImport')}</label>
      <input
        id="opml-file"
        type="file"
        accept=".opml,.xml,text/x-opml,application/xml,text/xml"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setResult(await onImport(await file.text()));
          input.value = '';
        }}
      />
      <p role="status" aria-live="polite" class="ok">{result}</p>
    </div>
  );
}

const FORMATS: { id: FeedFileFormat; label: string }[] = [
  { id: 'rss', label: 'RSS 2.0' },
  { id: 'atom', label: 'Atom 1.0' },
  { id: 'json', label: 'JSON Feed 1.1' },
];

/** Stored items as a feed file, in the chosen format. */
export function FeedExportPanel({ onExport }: { onExport(format: FeedFileFormat): void }) {
  const { t } = useI18n();
  const [format, setFormat] = useState<FeedFileFormat>('rss');
  return (
    <div class="transfer">
      <label for="feed-format">{t('feedFormat')}</label>
      <select id="feed-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as FeedFileFormat)}>
        {FORMATS.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
      </select>
      <button type="button" class="btn" onClick={() => onExport(format)}>{t('exportFeed')}</button>
    </div>
  );
}

/** The licence notice the gazetteer's source requires. */
export function Attribution() {
  const { t } = useI18n();
  return <p class="attribution">{t('attribution')}</p>;
}
