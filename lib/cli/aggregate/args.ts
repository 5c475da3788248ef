/** The arguments of `kommunalradar aggregate`. */
import { LAND_CODES, type LandCode } from '../../model';

export interface AggregateOptions {
  /** Directory the feeds, index.html, feeds.opml and .state/ are written to. */
  out: string;
  /** OPML or JSON file of sources; the built-in catalogue when absent. */
  sources?: string;
  /** Items are kept this many days (by date, or first sighting when undated). */
  days: number;
  /** Absolute URL the directory is published under, for self links. Ends with '/'. */
  baseUrl?: string;
  /** Only these Länder's sources, plus the federal and nationwide ones; all when absent. */
  lands?: LandCode[];
  quiet: boolean;
  /** Poll every source now, ignoring Retry-After, error backoff and each source's interval. */
  force: boolean;
}

export type ArgsResult = { ok: true; opts: AggregateOptions } | { ok: false; error: string; help?: boolean };

export const DEFAULT_DAYS = 30;
const MAX_DAYS = 3650;

export const AGGREGATE_USAGE = `Aufruf: kommunalradar aggregate --out DIR [--sources DATEI] [--land SN,TH] [--days N] [--base-url URL] [--force] [--quiet]

Ruft alle Quellen ab und schreibt nach DIR:
  feed.xml, feed.atom, feed.json   alle Meldungen (RSS 2.0, Atom, JSON Feed)
  land/<code>.xml                  je Land (by, sn, …) und land/de.xml für bundesweit
  thema/<id>.xml                   je Thema
  index.html, feeds.opml           Übersicht für Menschen und für Feedreader
  .state/                          Zustand zwischen den Läufen

  --out DIR        Zielverzeichnis (Pflicht)
  --sources DATEI  Quellen als OPML 2.0 oder JSON (wie feeds/catalogue.json);
                   ohne: der eingebaute Katalog
  --land SN,TH     nur die Quellen dieser Länder, dazu die bundesweiten
                   (Bund, Verbände, Fachpresse)
  --days N         Meldungen N Tage behalten (Vorgabe ${DEFAULT_DAYS})
  --base-url URL   öffentliche Adresse von DIR, für absolute Links in den Feeds
  --force          alle Quellen jetzt abrufen, auch wenn ein Server um Pause
                   gebeten hat (Retry-After) oder eine Quelle nach Fehlern wartet
  --quiet          keine Fortschrittszeilen auf stderr

Ohne --force wird eine Quelle erst wieder abgerufen, wenn sie fällig ist: nach
ihrem Intervall, nach Retry-After oder nach der Wartezeit, die auf Fehler folgt.

Exit-Status: 0 alle Quellen abgerufen, 1 einige Quellen fehlgeschlagen (Feeds trotzdem
geschrieben), 2 falscher Aufruf.
`;

const VALUE_FLAGS = ['--out', '--sources', '--land', '--days', '--base-url'] as const;

/** Parses `args`; accepts `--flag value` and `--flag=value`. Never throws. */
export function parseAggregateArgs(args: readonly string[]): ArgsResult {
  const values: Record<string, string> = {};
  let quiet = false;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') return { ok: false, error: '', help: true };
    if (arg === '--force') {
      force = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      quiet = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      return { ok: false, error: arg.startsWith('-') ? `unbekannte Option: ${arg}` : `unerwartetes Argument: ${arg}` };
    }
    let value: string | undefined;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      // "--out --quiet" is a forgotten value, not a directory called "--quiet".
      if (value === undefined || value.startsWith('--')) return { ok: false, error: `${name} braucht einen Wert` };
      i++;
    }
    if (value === '') return { ok: false, error: `${name} braucht einen Wert` };
    if (name in values) return { ok: false, error: `${name} ist doppelt angegeben` };
    values[name] = value;
  }

  const out = values['--out'];
  if (!out) return { ok: false, error: '--out DIR fehlt' };
  let days = DEFAULT_DAYS;
  if (values['--days'] !== undefined) {
    if (!/^\d+$/.test(values['--days']) || Number(values['--days']) < 1 || Number(values['--days']) > MAX_DAYS) {
      return { ok: false, error: `--days erwartet eine ganze Zahl von 1 bis ${MAX_DAYS}: ${values['--days']}` };
    }
    days = Number(values['--days']);
  }
  const opts: AggregateOptions = { out, days, quiet, force };
  if (values['--sources']) opts.sources = values['--sources'];
  if (values['--land'] !== undefined) {
    const lands = parseLands(values['--land']);
    if (!lands) return { ok: false, error: `--land erwartet Länderkürzel wie SN,TH (${LAND_CODES.join(', ')}): ${values['--land']}` };
    opts.lands = lands;
  }
  if (values['--base-url'] !== undefined) {
    const base = parseBaseUrl(values['--base-url']);
    if (!base) return { ok: false, error: `--base-url erwartet eine absolute http(s)-Adresse: ${values['--base-url']}` };
    opts.baseUrl = base;
  }
  return { ok: true, opts };
}

/** "sn, TH" → ['SN', 'TH']; undefined when a part is not a Land code or nothing is named. */
function parseLands(s: string): LandCode[] | undefined {
  const parts = s.slice(0, 200).split(',').map((p) => p.trim().toUpperCase()).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => (LAND_CODES as readonly string[]).includes(p))) return undefined;
  return [...new Set(parts)] as LandCode[];
}

/** An absolute http(s) URL without query or fragment, ending with '/' so file names resolve under it. */
function parseBaseUrl(s: string): string | undefined {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) return undefined;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
