/**
 * Atomic, change-only file writes for the published feeds and the state: a reader (a web
 * server, a feed reader, the next run) sees either the old file or the new one, never half
 * of one, and an unchanged file keeps its bytes and its mtime.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type WriteOutcome = 'written' | 'unchanged';

/** Temp files are dot files next to their target, so a web server's listing never shows them. */
const TEMP_RE = /^\..+\.kr-tmp$/;

/**
 * Writes `content` to `path` unless the file already holds exactly these bytes. The new
 * bytes go to a temp file in the same directory (rename is only atomic within one file
 * system), are flushed to disk, then renamed over the target.
 */
export async function writeIfChanged(path: string, content: string | Uint8Array, mode = 0o644): Promise<WriteOutcome> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const old = await readFile(path).catch(() => undefined);
  if (old && old.equals(bytes)) {
    // A file from an older version may carry wider permissions than asked for now.
    if (mode !== 0o644) await chmod(path, mode);
    return 'unchanged';
  }
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.kr-tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      // Without the flush a power cut after the rename can leave an empty file under the old name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return 'written';
}

/**
 * Removes temp files a killed run left in `dirs` (a SIGKILL gives no chance to clean up).
 * Missing directories are fine. Returns how many were removed.
 */
export async function removeStaleTemps(dirs: string[]): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!TEMP_RE.test(name)) continue;
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * The folders of `dirs` that exist as symbolic links. Writing or deleting through one would
 * land somewhere else than the output directory (H13), so the caller refuses to run.
 */
export async function symlinkedFolders(dirs: string[]): Promise<string[]> {
  const linked: string[] = [];
  for (const dir of dirs) {
    const info = await lstat(dir).catch(() => undefined);
    if (info?.isSymbolicLink()) linked.push(dir);
  }
  return linked;
}
