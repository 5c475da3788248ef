import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WatchPage, type WatchState } from '../../components/WatchPage';
import { useI18n } from '../../components/i18n';
import { replyText } from '../../lib/ui/error-text';
import type { ProbeResult } from '../../lib/messages';
import type { Source } from '../../lib/model';
import { safeHttpUrl } from '../../lib/safe-text';
import { originPattern } from '../../lib/ui/permissions';
import { sendCommand } from '../../lib/ui/send-command';

/** The page the popup is about: the active tab, or the tab named by `?tab=ID` (a popup opened as a tab). */
async function activePageUrl(): Promise<string | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(id) && id > 0
    ? await browser.tabs.get(id).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return safeHttpUrl(tab?.url);
}

/**
 * "Diese Seite beobachten" for the page in the active tab (activeTab grants the popup its URL
 * and the background a fetch of it): checks the page once the popup is open, offers the feed
 * or listing it finds, and adds it with a lasting host permission asked for in the click.
 */
export function WatchThisPage({ sources }: { sources: readonly Source[] }) {
  const [state, setState] = useState<WatchState>({ kind: 'idle' });
  const found = useRef<{ url: string; granted: boolean; source?: Omit<Source, 'id' | 'custom'> } | undefined>(undefined);
  const { t } = useI18n();
  // The popup's source list arrives after the first render: the check reads the latest one.
  const latest = useRef(sources);
  latest.current = sources;
  const known = (...urls: string[]) => latest.current.some((s) => urls.includes(s.url) || (s.listingUrl !== undefined && urls.includes(s.listingUrl)));

  useEffect(() => {
    let live = true;
    void (async () => {
      const url = await activePageUrl();
      const pattern = url && originPattern(url);
      if (!url || !pattern) return;
      if (known(url)) return setState({ kind: 'known' });
      found.current = { url, granted: false };
      setState({ kind: 'checking' });
      const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
      const reply = await sendCommand({ type: 'probe-source', url });
      if (!live) return;
      const r = reply.ok ? (reply.value as ProbeResult) : undefined;
      const name = (title: string, at: string) => title || new URL(at).hostname;
      const base = { broad: false, confirmed: true, category: undefined };
      if (!r || (!r.ok && r.discovered.length === 0)) return setState({ kind: 'none' });
      if (!r.ok) {
        const feed = r.discovered[0]!;
        if (known(url, feed)) return setState({ kind: 'known' });
        found.current = { url, granted, source: { ...base, name: name('', url), url: feed } };
        return setState({ kind: 'offer', what: 'feed', title: feed, count: 0 });
      }
      if (known(url, r.url)) return setState({ kind: 'known' });
      found.current = r.kind === 'listing'
        ? { url, granted, source: { ...base, name: name(r.title, r.url), url: r.url, kind: 'listing', rule: r.rule } }
        : { url, granted, source: { ...base, name: name(r.title, r.url), url: r.url } };
      setState({ kind: 'offer', what: r.kind, title: name(r.title, r.url), count: r.items });
    })();
    return () => {
      live = false;
    };
    // Checked once per popup: the sources list changing (after adding) must not re-check.
  }, []);

  // The source list may arrive after the check: a page found to be watched already is not offered.
  useEffect(() => {
    const f = found.current;
    if ((state.kind === 'offer' || state.kind === 'checking') && f && known(f.url, ...(f.source ? [f.source.url] : []))) setState({ kind: 'known' });
  }, [sources]);

  const watch = () => {
    const f = found.current;
    if (!f?.source) return;
    const add = async () => {
      const source = f.source!;
      const added = await sendCommand({ type: 'add-source', source });
      setState(added.ok ? { kind: 'added', name: source.name } : { kind: 'error', message: replyText(t, added) });
    };
    setState({ kind: 'busy' });
    // Asked within the click: a lasting grant, so the page is polled after the popup closes.
    const pattern = originPattern(f.source.url);
    if (f.granted || !pattern) return void add();
    const denied = () => setState({ kind: 'error', message: t('permissionDenied', [new URL(pattern.replace('/*', '/')).hostname]) });
    void browser.permissions.request({ origins: [pattern] }).then((ok) => (ok ? add() : denied()), denied);
  };

  return <WatchPage state={state} onWatch={watch} />;
}
