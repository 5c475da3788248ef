/**
 * What the public page says about a source's last poll: a short text per kind of failure,
 * never the raw error line (which may name an intranet host, a path or a server's words).
 */
import type { SourceState } from '../../model';

const TEXTS: Partial<Record<SourceState['status'], string>> = {
  error: 'letzter Abruf fehlgeschlagen',
  failing: 'seit mehreren Abrufen nicht erreichbar',
  gone: 'Feed existiert nicht mehr',
  blocked: 'Abruf abgelehnt',
  permission: 'keine Berechtigung',
  aborted: 'Verarbeitung abgebrochen',
};

/** undefined when the source is fine (or not yet polled), else a short German text. */
export function publicSourceProblem(state: SourceState | undefined): string | undefined {
  return state ? TEXTS[state.status] : undefined;
}
