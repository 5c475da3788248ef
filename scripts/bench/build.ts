/**
 * Builds the extension for the benchmarks that need it: the production build for the bundle
 * sizes, the e2e build (may fetch from 127.0.0.1, no built-in catalogue) for the Chromium ones.
 * Each build runs at most once per benchmark run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type BuildMode = 'production' | 'e2e';

export const OUTPUT_DIRS: Record<BuildMode, string> = {
  production: resolve('.output/chrome-mv3'),
  e2e: resolve('.output/chrome-mv3-e2e'),
};

const builds = new Map<BuildMode, Promise<string>>();

/** What goes into the extension build. */
const SOURCE_PATHS = ['entrypoints', 'components', 'lib', 'feeds', 'public', 'wxt.config.ts', 'package.json'];

/** The newest modification time of any build input, in ms. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of SOURCE_PATHS) visit(resolve(p));
  return newest;
}

/**
 * Runs `wxt build` (with `--mode e2e` for the e2e build; NODE_ENV=production in both, as WXT
 * would otherwise take the mode as NODE_ENV and build Preact in development mode) and resolves with the output
 * directory; rejects with the build's last lines when it fails. With `reuse`, an existing
 * output directory is taken as it is (for `--no-build`); with `reuseFresh` (for `--quick`),
 * when it is newer than every build input.
 */
export function ensureBuild(
  mode: BuildMode,
  opts: { reuse: boolean; reuseFresh?: boolean; log: (line: string) => void },
): Promise<string> {
  const dir = OUTPUT_DIRS[mode];
  const manifest = resolve(dir, 'manifest.json');
  if (opts.reuse && existsSync(manifest)) return Promise.resolve(dir);
  if (opts.reuseFresh && existsSync(manifest) && statSync(manifest).mtimeMs > newestSource()) {
    opts.log(`build: ${mode} build is newer than the sources, reused`);
    return Promise.resolve(dir);
  }
  let pending = builds.get(mode);
  if (!pending) {
    pending = new Promise<string>((done, fail) => {
      const t0 = Date.now();
      const args = ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
      const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NODE_ENV: 'production' } });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', fail);
      child.on('exit', (code) => {
        if (code === 0) {
          opts.log(`build: npx ${args.join(' ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          done(dir);
        } else {
          // The first line naming the problem goes into the table; the tail follows for the log.
          const lines = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
          const reason = lines.find((l) => /error|could not|cannot|failed to/i.test(l) && !/^at /.test(l)) ?? `exit ${code}`;
          fail(new Error(`bench: npx ${args.join(' ')} failed: ${reason}\n${lines.slice(-8).join('\n')}`));
        }
      });
    });
    builds.set(mode, pending);
  }
  return pending;
}
