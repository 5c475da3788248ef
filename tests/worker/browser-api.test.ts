import { describe, expect, it } from 'vitest';
import { withToolbarAction, type WorkerBrowser } from '../../lib/worker/browser-api';

/** A toolbar API that records the badge text it was given. */
function toolbar(log: string[]): WorkerBrowser['action'] {
  return {
    setBadgeText: async ({ text }) => void log.push(text),
    setBadgeBackgroundColor: async () => {},
    setTitle: async ({ title }) => void log.push(`title:${title}`),
  };
}

describe('withToolbarAction', () => {
  const rest = { alarms: {}, notifications: {}, runtime: { getURL: (p: string) => `moz-extension://x${p}` }, tabs: {} } as unknown as Omit<WorkerBrowser, 'action'>;

  it('Manifest V2 (Firefox): the badge goes to browserAction, everything else is the browser\'s own', async () => {
    const log: string[] = [];
    const b = withToolbarAction({ ...rest, browserAction: toolbar(log) });
    await b.action.setBadgeText({ text: '3' });
    await b.action.setTitle?.({ title: '3 neue' });
    expect(log).toEqual(['3', 'title:3 neue']);
    expect(b.runtime.getURL('/icon/128.png')).toBe('moz-extension://x/icon/128.png');
  });

  it('Manifest V3: action is used as it is', async () => {
    const log: string[] = [];
    const other: string[] = [];
    const b = withToolbarAction({ ...rest, action: toolbar(log), browserAction: toolbar(other) });
    await b.action.setBadgeText({ text: '7' });
    expect([log, other]).toEqual([['7'], []]);
  });

  it('says so when the browser has neither', () => {
    expect(() => withToolbarAction(rest)).toThrow(/neither action nor browserAction/);
  });
});
