/** What the UI reads besides lib/store/queries; the reads themselves live in lib/store/ (the UI only ever reads). */
import type { SourceState } from '../model';

export { hasAnyItems, readRefreshStatus, readSettings, readSourceRows, type SourceRow } from '../store/views';

const TROUBLE = new Set(['error', 'failing', 'gone', 'blocked', 'permission', 'changed', 'aborted']);

/** Whether a source's state needs the user's attention (shown in the popup and the options page). */
export function inTrouble(state: SourceState | undefined): boolean {
  return state !== undefined && TROUBLE.has(state.status);
}
