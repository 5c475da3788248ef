/**
 * Adding a source from the options page: the host permission, the probe and the add command,
 * in that order. Browser calls come in as dependencies, so the flow runs in tests without one.
 */
import type { Command, CommandReply, ProbeResult } from '../messages';
import { isOriginGranted, originPattern } from './permissions';
import { errorText } from './error-text';
import type { Translate } from './i18n';

/** What adding a URL led to (the AddSource component shows it). */
export type AddSourceOutcome =
  | { kind: 'added'; name: string }
  | { kind: 'discovered'; urls: string[] }
  | { kind: 'error'; message: string };

export interface AddSourceDeps {
  /** Host patterns granted now. */
  granted: readonly string[];
  /** Asks the user for a host permission; must be called within the user's gesture. */
  requestPermission(pattern: string): Promise<boolean>;
  send(cmd: Command): Promise<CommandReply>;
  t: Translate;
}

/**
 * Asks for the host's permission (first, still within the click: browsers only allow the prompt
 * then), probes the URL, and adds the feed it serves, or lists the feeds a web page links.
 */
export async function addSourceFlow(url: string, deps: AddSourceDeps): Promise<AddSourceOutcome> {
  const { t } = deps;
  const pattern = originPattern(url);
  if (!pattern) return { kind: 'error', message: t('onlyHttp') };
  if (!isOriginGranted(deps.granted, url)) {
    const ok = await deps.requestPermission(pattern).catch(() => false);
    if (!ok) return { kind: 'error', message: t('permissionDenied', [new URL(url).hostname]) };
  }
  const probe = await deps.send({ type: 'probe-source', url });
  if (!probe.ok) return { kind: 'error', message: probe.error };
  const result = probe.value as ProbeResult;
  if (!result.ok) {
    if (result.discovered.length > 0) return { kind: 'discovered', urls: result.discovered };
    return { kind: 'error', message: result.errorInfo ? errorText(t, result.errorInfo) : result.error };
  }
  const name = result.title || new URL(result.url).hostname;
  const added = await deps.send({ type: 'add-source', source: { name, url: result.url, broad: false, confirmed: true, category: t('ownSources') } });
  return added.ok ? { kind: 'added', name } : { kind: 'error', message: added.error };
}
