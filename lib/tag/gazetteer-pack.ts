/**
 * The gazetteer's shipped encoding. The runtime index wants lines sorted by name, but AGS in
 * name order are noise to gzip; sorted by AGS they mostly differ by a little from the line
 * before. So the data ships in AGS order with each AGS written as "+<difference>" within a
 * Kreis, and is put back into name order once, when the tagger is first loaded.
 */
const SEPARATOR = /[\s()\-/.'’|]/;

/** The first lowercase token of a line's name, as `nameTokens` gives it (names start with a letter). */
function firstToken(line: string): string {
  const end = line.search(SEPARATOR);
  return (end < 0 ? line : line.slice(0, end)).toLowerCase();
}

/** Sorts "<name>|<ags>|…" lines as the index needs them: by first lowercase token, then line. */
export function sortByName(lines: string[]): string[] {
  const keyed = lines.map((line) => ({ key: firstToken(line), line }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.line < y.line ? -1 : 1));
  return keyed.map((k) => k.line);
}

/** Name-sorted lines → the shipped form (AGS order, AGS as differences within a Kreis). */
export function packGazetteer(data: string): string {
  const recs = data.split('\n').filter(Boolean).map((line) => line.split('|'));
  recs.sort((a, b) => (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : a.join('|') < b.join('|') ? -1 : 1));
  let prev = '';
  return recs
    .map((r) => {
      const ags = r[1]!;
      const delta = prev.length === ags.length && prev.slice(0, 5) === ags.slice(0, 5) && ags >= prev;
      const field = delta ? `+${Number(ags) - Number(prev)}` : ags;
      prev = ags;
      return [r[0], field, ...r.slice(2)].join('|');
    })
    .join('\n');
}

/** The shipped form → name-sorted lines, exactly as `packGazetteer` got them. */
export function unpackGazetteer(packed: string): string {
  let prev = '';
  const lines = packed.split('\n').map((line) => {
    const a = line.indexOf('|');
    const b = line.indexOf('|', a + 1);
    const field = line.slice(a + 1, b);
    const ags = field.charCodeAt(0) === 43 /* + */
      ? String(Number(prev) + Number(field.slice(1))).padStart(prev.length, '0')
      : field;
    prev = ags;
    return `${line.slice(0, a)}|${ags}${line.slice(b)}`;
  });
  return `${sortByName(lines).join('\n')}\n`;
}
