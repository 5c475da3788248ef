/**
 * bundle: gzip sizes of the production build. background.js alone; the popup as the JS and
 * CSS that popup.html loads before anything runs: its module scripts, modulepreloads and
 * stylesheets, plus every chunk those scripts import statically (dynamic imports excluded,
 * they are not needed for the first paint). Each file is gzipped on its own at level 9.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from './build';
import { atMost, round, type BenchResult, type RunOptions } from './stats';

const gzKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Files popup.html loads, resolved against the output root; JS chunks followed through static imports. */
export function popupFiles(root: string): string[] {
  const html = readFileSync(join(root, 'popup.html'), 'utf8');
  const found = new Set<string>();
  const toPath = (ref: string, from: string) => (ref.startsWith('/') ? join(root, ref) : resolve(from, ref));
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) found.add(toPath(m[1]!, root));
  const queue = [...found].filter((f) => f.endsWith('.js'));
  for (let file = queue.shift(); file; file = queue.shift()) {
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"`, `import "./x.js"` (minified: `from"./x.js"`).
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
      const dep = toPath(m[1]!, dirname(file));
      if (!found.has(dep) && existsSync(dep)) {
        found.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...found].filter((f) => existsSync(f)).sort();
}

export async function run(opts: RunOptions & { reuseBuild: boolean }): Promise<BenchResult> {
  const root = await ensureBuild('production', { reuse: opts.reuseBuild, reuseFresh: opts.quick, log: opts.log });
  const background = gzKb(join(root, 'background.js'));
  const files = popupFiles(root);
  const popup = files.reduce((sum, f) => sum + gzKb(f), 0);
  opts.log(`bundle: popup = ${files.map((f) => `${relative(root, f)} ${gzKb(f).toFixed(1)} KiB`).join(', ')}`);
  const figures = { background_gz_kb: round(background), popup_gz_kb: round(popup) };
  return {
    key: 'bundle',
    figures,
    checks: [
      atMost(figures.background_gz_kb, 150, 'background ≤ 150 KiB gz'),
      atMost(figures.popup_gz_kb, 60, 'popup ≤ 60 KiB gz'),
    ],
    note: `popup: ${files.length} files`,
  };
}
