/**
 * The part of the extension API the worker uses, as a structural type: the real `browser`
 * object fits it, and tests can pass a small fake.
 */
type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };

export interface WorkerBrowser {
  alarms: {
    get(name: string): Promise<{ name: string } | undefined>;
    create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number; when?: number }): Promise<void> | void;
    onAlarm: Listener<[{ name: string }]>;
  };
  action: {
    /** The icon's tooltip; absent in some test fakes. */
    setTitle?(details: { title: string }): Promise<void>;
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  };
  notifications: {
    create(id: string, options: {
      type: 'basic'; iconUrl: string; title: string; message: string; priority?: number;
    }): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: Listener<[string]>;
  };
  runtime: {
    getURL(path: string): string;
    onMessage: Listener<[unknown, unknown, (reply: unknown) => void]>;
    onInstalled: Listener<[{ reason: string }]>;
    onStartup: Listener<[]>;
  };
  tabs: { create(props: { url: string }): Promise<unknown> };
  i18n?: { getUILanguage(): string };
}

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in V2 (the Firefox build). */
type ToolbarApi = WorkerBrowser['action'];

/**
 * The extension API as the worker wants it. Manifest V2 (the Firefox build) has no `action`,
 * only `browserAction` with the same badge and title calls: without this the badge update threw
 * at the end of every refresh. Everything else is read from `b` itself.
 */
export function withToolbarAction<B extends Omit<WorkerBrowser, 'action'> & { action?: ToolbarApi; browserAction?: ToolbarApi }>(b: B): WorkerBrowser {
  if (b.action) return b as WorkerBrowser;
  if (!b.browserAction) throw new Error('Kommunalradar: neither action nor browserAction in this browser');
  const toolbar = b.browserAction;
  return new Proxy(b, { get: (target, key) => (key === 'action' ? toolbar : Reflect.get(target, key)) }) as unknown as WorkerBrowser;
}
