/**
 * Builds lib/tag/gazetteer-data.json from the Destatis Gemeindeverzeichnis GV100AD.
 *
 *   npx tsx scripts/build-gazetteer.ts [path-to-gv100ad-dir]
 *
 * Output: lib/tag/gazetteer-data.json (format: GazetteerSource in lib/tag/gazetteer.ts): the Länder, and Kreise and
 * Gemeinden with type and population (rounded to hundreds: it only ranks candidates of the
 * same name), one line per spelling, sorted so that the runtime can binary-search the string.
 * Names are expanded ("a.d." → "an der", suffixes dropped); aliases add the short form
 * ("Frankfurt"), the bilingual second name and abbreviated spellings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { encodeAgs, encodePopulation } from '../lib/tag/gazetteer-codes';
import { fileURLToPath } from 'node:url';
import { nameTokens } from '../lib/tag/names';

const ATTRIBUTION =
  'Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; Daten verändert.';

const REGION_ABBR: Record<string, string> = {
  'OPf.': 'Oberpfalz', 'OFr.': 'Oberfranken', 'UFr.': 'Unterfranken', 'MFr.': 'Mittelfranken',
  OB: 'Oberbayern', NB: 'Niederbayern', 'Schw.': 'Schwaben', 'Bay.': 'Bayern',
};
const WORD_ABBR: [RegExp, string][] = [
  [/\bErzgeb\./g, 'Erzgebirge'], [/\bVogtl\./g, 'Vogtland'], [/\bWestf\./g, 'Westfalen'],
  [/\bSa\./g, 'Sachsen'], [/\bO\.L\.\s?/g, 'Oberlausitz '], [/\bRhld\./g, 'Rheinland'], [/\bOdw\./g, 'Odenwald'],
  [/\bThür\. Wald/g, 'Thüringer Wald'], [/\bThür\./g, 'Thüringen'], [/\bSächs\. Schw\./g, 'Sächsische Schweiz'],
  [/\bFürstl\./g, 'Fürstlich'], [/\bHl\./g, 'Heilig '], [/\bOldb\b/g, 'Oldenburg'],
];

/** Expands Bavarian and other abbreviations: "Neustadt a.d.Donau" → "Neustadt an der Donau". */
export function expandName(raw: string): string {
  let s = raw;
  s = s.replace(/\bv\.\s?d\.\s?Hainich/g, 'vor dem Hainich');
  s = s.replace(/\bi\.\s?(OPf\.|OFr\.|UFr\.|MFr\.|OB|NB|Schw\.|Bay\.)/g, (_m, r: string) => `in ${REGION_ABBR[r]}`);
  s = s.replace(/\bi\.\s?d\.\s?(OPf\.|OFr\.|UFr\.|MFr\.|OB|NB|Schw\.)/g, (_m, r: string) => `in der ${REGION_ABBR[r]}`);
  for (const [re, to] of WORD_ABBR) s = s.replace(re, to);
  s = s
    .replace(/\ba\.\s?d\.\s?/g, 'an der ')
    .replace(/\bi\.\s?d\.\s?/g, 'in der ')
    .replace(/\bo\.\s?d\.\s?/g, 'ob der ')
    .replace(/\bv\.\s?d\.\s?/g, 'vor der ')
    .replace(/\br\.\s?d\.\s?/g, 'rechts der ')
    .replace(/\ba\.\s?/g, 'am ')
    .replace(/\bi\.\s?/g, 'im ')
    .replace(/\bb\.\s?/g, 'bei ')
    .replace(/\bu\.\s?/g, 'und ');
  return s.replace(/\s+/g, ' ').replace(/\s+\)/g, ')').trim();
}

const NON_GERMAN = /[^A-Za-zÄÖÜäöüß\s.\-()'’]/;

interface Parsed {
  name: string;
  aliases: string[];
}

/** Splits the official name into a display name and aliases. */
export function parseName(raw: string, landKey: string): Parsed {
  // Drop official suffixes after the first comma (", Stadt", ", M", ", Landeshauptstadt" …).
  const base = raw.split(',')[0]!.trim();
  const aliases: string[] = [];
  let primary = base;
  // Bilingual names: "Bautzen / Budyšin", "Teichland/Gatojce" (Sorbian), "Forst (Lausitz)/Baršć (Łužyca)".
  const slash = base.indexOf('/');
  if (slash > 0) {
    const a = base.slice(0, slash).trim();
    const b = base.slice(slash + 1).trim();
    const bilingual = (landKey === '12' || landKey === '14') && (/\s\/\s/.test(base) || NON_GERMAN.test(b));
    if (bilingual) {
      primary = a;
      if (b.length > 2 && !b.endsWith('…')) aliases.push(expandName(b));
    }
  }
  const expanded = expandName(primary);
  if (expanded !== primary) aliases.push(primary); // keep the abbreviated spelling as it appears in text
  if (/^St\. ?/.test(expanded)) aliases.push(expanded.replace(/^St\. ?/, 'Sankt '));
  if (/^Landkreis /.test(expanded)) aliases.push(expanded.replace(/^Landkreis /, ''));
  return { name: expanded, aliases: [...new Set(aliases)].filter((x) => x !== expanded) };
}

// Hand-written aliases news uses that the directory does not spell out (AGS → alias).
const EXTRA_ALIASES: [string, string][] = [
  ['12053000', 'Frankfurt an der Oder'], ['15002000', 'Halle an der Saale'], ['15001000', 'Dessau'],
  ['03403000', 'Oldenburg in Oldenburg'], ['05334', 'StädteRegion Aachen'], ['10041', 'Saarbrücken (Regionalverband)'],
  ['09162000', 'Landeshauptstadt München'], ['08111000', 'Landeshauptstadt Stuttgart'],
  ['06414000', 'Landeshauptstadt Wiesbaden'], ['16051000', 'Landeshauptstadt Erfurt'],
];
interface Rec {
  type: string;
  pop100: number;
  ags: string;
  name: string;
  aliases: string[];
  indexed: boolean;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? join(here, '../../shared/data/gv100ad');
  const file = join(dir, 'GV100AD_30112025.txt');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    // Without the directory data there is nothing to build: say where it comes from, no stack trace.
    process.stderr.write(
      `gazetteer: ${file} nicht lesbar (${(e as NodeJS.ErrnoException).code ?? 'Fehler'}).\n` +
        'Das Gemeindeverzeichnis GV100AD (Gebietsstand 30.11.2025) gibt es beim Statistischen Bundesamt:\n' +
        '  https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html\n' +
        'Die ZIP-Datei "GV100AD" entpacken und das Verzeichnis angeben: npm run gazetteer -- VERZEICHNIS\n' +
        'Die fertigen Daten liegen schon in lib/tag/gazetteer-data.json; neu bauen ist nur nach einem neuen Gebietsstand nötig.\n',
    );
    process.exitCode = 2;
    return;
  }
  const lands: string[] = [];
  const recs: Rec[] = [];
  let kreis: { rec: Rec; pop: number } | undefined;
  const flushKreis = () => {
    if (kreis) kreis.rec.pop100 = Math.round(kreis.pop / 100);
  };
  for (const line of text.split(/\r?\n/)) {
    const chars = [...line]; // offsets count characters, not bytes
    const field = (a: number, b: number) => chars.slice(a, b).join('').trim();
    const kind = field(0, 2);
    const ags = field(10, 18);
    const raw = field(22, 72);
    const type = field(122, 124);
    if (kind === '10') lands.push(`L${ags}|${raw}`);
    else if (kind === '40') {
      flushKreis();
      const p = parseName(raw, ags.slice(0, 2));
      // Kreisfreie Städte appear as Kreis and as Gemeinde: only the Gemeinde is indexed.
      const rec: Rec = { type, pop100: 0, ags, name: p.name, aliases: p.aliases, indexed: type !== '41' && type !== '42' };
      recs.push(rec);
      kreis = { rec, pop: 0 };
    } else if (kind === '60') {
      if (type === '65' || type === '66') continue; // gemeindefreie Gebiete: forests and lakes
      if (!kreis || !ags.startsWith(kreis.rec.ags)) throw new Error(`build-gazetteer: Gemeinde ${ags} before its Kreis`);
      const pop = Number(field(139, 150)) || 0;
      kreis.pop += pop;
      const p = parseName(raw, ags.slice(0, 2));
      recs.push({ type, pop100: Math.round(pop / 100), ags, name: p.name, aliases: p.aliases, indexed: true });
    }
  }
  flushKreis();
  const byAgs = new Map(recs.map((r) => [r.ags, r]));
  for (const [ags, alias] of EXTRA_ALIASES) byAgs.get(ags)?.aliases.push(alias);

  for (const rec of recs) {
    if (rec.ags.length === 8 || rec.indexed) {
      for (const n of [rec.name, ...rec.aliases]) {
        if (/[^\p{L}\p{N}\s()\-/.'’]/u.test(n)) throw new Error(`build-gazetteer: unexpected character in ${n}`);
      }
    }
  }
  // One line per name or alias, sorted by its first lowercase token, so that the runtime
  // binary-searches the string itself and builds nothing at load time:
  //   <name>|<ags>|<type>|<pop/100>            a Kreis (5-digit AGS) or Gemeinde (8 digits)
  //   <alias>|<ags>|<type>|<pop/100>|<name>    another spelling of the same record
  const kreise = recs.filter((r) => r.ags.length === 5).map((r) => r.ags).sort();
  const entries: [string, string][] = [];
  for (const r of recs) {
    if (!r.indexed) continue;
    const tail = `${encodeAgs(r.ags, kreise)}|${r.type}|${encodePopulation(r.pop100 * 100)}`;
    for (const n of [r.name, ...r.aliases]) {
      if (/[^\p{L}\p{N}\s()\-/.'’]/u.test(n)) throw new Error(`build-gazetteer: unexpected character in ${n}`);
      entries.push([nameTokens(n)[0]!, n === r.name ? `${n}|${tail}` : `${n}|${tail}|${r.name}`]);
    }
  }
  entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1));
  const data = entries.map((e) => e[1]).join('\n') + '\n';
  const version = `GV100AD-20251130-${createHash('sha256').update(data).digest('hex').slice(0, 8)}`;
  // JSON, not a module: the extension ships it as a packaged file that the worker reads on first
  // tagging (it is a third of the worker's code otherwise); Node imports it. Format: GazetteerSource
  // in lib/tag/gazetteer.ts.
  const json =
    JSON.stringify(
      {
        attribution: ATTRIBUTION,
        generated: 'scripts/build-gazetteer.ts from the Destatis GV100AD; do not edit by hand',
        version,
        lands: lands.join('\n'),
        kreise: kreise.join(' '),
        data,
      },
      null,
      1,
    ) + '\n';
  const target = join(here, '../lib/tag/gazetteer-data.json');
  writeFileSync(target, json);
  const gem = recs.filter((r) => r.ags.length === 8).length;
  console.log(`build-gazetteer: ${lands.length} Länder, ${recs.length - gem} Kreise, ${gem} Gemeinden, ${json.length} chars → ${target}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
