import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

// A table is reached as `<db>.items`, `<db>.sources`, `<db>.tombstones` or `<db>.meta`.
const TABLE_ACCESS = /\bdb\.(?:items|sources|tombstones|meta)\b/;

describe('only lib/store/ reads and writes the tables', () => {
  it('no module outside lib/store/ touches a Dexie table', () => {
    const offenders = ['lib', 'components', 'entrypoints']
      .flatMap(sources)
      .filter((path) => !path.startsWith(`lib${sep}store${sep}`))
      .filter((path) => TABLE_ACCESS.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check finds a table read when one is there', () => {
    expect(TABLE_ACCESS.test('const x = await db.items.get(id);')).toBe(true);
    expect(TABLE_ACCESS.test('await deps.db.meta.put({ key, value });')).toBe(true);
    expect(TABLE_ACCESS.test('await getItem(db, id);')).toBe(false);
  });
});
