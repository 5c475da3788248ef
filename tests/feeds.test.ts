import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../feeds';
import { LAND_CODES } from '../lib/model';
import config from '../wxt.config';

/** The manifest as the production build produces it. */
async function productionManifest(): Promise<{ host_permissions?: string[]; permissions?: string[] }> {
  const m = config.manifest;
  const env = { mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' } as const;
  return (typeof m === 'function' ? await m(env) : await m) as never;
}

function matches(pattern: string, url: string): boolean {
  const p = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!p) return false;
  const u = new URL(url);
  const scheme = p[1] === '*' ? ['http:', 'https:'] : [`${p[1]}:`];
  const host = p[2]!;
  const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname.endsWith(host.slice(1)) : u.host === host);
  return scheme.includes(u.protocol) && hostOk;
}

describe('source catalogue', () => {
  it('has unique ids and names', () => {
    expect(new Set(CATALOGUE.map((s) => s.id)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((s) => s.name)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((s) => [s.id, s] as const))('%s has https feed and homepage URLs', (_id, s) => {
    expect(new URL(s.url).protocol).toBe('https:');
    if (s.homepage) expect(new URL(s.homepage).protocol).toBe('https:');
    if (s.listingUrl) expect(new URL(s.listingUrl).protocol).toBe('https:');
    expect(s.kind === undefined || s.kind === 'feed' || s.kind === 'listing').toBe(true);
    expect(typeof s.broad).toBe('boolean');
    expect(typeof s.confirmed).toBe('boolean');
    if (s.land) expect(LAND_CODES).toContain(s.land);
  });

  it('every catalogue host is covered by the manifest host permissions, and nothing more', async () => {
    const manifest = await productionManifest();
    const hosts = manifest.host_permissions ?? [];
    for (const s of CATALOGUE) expect(hosts.some((p) => matches(p, s.url)), s.url).toBe(true);
    for (const s of CATALOGUE) if (s.listingUrl) expect(hosts.some((p) => matches(p, s.listingUrl!)), s.listingUrl).toBe(true);
    expect(hosts.every((p) => CATALOGUE.some((s) => matches(p, s.url) || (s.listingUrl !== undefined && matches(p, s.listingUrl))))).toBe(true);
    expect(hosts.some((p) => p.includes('127.0.0.1'))).toBe(false);
  });

  it('asks only for the permissions it needs', async () => {
    const manifest = await productionManifest();
    // activeTab for "Diese Seite beobachten", offscreen for the document that reads listing pages.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'offscreen', 'storage']);
  });
});
