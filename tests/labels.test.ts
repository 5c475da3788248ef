import { describe, expect, it } from 'vitest';
import { LAND_NAMES, THEME_IDS, THEME_LABELS } from '../lib/labels';
import { LAND_CODES } from '../lib/model';
import { landAliases } from '../lib/tag/lands';
import { THEMES } from '../lib/tag/themes';

describe('display names agree with the tagger', () => {
  it('every Land has one German name, and the tagger recognises it as that Land', () => {
    const names = landAliases().filter((a) => a.form === 'name');
    for (const code of LAND_CODES) {
      expect(names.filter((a) => a.text === LAND_NAMES[code]).map((a) => a.land)).toEqual([code]);
    }
    expect(Object.keys(LAND_NAMES).sort()).toEqual([...LAND_CODES, 'DE'].sort());
  });

  it('the themes the tagger assigns are the labelled ones, in the same order', () => {
    expect(THEMES.map((t) => t.id)).toEqual(THEME_IDS);
  });

  it('every theme has a German and an English label, and no two share one', () => {
    for (const lang of ['de', 'en'] as const) {
      const labels = THEME_IDS.map((id) => THEME_LABELS[id]?.[lang] ?? '');
      expect(labels.every((l) => l.trim() !== '')).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
