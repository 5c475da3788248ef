import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run gazetteer without the directory data', () => {
  it('says where to get it, exits 2, no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', '/nonexistent-gv100ad'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('GV100AD');
    expect(r.stderr).toContain('destatis.de');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
