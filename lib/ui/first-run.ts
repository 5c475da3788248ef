/** What the popup says before the first successful refresh. Pure. */
import type { RefreshStatus } from '../messages';
import type { SourceRow } from '../store/views';

/** `first-fetch`: "sources are fetched for the first time"; `offline`: no connection yet. */
export type FirstRunKind = 'first-fetch' | 'offline';

/**
 * Until any switched-on source has been fetched successfully, the popup shows this instead of
 * "updated just now" or a row of red errors: `offline` when the browser has no connection or
 * the last refresh found every source unreachable, `first-fetch` while the first one is still
 * to come or running. Undefined once a source succeeded, or when a finished refresh failed
 * for other reasons (those errors are real and shown as such).
 */
export function firstRunKind(rows: readonly SourceRow[], status: RefreshStatus | undefined, online: boolean): FirstRunKind | undefined {
  const enabled = rows.filter((r) => r.source.enabled !== false);
  if (enabled.length === 0 || enabled.some((r) => (r.state?.lastSuccessAt ?? 0) > 0)) return undefined;
  if (!online || (status && !status.running && status.offline)) return 'offline';
  if (!status || status.running || status.total === 0) return 'first-fetch';
  return undefined;
}
