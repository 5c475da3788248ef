/** H11: many sources on one host are queued in linear time: the first fetch starts at once. */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshStore } from '../../lib/refresh';

describe('grouping sources by host', () => {
  it('H11 40,000 sources on one host: the first request goes out within 2 s', async () => {
    const sources: Source[] = Array.from({ length: 40_000 }, (_, i) => ({
      id: `s${i}`, name: `Quelle ${i}`, url: `https://presse.example/feed/${i}.xml`, broad: false, confirmed: true,
    }));
    const store: RefreshStore = {
      getSourceState: async () => undefined,
      commitSource: async () => ({ added: [], old: 0, merged: 0 }),
      putSourceStates: async () => undefined,
    };
    const start = performance.now();
    let firstAt = -1;
    let calls = 0;
    const summary = await refreshSources(sources, {
      store,
      fetch: async () => {
        if (firstAt < 0) firstAt = performance.now() - start;
        calls++;
        return new Response('', { status: 404 });
      },
      now: () => (calls === 0 ? 0 : 1_000_000),
      random: () => 0,
      tag: () => ({ regions: [], places: [], themes: [] }) as never,
      tagVersion: 't',
      budgetMs: 1,
    }, { force: true });
    expect(calls).toBe(1);
    expect(summary.total).toBe(40_000);
    expect(firstAt).toBeGreaterThanOrEqual(0);
    expect(firstAt).toBeLessThan(2_000);
  });
});
