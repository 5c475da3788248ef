/**
 * The sources of an aggregate run from a file: OPML 2.0 (what feed readers export) or the
 * catalogue's JSON format (an array of Source objects, like feeds/catalogue.json).
 */
import { readFile } from 'node:fs/promises';
import { LAND_CODES, type LandCode, type Source } from '../../model';
import { XMLValidator } from 'fast-xml-parser';
import { checkRule } from '../../listing/selector';
import { parseOpml } from '../../opml';
import { germanErrorText } from '../error-text';
import { isUnconfirmed } from '../../../feeds';
import { foldSpelt } from '../../normalize/fold';
import { isHttpUrl } from '../../fetch';

export type SourcesResult = { ok: true; sources: Source[] } | { ok: false; error: string };

/** Reads and checks `path`; a feed URL the catalogue knows takes the catalogue's id and settings. */
export async function loadSourcesFile(path: string, catalogue: readonly Source[]): Promise<SourcesResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `Quellendatei: ${code === 'ENOENT' ? 'nicht gefunden' : `nicht lesbar (${code ?? 'Fehler'})`}: ${path}` };
  }
  return parseSourcesText(text.replace(/^\uFEFF/, ''), catalogue);
}

/** Sources from the text of an OPML or JSON sources file. */
export function parseSourcesText(text: string, catalogue: readonly Source[]): SourcesResult {
  const head = text.trimStart();
  if (head.startsWith('[') || head.startsWith('{')) return fromJson(head);
  if (head.startsWith('<')) return fromOpml(head, catalogue);
  return { ok: false, error: 'Quellendatei: weder OPML noch JSON' };
}

function fromOpml(text: string, catalogue: readonly Source[]): SourcesResult {
  // The shared reader is lenient, as an import in the options page should be; a file a cron
  // job reads every run is better refused when broken than half read.
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: `Quellendatei: kein wohlgeformtes XML (Zeile ${valid.err.line}): ${valid.err.msg}` };
  const opml = parseOpml(text, { checkRule });
  if (!opml.ok) return { ok: false, error: `Quellendatei: ${germanErrorText(opml.errorInfo)}` };
  // A feed the catalogue knows keeps the catalogue's id, Land prior and relevance filter.
  const known = new Map(catalogue.map((s) => [s.url, s]));
  return finish(opml.sources.map((s) => ({ ...(known.get(s.url) ?? s) })));
}

function fromJson(text: string): SourcesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Quellendatei: ungültiges JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'Quellendatei: das JSON muss eine Liste von Quellen sein' };
  const sources: Source[] = [];
  for (const [i, raw] of data.entries()) {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const url = typeof r.url === 'string' ? r.url.trim() : '';
    if (!isHttpUrl(url)) return { ok: false, error: `Quellendatei: Eintrag ${i + 1}: "url" muss eine http(s)-Adresse sein` };
    const source: Source = {
      id: typeof r.id === 'string' ? r.id.trim() : '',
      name: typeof r.name === 'string' && r.name.trim() ? r.name.trim() : new URL(url).hostname,
      url,
      broad: r.broad === true,
      confirmed: r.confirmed === true || (typeof r.evidence === 'string' && !isUnconfirmed(r.evidence)),
    };
    if (typeof r.homepage === 'string' && isHttpUrl(r.homepage)) source.homepage = r.homepage;
    if (typeof r.category === 'string' && r.category.trim()) source.category = r.category.trim();
    if (r.land === 'DE') source.nationwide = true;
    else if (typeof r.land === 'string') {
      if (!(LAND_CODES as readonly string[]).includes(r.land)) {
        return { ok: false, error: `Quellendatei: Eintrag ${i + 1}: unbekanntes Länderkürzel "${r.land}"` };
      }
      source.land = r.land as LandCode;
    }
    if (r.kind === 'feed' || r.kind === 'listing') source.kind = r.kind;
    if (typeof r.listingUrl === 'string' && isHttpUrl(r.listingUrl)) source.listingUrl = r.listingUrl;
    if (r.enabled === false) source.enabled = false;
    const listing = listingFields(r, i);
    if (typeof listing === 'string') return { ok: false, error: listing };
    sources.push({ ...source, ...listing });
  }
  return finish(sources);
}

/** `kind`, `rule` and `listingUrl` of a JSON entry, or an error message. */
function listingFields(r: Record<string, unknown>, i: number): Partial<Source> | string {
  const out: Partial<Source> = {};
  if (r.kind !== undefined && r.kind !== 'feed' && r.kind !== 'listing') return `Quellendatei: Eintrag ${i + 1}: "kind" muss "feed" oder "listing" sein`;
  if (r.kind === 'listing') out.kind = 'listing';
  if (r.rule !== undefined) {
    const rule = checkRule(r.rule);
    if (!rule.ok) return `Quellendatei: Eintrag ${i + 1}: ${rule.error}`;
    out.rule = rule.rule;
  }
  if (r.listingUrl !== undefined) {
    if (typeof r.listingUrl !== 'string' || !isHttpUrl(r.listingUrl)) return `Quellendatei: Eintrag ${i + 1}: "listingUrl" muss eine http(s)-Adresse sein`;
    out.listingUrl = r.listingUrl;
  }
  return out;
}

/** Drops repeated feed URLs, gives every source a unique id, and refuses an empty list. */
function finish(list: Source[]): SourcesResult {
  const seenUrls = new Set<string>();
  const ids = new Set<string>();
  const sources: Source[] = [];
  for (const s of list) {
    if (seenUrls.has(s.url)) continue;
    seenUrls.add(s.url);
    const base = slug(s.id) || slug(s.name) || slug(new URL(s.url).hostname) || 'quelle';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    sources.push({ ...s, id });
  }
  if (sources.length === 0) return { ok: false, error: 'Quellendatei: die Datei nennt keine Quellen' };
  return { ok: true, sources };
}

/**
 * A stable, file-name-safe id from a name: "Stadt Nürnberg – Presse" → "stadt-nuernberg-presse".
 * The state is keyed by it, so it must not depend on anything but the name.
 */
export function slug(s: string): string {
  const t = foldSpelt(s).replace(/[^a-z0-9._-]+/g, '-');
  // Trailing separators are cut by a scan: `[-._]+$` would try every run of them from each start.
  let end = t.length;
  while (end > 0 && '-._'.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end).replace(/^[-._]+/, '').slice(0, 64);
}
