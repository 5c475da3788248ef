import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../lib/ui/i18n';
import { readCatalog } from './dom';

const de = readCatalog('de');
const en = readCatalog('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Message keys the UI asks for: t('key'), t(`prefix_${…}`) and browserTranslate('key'). */
function usedKeys(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|browserTranslate)\(\s*'([A-Za-z_]+)'/g)) exact.add(m[1]!);
    for (const m of text.matchAll(/\bt\(\s*`([A-Za-z_]+)\$\{/g)) prefixes.add(m[1]!);
  }
  return { exact, prefixes };
}

describe('the message catalogues', () => {
  it('German and English have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('keep the manifest name and description', () => {
    for (const c of [de, en]) {
      expect(c.extName?.message).toBe('Kommunalradar');
      expect(c.extDescription?.message.length).toBeGreaterThan(10);
    }
  });

  it('have every key the popup and the options page use', () => {
    const { exact, prefixes } = usedKeys();
    expect(exact.size).toBeGreaterThan(50);
    expect([...exact].filter((k) => !(k in de))).toEqual([]);
    for (const p of prefixes) expect(Object.keys(de).some((k) => k.startsWith(p))).toBe(true);
  });

  it('give every status a label in both languages', () => {
    for (const s of ['new', 'ok', 'error', 'failing', 'gone', 'blocked', 'deferred']) {
      expect(de[`status_${s}`]?.message).toBeTruthy();
      expect(en[`status_${s}`]?.message).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages, and each placeholder is defined', () => {
    for (const key of Object.keys(de)) {
      const names = (msg: string) => [...msg.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(names(en[key]!.message), key).toEqual(names(de[key]!.message));
      for (const n of names(de[key]!.message)) expect(de[key]!.placeholders?.[n], `${key}.${n}`).toBeDefined();
    }
  });

  it.each([
    ['refreshProgress', [3, 12], 'Aktualisiere … 3 von 12 Quellen'],
    ['sourcesInError', [2], 'Quellen mit Fehlern: 2'],
    ['attribution', [], 'Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; Daten verändert.'],
  ])('formats %s in German', (key, subs, expected) => {
    expect(formatMessage(de[key]!, subs)).toBe(expected);
  });
});
