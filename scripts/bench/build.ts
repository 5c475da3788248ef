/**
 * Builds the extension for the benchmarks that need it: the production build for the bundle
 * sizes, the e2e build (may fetch from 127.0.0.1, no built-in catalogue) for the Chromium ones.
 * Each build runs at most once per benchmark run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type BuildMode = 'production' | 'e2e';

export const OUTPUT_DIRS: Record<BuildMode, string> = {
  production: resolve('.output/chrome-mv3'),
  e2e: resolve('.output/chrome-mv3-e2e'),
};

const builds = new Map<BuildMode, Promise<string>>();

/**
 * Runs `wxt build` (with `--mode e2e` for the e2e build) and resolves with the output
 * directory; rejects with the build's last lines when it fails. With `reuse`, an existing
 * output directory is taken as it is (for `--no-build`).
 */
export function ensureBuild(mode: BuildMode, opts: { reuse: boolean; log: (line: string) => void }): Promise<string> {
  const dir = OUTPUT_DIRS[mode];
  if (opts.reuse && existsSync(resolve(dir, 'manifest.json'))) return Promise.resolve(dir);
  let pending = builds.get(mode);
  if (!pending) {
    pending = new Promise<string>((done, fail) => {
      const t0 = Date.now();
      const args = ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
      const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', fail);
      child.on('exit', (code) => {
        if (code === 0) {
          opts.log(`build: npx ${args.join(' ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          done(dir);
        } else {
          const tail = output.trim().split('\n').slice(-8).join('\n');
          fail(new Error(`bench: npx ${args.join(' ')} failed (exit ${code}):\n${tail}`));
        }
      });
    });
    builds.set(mode, pending);
  }
  return pending;
}
