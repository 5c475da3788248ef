import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_ENTRIES, isUnconfirmed } from '../feeds';
import { optionalHostPermissions, requiredHostPermissions } from '../feeds/permissions';
import { LAND_CODES } from '../lib/model';
import { isOriginGranted, missingSourceOrigins } from '../lib/ui/permissions';
import config from '../wxt.config';

/** The manifest as the production build produces it. */
async function productionManifest(): Promise<{ host_permissions?: string[]; optional_host_permissions?: string[]; permissions?: string[] }> {
  const m = config.manifest;
  const env = { mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' } as const;
  return (typeof m === 'function' ? await m(env) : await m) as never;
}

/** Categories of the trade press and general net-politics news (not counted as federal sources). */
const PRESS = new Set(['Fachmedien', 'Netzpolitik']);
/** Ids users have stored (overrides, item ids): they must never change. */
const SHIPPED_IDS = [
  'behoerden-spiegel', 'egovernment', 'vdz', 'negz', 'kommune21', 'move', 'netzpolitik', 'heise-it',
  'heise-netzpolitik', 'bsi', 'bundesregierung', 'bmi', 'tagesschau-bayern', 'tagesschau-nrw', 'tagesschau-sachsen',
];
const urlsOf = (e: { url: string; homepage: string; listingUrl?: string }) => [e.url, e.homepage, ...(e.listingUrl ? [e.listingUrl] : [])];

describe('source catalogue', () => {
  it('has at least 60 sources with unique ids and names, and keeps every id it shipped', () => {
    expect(CATALOGUE_ENTRIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE_ENTRIES.map((s) => s.id)).size).toBe(CATALOGUE_ENTRIES.length);
    expect(new Set(CATALOGUE_ENTRIES.map((s) => s.name)).size).toBe(CATALOGUE_ENTRIES.length);
    for (const id of SHIPPED_IDS) expect(CATALOGUE_ENTRIES.map((s) => s.id)).toContain(id);
  });

  it('has two or more sources for each of the sixteen Länder', () => {
    const count = (land: string) => CATALOGUE_ENTRIES.filter((s) => s.land === land).length;
    const thin = LAND_CODES.filter((l) => count(l) < 2);
    expect(thin).toEqual([]);
  });

  it('has at least six federal or nationwide sources beside the trade press', () => {
    expect(CATALOGUE_ENTRIES.filter((s) => s.land === 'DE' && !PRESS.has(s.category)).length).toBeGreaterThanOrEqual(6);
  });

  it.each(CATALOGUE_ENTRIES.map((s) => [s.id, s] as const))('%s: https addresses, a kind, a Land and one sentence of evidence', (_id, s) => {
    for (const u of urlsOf(s)) expect(new URL(u).protocol, u).toBe('https:');
    expect(['feed', 'listing']).toContain(s.kind);
    expect([...LAND_CODES, 'DE']).toContain(s.land);
    expect(typeof s.broad).toBe('boolean');
    expect(s.category.trim()).not.toBe('');
    expect(s.evidence.length).toBeGreaterThan(30);
    expect(s.evidence.length).toBeLessThan(500);
    expect(s.evidence).not.toMatch(/\n/);
    expect(s.evidence.trim()).toMatch(/[.)]$/);
  });

  it('marks as unconfirmed exactly the entries whose evidence says so, and the Sources carry it', () => {
    for (const [i, e] of CATALOGUE_ENTRIES.entries()) {
      expect(CATALOGUE[i]!.confirmed).toBe(!isUnconfirmed(e.evidence));
      expect(CATALOGUE[i]!.evidence).toBe(e.evidence);
    }
    expect(isUnconfirmed('Unconfirmed: inferred.')).toBe(true);
    expect(isUnconfirmed('Ungeprüft: abgeleitet.')).toBe(true);
    expect(isUnconfirmed('Found through link[rel=alternate].')).toBe(false);
  });

  it('starts federal and nationwide sources switched on, the Länder sources off', () => {
    for (const s of CATALOGUE) {
      if (s.nationwide) expect(s.enabled, s.id).toBeUndefined();
      else expect([s.id, s.enabled, LAND_CODES.includes(s.land!)]).toEqual([s.id, false, true]);
    }
  });
});

describe('host permissions of the catalogue', () => {
  it('the manifest requires the hosts of every nationwide source and of hosts serving several Länder, and nothing else', async () => {
    const manifest = await productionManifest();
    const hosts = manifest.host_permissions ?? [];
    for (const s of CATALOGUE.filter((x) => x.nationwide)) {
      for (const u of [s.url, ...(s.listingUrl ? [s.listingUrl] : [])]) expect(isOriginGranted(hosts, u), u).toBe(true);
    }
    expect(isOriginGranted(hosts, 'https://www.tagesschau.de/inland/regional/thueringen/index~atom.xml')).toBe(true);
    expect(hosts).toEqual(requiredHostPermissions());
    expect(hosts.every((p) => CATALOGUE.some((s) => isOriginGranted([p], s.url) || (s.listingUrl && isOriginGranted([p], s.listingUrl))))).toBe(true);
    expect(hosts.some((p) => p.includes('127.0.0.1') || p.includes('*.') || p.startsWith('*'))).toBe(false);
  });

  it('every other host is an optional permission, requested when its source is switched on', async () => {
    const manifest = await productionManifest();
    const required = manifest.host_permissions ?? [];
    const optional = manifest.optional_host_permissions ?? [];
    for (const s of CATALOGUE) {
      for (const u of [s.url, ...(s.listingUrl ? [s.listingUrl] : [])]) {
        expect(isOriginGranted(required, u) || isOriginGranted(optional, u), u).toBe(true);
      }
      // A source whose host is not granted at install starts switched off: it only runs after the request.
      if (missingSourceOrigins([s], required).length > 0) expect(s.enabled, s.id).toBe(false);
    }
    expect(optionalHostPermissions().length).toBeGreaterThan(20);
  });

  it('switching on the sources of Sachsen asks for exactly the hosts not granted at install', async () => {
    const required = (await productionManifest()).host_permissions ?? [];
    const saxon = CATALOGUE.filter((s) => s.land === 'SN');
    const asked = missingSourceOrigins(saxon, required);
    expect(asked).toContain('https://www.medienservice.sachsen.de/*');
    expect(asked).not.toContain('https://www.tagesschau.de/*');
    expect(asked).not.toContain('https://www.mdr.de/*');
    expect(missingSourceOrigins(saxon, [...required, ...asked])).toEqual([]);
  });

  it('asks only for the permissions it needs', async () => {
    const manifest = await productionManifest();
    // activeTab for "Diese Seite beobachten", offscreen for the document that reads listing pages.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'offscreen', 'storage']);
  });
});
