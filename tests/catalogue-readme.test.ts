import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ENTRIES, type CatalogueEntry } from '../feeds';
import { renderSourcesByLand, SECTION_END, SECTION_START, withSourcesByLand } from '../feeds/readme-section';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README: Sources by Land', () => {
  it('matches the catalogue (run `npm run catalogue:readme` after editing feeds/catalogue.json)', () => {
    expect(README).toContain(SECTION_START);
    expect(withSourcesByLand(README, CATALOGUE_ENTRIES)).toBe(README);
  });

  it('lists every source once, under its Land', () => {
    const section = README.slice(README.indexOf(SECTION_START), README.indexOf(SECTION_END));
    for (const e of CATALOGUE_ENTRIES) expect(section.split(`| ${e.name.replaceAll('|', '\\|')} |`).length - 1, e.id).toBe(1);
    expect(section).toContain('### Thüringen (TH)');
    expect(section).toContain('### Bund und bundesweit');
  });

  it('keeps table cells intact when evidence holds pipes or markup', () => {
    const e: CatalogueEntry = {
      id: 'x', name: 'A | B', url: 'https://x.de/feed', homepage: 'https://x.de/', kind: 'feed', land: 'SN',
      category: 'Regional', broad: false, evidence: 'Found through <link rel="alternate"> | twice.',
    };
    const row = renderSourcesByLand([e]).split('\n').find((l) => l.startsWith('| A'))!;
    expect(row).toBe('| A \\| B | feed | Regional | belegt | https://x.de/feed | Found through &lt;link rel="alternate"&gt; \\| twice. |');
  });

  it('replaces the old section and leaves the rest of the README alone', () => {
    const old = `# T\n\nintro\n\n${SECTION_START}\nold\n${SECTION_END}\n\n## After\n`;
    const next = withSourcesByLand(old, CATALOGUE_ENTRIES);
    expect(next.startsWith('# T\n\nintro\n\n')).toBe(true);
    expect(next.endsWith(`${SECTION_END}\n\n## After\n`)).toBe(true);
    expect(next).not.toContain('\nold\n');
  });
});
