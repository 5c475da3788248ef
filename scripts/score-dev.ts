/**
 * Scores the tagger against a labelled teaser file (same micro-F1 as the project's scorer),
 * the development part and the held-out part (`"heldOut": true`) separately. The held-out part
 * measures the tagger on text it was not tuned on: --verbose lists the misses of the
 * development part only, so tuning never looks at the held-out teasers.
 *
 *   npx tsx scripts/score-dev.ts [file.json] [--verbose]
 *
 * Default file: tests/fixtures/tagging/dev-teasers.json.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../lib/tag/builtin';
import { scoreTags, type LabelledTeaser } from '../lib/tag/score';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? join(here, '../tests/fixtures/tagging/dev-teasers.json');
const all = JSON.parse(readFileSync(file, 'utf8')) as LabelledTeaser[];
const tagger = createTagger();

function report(name: string, items: LabelledTeaser[], showMisses: boolean): void {
  if (items.length === 0) return;
  const got = items.map((x) => tagger.tag({ title: x.title, summary: x.teaser }));
  const misses: string[][] = [];
  const s = scoreTags(items, got, misses);
  if (showMisses) items.forEach((x, i) => misses[i]!.length && console.log(`${x.title.slice(0, 70).padEnd(70)} ${misses[i]!.join(' ')}`));
  console.log(`${name}: ${items.length} items from ${file.split('/').slice(-2).join('/')}`);
  for (const f of ['regions', 'places', 'themes'] as const) {
    console.log(`  ${f.padEnd(8)} precision ${s[f].precision.toFixed(3)}  recall ${s[f].recall.toFixed(3)}  F1 ${s[f].f1.toFixed(3)}`);
  }
}

report('development', all.filter((x) => !x.heldOut), verbose);
report('held-out', all.filter((x) => x.heldOut), false);
