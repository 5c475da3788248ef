/** The command line under hostile conditions: H08 a slow reader, H12 a huge file, H15 entity expansion. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../lib/cli/io';
import { runTag } from '../../lib/cli/tag';

describe('tag behind a slow reader', () => {
  it('H08 waits for the reader: at most a few hundred KiB wait in memory, every line arrives', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ title: `Neues Bürgerportal in Kiel ${i}`, summary: 'Die Stadt Kiel startet ein Portal.' }));
    let maxQueued = 0;
    let received = '';
    const stdout = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _e, cb) {
        received += chunk.toString('utf8');
        setTimeout(cb, 2);
      },
    });
    const write = stdout.write.bind(stdout);
    stdout.write = ((chunk: string, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      maxQueued = Math.max(maxQueued, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const io: CliIo = { stdin: Readable.from([lines.join('\n') + '\n']), stdout, stderr: new Writable({ write: (_c, _e, cb) => cb() }) };
    expect(await runTag([], io)).toBe(0);
    await new Promise<void>((resolve) => stdout.end(resolve));
    expect(received.trim().split('\n')).toHaveLength(20_000);
    expect(maxQueued).toBeLessThan(256 * 1024);
  }, 60_000);
});
