import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['fixtures', 'gazetteer-data.json', 'screenshots']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const CASE_ID = /\b[A-H]\d{2}[a-z]?\b/g;

describe('docs/cases.md', () => {
  it('lists every case id that code and tests cite', () => {
    const cited = new Set(['lib', 'components', 'entrypoints', 'tests'].flatMap(sources)
      .flatMap((path) => readFileSync(join(ROOT, path), 'utf8').match(CASE_ID) ?? []));
    const listed = new Set([...readFileSync(join(ROOT, 'docs/cases.md'), 'utf8').matchAll(/^\| ([A-H]\d{2}[a-z]?) \|/gm)].map((m) => m[1]));
    expect(cited.size).toBeGreaterThan(60);
    expect([...cited].filter((id) => !listed.has(id)).sort()).toEqual([]);
  });
});
