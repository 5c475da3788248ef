import { describe, expect, it } from 'vitest';
import { GAZETTEER_PACKED } from '../../lib/tag/gazetteer-data';
import { packGazetteer, sortByName, unpackGazetteer } from '../../lib/tag/gazetteer-pack';

const SAMPLE = sortByName([
  'Nürnberg|09564000|61|5295',
  'München|09162000|61|15100',
  'München|09184|44|3530',
  'Neustadt an der Weinstraße|07316000|61|530',
  'Neustadt a.d.Weinstraße|07316000|61|530|Neustadt an der Weinstraße',
  'Fürth|09563000|61|1320',
  'Fürth|09573|44|1180',
  'Aach|07235001|64|11',
  'Aach|08335001|63|24',
]).join('\n') + '\n';

describe('gazetteer packing', () => {
  it('unpacks to exactly the name-sorted lines it was packed from', () => {
    const packed = packGazetteer(SAMPLE);
    expect(packed).not.toBe(SAMPLE);
    expect(packed).toContain('|+'); // AGS within a Kreis as differences
    expect(unpackGazetteer(packed)).toBe(SAMPLE);
  });

  it('the shipped data unpacks to lines sorted by first lowercase token, each with an 5- or 8-digit AGS', () => {
    const lines = unpackGazetteer(GAZETTEER_PACKED).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(11_000);
    for (const line of lines) expect(line).toMatch(/^[^|]+\|(\d{5}|\d{8})\|\d\d\|\d+(\|[^|]+)?$/);
    expect(sortByName(lines)).toEqual(lines);
    expect(lines).toContain('Nürnberg|09564000|61|5295');
  });
});
