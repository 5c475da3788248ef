#!/usr/bin/env node
// Command line front of the Kommunalradar pipeline. Runs the same TypeScript modules as the
// extension, loaded through tsx so that no build step is needed after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
