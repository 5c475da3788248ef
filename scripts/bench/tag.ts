/**
 * Tagging benchmark: gazetteer load time and tagging throughput on one core.
 *
 *   npx tsx scripts/bench/tag.ts [--items 20000]
 *
 * Prints JSON { itemsPerSec (wall clock), itemsPerCpuSec (process CPU time), gazetteerLoad_ms, gazetteerBuild_ms, gazetteerLoadFresh_ms, items }:
 * gazetteerLoad_ms is the first dynamic import of the gazetteer module plus building the index
 * in this process (under tsx this includes transpiling the data module, which a bundle does not
 * pay), gazetteerBuild_ms the index building alone, gazetteerLoadFresh_ms the median of three
 * fresh processes importing a minified bundle of the gazetteer module and building the index.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = Math.max(20_000, arg('--items', 20_000));

const t0 = performance.now();
const c0 = process.cpuUsage();
const gz = await import('../../lib/tag/builtin');
const tImported = performance.now();
gz.loadGazetteer();
const gazetteerLoad_ms = performance.now() - t0;
const gazetteerBuild_ms = performance.now() - tImported;
const c0d = process.cpuUsage(c0);
const gazetteerLoadCpu_ms = (c0d.user + c0d.system) / 1000;

// The worker reads the gazetteer as a packaged JSON file and indexes it with bundled JavaScript,
// so the fresh-process figure loads a bundle of lib/tag/gazetteer.ts (as the extension build
// does, not TypeScript through tsx), reads and parses the JSON file and builds the index.
const bundleDir = mkdtempSync(join(tmpdir(), 'kr-bench-gazetteer-'));
const bundled = join(bundleDir, 'gazetteer.mjs');
await build({ entryPoints: [join(here, '../../lib/tag/gazetteer.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, outfile: bundled, logLevel: 'silent' });

function freshLoad(): number {
  const data = join(here, '../../lib/tag/gazetteer-data.json');
  const code =
    `const t=performance.now();const g=await import(${JSON.stringify(pathToFileURL(bundled).href)});` +
    `const fs=await import('node:fs');const src=JSON.parse(fs.readFileSync(${JSON.stringify(data)},'utf8'));` +
    `g.createGazetteer(src).lookup('berlin');console.log(performance.now()-t);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const v = Number(r.stdout.trim());
  return r.status === 0 && v > 0 ? v : NaN; // NaN when run from a bundle without the sources

}
const fresh = [freshLoad(), freshLoad(), freshLoad(), freshLoad(), freshLoad()].sort((a, b) => a - b)[2]!;
rmSync(bundleDir, { recursive: true, force: true });

const { createTagger } = await import('../../lib/tag/builtin');

// A deterministic mix of Kommune21-style teasers: places, Länder, federal bodies, vendors,
// common-word towns and theme vocabulary.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const KICKERS = ['Nürnberg', 'Landkreis München', 'Dresden', 'Frankfurt', 'Halle', 'Neustadt an der Weinstraße', 'Kreis Lippe', 'Region Hannover',
  'Diez/Kaisersesch/Montabaur', 'Bayern', 'NRW', 'Hessen', 'FITKO', 'Bund', 'IT-Planungsrat', 'Polyteia', 'Dataport', 'Essen', 'Stelle',
  'Uckermark', 'Rhein-Sieg-Kreis', 'Mülheim', 'Offenbach', 'Brandenburg an der Havel', 'Sachsen-Anhalt', 'Bremen', 'Kiel', 'Jena'];
const HEADLINES = ['Bürgerservice per Videokabine', 'Bezahlkarte für Asylsuchende gestartet', 'Kooperation im Prozessmanagement verlängert',
  'Glasfaser für alle Schulen', 'KI-Assistent für die Verwaltung', 'Neues Open-Data-Portal', 'Cyberangriff legt Rathaus lahm',
  'Förderbescheid für Smart-City-Projekte', 'Digitallotsen helfen Senioren', 'E-Akte eingeführt', 'Online-Beteiligung zum Haushalt'];
const SENTENCES = [
  'Die Stadt hat ihr Angebot an Abholstationen für Ausweisdokumente verdoppelt.',
  'Im Rahmen des Projekts wurden an sechs Standorten Videokabinen eingerichtet, die wohnortnah Kontakt zur Kreisverwaltung ermöglichen.',
  'Gemeinsam wollen die Verbandsgemeinden ihre Verwaltungsprozesse effizienter gestalten und ein Prozessregister aufbauen.',
  'Das Land stellt dafür 2,5 Millionen Euro aus dem Förderprogramm bereit.',
  'Auf der Smart Country Convention in Berlin stellte der Bundesdigitalminister die Pläne vor.',
  'Die Lage bleibt angespannt, teilte das Innenministerium mit.',
  'Ehrenamtliche unterstützen die Bürgerinnen und Bürger bei der Nutzung.',
  'Bis Ende 2026 sollen alle Dienststellen mit der elektronischen Akte arbeiten.',
  'Forschende der TU München haben die Nutzung von Online-Diensten untersucht.',
  'Das Essen für den Ganztag kann künftig online bestellt werden.',
  'Die Daten fließen in ein öffentlich zugängliches Dashboard.',
];
const items = Array.from({ length: N }, () => ({
  title: `${pick(KICKERS)}: ${pick(HEADLINES)}`,
  summary: `${pick(SENTENCES)} ${pick(SENTENCES)} ${rnd() < 0.5 ? pick(SENTENCES) : ''}`.trim(),
}));

const tagger = createTagger();
for (let i = 0; i < 2000; i++) tagger.tag(items[i]!); // warm-up (JIT, name cache)
let sink = 0;
const t1 = performance.now();
const c1 = process.cpuUsage();
for (const it of items) sink += tagger.tag(it).regions.length;
const ms = performance.now() - t1;
const cpu = process.cpuUsage(c1);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({
  itemsPerSec: Math.round((N / ms) * 1000),
  // On a busy machine wall time includes waiting for a core; CPU time does not.
  itemsPerCpuSec: Math.round((N / cpuMs) * 1000),
  gazetteerLoad_ms: Number(gazetteerLoad_ms.toFixed(1)),
  gazetteerBuild_ms: Number(gazetteerBuild_ms.toFixed(2)),
  gazetteerLoadCpu_ms: Number(gazetteerLoadCpu_ms.toFixed(1)),
  gazetteerLoadFresh_ms: Number.isNaN(fresh) ? null : Number(fresh.toFixed(1)),
  items: N,
  regionsTagged: sink,
}));
