/**
 * `kommunalradar tag`: reads JSON Lines {"title", "summary", "sourceLand"?} on stdin and writes
 * one JSON line of tags per input line, in order: regions, places, themes and the evidence of
 * each tag ({"regions": {"BY": ["Münchner"]}, "places": {AGS: [...]}, "themes": {id: [...]}}). A bad line gets {"error": "…"} and makes the
 * exit code 1 once all lines are done.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { LAND_CODES, type LandCode } from '../model';
import { createTagger } from '../tag/builtin';
import type { CliIo } from './io';

type Parsed = { ok: true; title: string; summary: string; sourceLand?: LandCode } | { ok: false; error: string };

function parseLine(line: string): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `tag: ungültiges JSON: ${(e as Error).message}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, error: 'tag: jede Zeile muss ein JSON-Objekt sein' };
  const o = v as Record<string, unknown>;
  const title = o.title ?? '';
  const summary = o.summary ?? o.teaser ?? '';
  if (typeof title !== 'string' || typeof summary !== 'string') return { ok: false, error: 'tag: "title" und "summary" müssen Zeichenketten sein' };
  if (o.sourceLand !== undefined && !(LAND_CODES as readonly unknown[]).includes(o.sourceLand)) {
    return { ok: false, error: `tag: unbekanntes sourceLand ${JSON.stringify(o.sourceLand)}` };
  }
  return { ok: true, title, summary, sourceLand: o.sourceLand as LandCode | undefined };
}

export const TAG_USAGE = `Aufruf: kommunalradar tag < meldungen.jsonl

Liest auf stdin je Zeile ein JSON-Objekt {"title","summary","sourceLand"?} und schreibt auf
stdout je Zeile, in derselben Reihenfolge:
  {"regions":["BY"],"places":[{"name","ags","land"}],"themes":["ki"]}
  {"error":"…"}   für eine Zeile, die kein passendes JSON-Objekt ist
Exit-Status: 0 alle Zeilen getaggt, 1 mindestens eine fehlerhaft, 2 falscher Aufruf.
`;

export async function runTag(args: string[], io: CliIo): Promise<number> {
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout.write(TAG_USAGE);
    return 0;
  }
  if (args.length > 0) {
    io.stderr.write(TAG_USAGE);
    return 2;
  }
  const tagger = createTagger();
  let failed = false;
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let buf = '';
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const p = parseLine(line);
    if (!p.ok) {
      failed = true;
      buf += JSON.stringify({ error: p.error }) + '\n';
    } else {
      const tags = tagger.tag(p);
      buf += JSON.stringify({ regions: tags.regions, places: tags.places, themes: tags.themes, evidence: tags.evidence }) + '\n';
    }
    if (buf.length > 64_000) {
      // Wait for a slow reader instead of queueing every result in memory (H08).
      if (!io.stdout.write(buf)) await once(io.stdout, 'drain');
      buf = '';
    }
  }
  if (buf) io.stdout.write(buf);
  return failed ? 1 : 0;
}
