/**
 * bundle: gzip sizes of the production build, per entry: the files an entry loads before
 * anything runs. For an HTML entry (popup, reader, options, offscreen) its module scripts,
 * modulepreloads and stylesheets; for the background its service worker file. Every JS file
 * is followed through its static imports, transitively (a page's dynamic `import()` excluded:
 * such chunks load only on the paths that need them). The background follows dynamic imports
 * too: Chrome refuses `import()` in a service worker, so nothing there can be loaded later. The imports are read by esbuild from the
 * built files (its metafile lists each import with its kind), not by pattern matching.
 * Each file is gzipped on its own at level 9; a chunk shared by two entries counts for both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ensureBuild } from './build';
import { GAZETTEER_FILE } from '../../lib/tag/packaged-file';
import { atMost, round, type BenchResult, type RunOptions } from './stats';

const gzKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Entries and their budgets in KiB gz (background: the service worker and all it imports). */
export const ENTRIES = [
  { name: 'background', file: 'background.js', budget: 150, dynamic: true },
  { name: 'popup', file: 'popup.html', budget: 60 },
  { name: 'reader', file: 'reader.html', budget: undefined },
  { name: 'options', file: 'options.html', budget: undefined },
  { name: 'offscreen', file: 'offscreen.html', budget: undefined },
] as const;

/** The JS and CSS an HTML page names in its `<script src>` and `<link href>` tags, as absolute paths. */
function htmlFiles(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const refs: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(m[1]!);
  return refs.map((ref) => (ref.startsWith('/') ? join(root, ref) : resolve(root, ref)));
}

/**
 * The static import graph of the given JS files: every file reachable through `import … from`
 * or `import "…"` (with `dynamic`, `import()` too), the files themselves included. esbuild bundles them in
 * memory only to list the imports; nothing is written.
 */
export async function staticClosure(files: string[], opts: { dynamic?: boolean } = {}): Promise<string[]> {
  if (files.length === 0) return [];
  const result = await build({
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
    absWorkingDir: process.cwd(),
  });
  const inputs = result.metafile.inputs;
  const abs = (p: string) => resolve(process.cwd(), p);
  const byAbs = new Map(Object.entries(inputs).map(([p, v]) => [abs(p), v]));
  const found = new Set(files.map((f) => resolve(f)));
  const queue = [...found];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const imp of byAbs.get(file)?.imports ?? []) {
      const wanted = imp.kind === 'import-statement' || (opts.dynamic === true && imp.kind === 'dynamic-import');
      if (!wanted || imp.external) continue;
      const dep = abs(imp.path);
      if (!found.has(dep)) {
        found.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...found];
}

/** Files an entry loads up front: its own scripts, styles and the chunks they import statically. */
export async function entryFiles(root: string, file: string, opts: { dynamic?: boolean } = {}): Promise<string[]> {
  const start = file.endsWith('.html') ? htmlFiles(root, file) : [join(root, file)];
  const present = start.filter((f) => existsSync(f));
  const js = await staticClosure(present.filter((f) => f.endsWith('.js')), opts);
  return [...new Set([...present, ...js])].sort();
}

/** The popup's files (kept for the first-render benchmarks). */
export const popupFiles = (root: string) => entryFiles(root, 'popup.html');

export async function run(opts: RunOptions & { reuseBuild: boolean }): Promise<BenchResult> {
  const root = await ensureBuild('production', { reuse: opts.reuseBuild, reuseFresh: opts.quick, log: opts.log });
  const figures: Record<string, number> = {};
  const checks: BenchResult['checks'] = [];
  for (const entry of ENTRIES) {
    if (!existsSync(join(root, entry.file))) continue;
    const files = await entryFiles(root, entry.file, { dynamic: 'dynamic' in entry && entry.dynamic });
    const kb = round(files.reduce((sum, f) => sum + gzKb(f), 0));
    figures[`${entry.name}_gz_kb`] = kb;
    const list = files
      .map((f) => ({ f, kb: gzKb(f) }))
      .sort((a, b) => b.kb - a.kb)
      .map(({ f, kb }) => `${relative(root, f)} ${kb.toFixed(1)}`)
      .join(', ');
    opts.log(`bundle: ${entry.name} ${kb} KiB gz = ${list}`);
    if (entry.budget !== undefined) checks.push(atMost(kb, entry.budget, `${entry.name} ≤ ${entry.budget} KiB gz`));
  }
  // The gazetteer is a packaged data file, read on the first tagging (and by the popup's place
  // field): not code the worker loads at start, but shown so that it is not out of sight.
  const gazetteer = join(root, GAZETTEER_FILE);
  if (existsSync(gazetteer)) {
    figures.gazetteerFile_gz_kb = round(gzKb(gazetteer));
    opts.log(`bundle: ${GAZETTEER_FILE} (data, read on demand) ${figures.gazetteerFile_gz_kb} KiB gz`);
  }
  return {
    key: 'bundle',
    figures,
    checks,
    note: 'entry file + static imports, transitively (background: dynamic too), gzip -9 per file; the gazetteer data file apart',
  };
}
