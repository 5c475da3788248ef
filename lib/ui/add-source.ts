/**
 * Adding a source from the options page: the host permission, the probe and the add command,
 * in that order. Browser calls come in as dependencies, so the flow runs in tests without one.
 */
import type { ListingRule } from '../listing/rule';
import type { Command, CommandReply, PreviewItem, ProbeResult } from '../messages';
import { isOriginGranted, originPattern } from './permissions';
import { errorText, replyText } from './error-text';
import type { Translate } from './i18n';

/** What adding a URL led to (the AddSource component shows it). */
export type AddSourceOutcome =
  | { kind: 'added'; name: string }
  | { kind: 'discovered'; urls: string[] }
  /** A page without a feed that holds a listing: shown with its rule and first items before it is added. */
  | { kind: 'listing'; url: string; title: string; rule: ListingRule; first: { ok: true; count: number; items: PreviewItem[] } }
  /** A page without a feed and without a listing (`script`: built by JavaScript). */
  | { kind: 'no-listing'; script: boolean }
  | { kind: 'error'; message: string };

export interface AddSourceDeps {
  /** Host patterns granted now. */
  granted: readonly string[];
  /** Asks the user for a host permission; must be called within the user's gesture. */
  requestPermission(pattern: string): Promise<boolean>;
  send(cmd: Command): Promise<CommandReply>;
  t: Translate;
  /** Keeps a listing page examined by the probe, so an edited rule is previewed without a new fetch. */
  onListingPage?(page: { html: string; url: string }): void;
}

/**
 * Asks for the host's permission (first, still within the click: browsers only allow the prompt
 * then), probes the URL, and adds the feed it serves; a web page gives the feeds it links, or the
 * news listing found on it for the user to check before adding.
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
  if (!probe.ok) return { kind: 'error', message: replyText(t, probe) };
  const result = probe.value as ProbeResult;
  if (!result.ok) {
    if (result.discovered.length > 0) return { kind: 'discovered', urls: result.discovered };
    if (result.listing) return { kind: 'no-listing', script: result.listing === 'script-rendered' };
    return { kind: 'error', message: result.errorInfo ? errorText(t, result.errorInfo) : result.error };
  }
  if (result.kind === 'listing') {
    deps.onListingPage?.({ html: result.html, url: result.url });
    return { kind: 'listing', url: result.url, title: result.title, rule: result.rule, first: { ok: true, count: result.items, items: result.preview } };
  }
  const name = result.title || new URL(result.url).hostname;
  const added = await deps.send({ type: 'add-source', source: { name, url: result.url, broad: false, confirmed: true, category: t('ownSources') } });
  return added.ok ? { kind: 'added', name } : { kind: 'error', message: replyText(t, added) };
}
