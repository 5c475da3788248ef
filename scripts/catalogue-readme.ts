/**
 * Writes the README's "Sources by Land" section from feeds/catalogue.json.
 * `--check` only reports whether the README is up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_ENTRIES } from '../feeds';
import { withSourcesByLand } from '../feeds/readme-section';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const current = readFileSync(path, 'utf8');
const next = withSourcesByLand(current, CATALOGUE_ENTRIES);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md: "Sources by Land" is out of date; run npm run catalogue:readme');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(path, next);
  console.error('README.md: "Sources by Land" rewritten');
}
