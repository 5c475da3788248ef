/** The lines an aggregate run writes to stderr. */
import { MAX_ITEMS_PER_POLL, type SourceResult } from '../../refresh';
import { germanErrorText } from '../error-text';

const STATUS_LABEL: Record<SourceResult['status'], string> = {
  ok: 'ok',
  'not-modified': 'unverändert',
  error: 'Fehler',
  gone: 'entfernt',
  deferred: 'verschoben',
};
const LABEL_WIDTH = 12;

/** Whether a source's poll counts as working for the exit status. */
export function succeeded(r: SourceResult): boolean {
  return r.status === 'ok' || r.status === 'not-modified';
}

function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** Source names are cut to this many characters, so the columns stay readable. */
export const NAME_MAX = 32;

/** A source's name for the progress column: its title, cut to NAME_MAX; the id when it has none. */
export function progressName(name: string | undefined, id: string): string {
  const n = (name ?? '').trim() || id;
  return n.length > NAME_MAX ? `${n.slice(0, NAME_MAX - 1)}…` : n;
}

/**
 * What became of a poll's entries besides the new ones: those another source brought first (one
 * entry per article, E08), those dated before the `days` window (kept out of the feeds) and
 * those beyond the per-poll cap (not read), so none go unmentioned.
 */
function leftOut(r: SourceResult, days: number | undefined): string {
  const parts: string[] = [];
  if (r.merged) parts.push(`${r.merged} schon aus anderer Quelle`);
  if (r.old) parts.push(days === undefined ? `${r.old} zu alt übersprungen` : `${r.old} älter als ${days} ${days === 1 ? 'Tag' : 'Tage'} übersprungen`);
  if (r.overCap) parts.push(`${r.overCap} über der Obergrenze von ${MAX_ITEMS_PER_POLL}`);
  return parts.map((p) => `, ${p}`).join('');
}

/**
 * One line per source, e.g. `ok          Kommune21   12 neu / 40, 3 älter als 30 Tage
 * übersprungen, 5 über der Obergrenze von 200   0.4 s`, naming the source by its title when
 * `name` is given (by its id otherwise); `days` is the run's --days.
 */
export function progressLine(r: SourceResult, idWidth: number, name?: string, days?: number): string {
  const label = STATUS_LABEL[r.status].padEnd(LABEL_WIDTH);
  const id = (name ?? r.sourceId).padEnd(idWidth);
  const detail = r.status === 'ok' ? `${r.added} neu / ${r.items}${leftOut(r, days)}`
    : r.status === 'not-modified' ? '0 neu'
    : r.errorInfo ? germanErrorText(r.errorInfo)
    : r.error ?? '';
  return `${label}${id}   ${detail}   ${seconds(r.ms)}\n`;
}

/** The closing line: how many sources worked, how many items are new, how many files changed. */
export function summaryLine(results: SourceResult[], added: number, written: number, offline: boolean): string {
  const ok = results.filter(succeeded).length;
  const failed = results.length - ok;
  const parts = [
    `${results.length} ${results.length === 1 ? 'Quelle' : 'Quellen'}: ${ok} ok${failed ? `, ${failed} fehlgeschlagen` : ''}`,
    `${added} neu`,
    written === 0 ? 'keine Datei geändert' : `${written} ${written === 1 ? 'Datei' : 'Dateien'} geschrieben`,
  ];
  return `${parts.join('; ')}${offline ? ' (offline?)' : ''}\n`;
}
