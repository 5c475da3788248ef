/**
 * Name helpers shared by the gazetteer build and the runtime index.
 */

/** The part before a qualifier: "Frankfurt am Main" → "Frankfurt", "Halle (Saale)" → "Halle". */
export function shortName(name: string): string {
  // A scan rather than a pattern: the earliest "(" or "/" after the first character, or the
  // earliest run of spaces after it followed by a qualifier word and a space.
  for (let i = 1; i < name.length; i++) {
    const c = name.charAt(i);
    if (c === '(' || c === '/') return name.slice(0, i).trim() || name;
    if (SPACE.test(c) && !SPACE.test(name.charAt(i - 1))) {
      let j = i;
      while (j < name.length && SPACE.test(name.charAt(j))) j++;
      if (QUALIFIERS.some((q) => name.startsWith(q, j) && SPACE.test(name.charAt(j + q.length)))) return name.slice(0, i).trim() || name;
    }
  }
  return name;
}

const SPACE = /\s/;
const QUALIFIERS = ['an der', 'an den', 'am', 'im', 'in der', 'in', 'bei', 'ob der', 'vor der', 'vor dem', 'rechts der', 'auf'];

/** Lowercase tokens of a name (names hold only letters, digits and " ()-/.'"). */
export function nameTokens(name: string): string[] {
  return name.toLowerCase().split(/[\s()\-/.'’]+/).filter(Boolean);
}

// "an der" is also written "a.d." and so on: both spellings are indexed.
const ABBREVIATED: [RegExp, string][] = [
  [/ an der /, ' a d '], [/ in der /, ' i d '], [/ am /, ' a '], [/ im /, ' i '], [/ bei /, ' b '],
];

/** Token lists of the abbreviated spellings of a name ("neustadt a d weinstraße"). */
export function abbreviatedTokens(toks: string[]): string[][] {
  if (toks.length < 3) return [];
  const joined = toks.join(' ');
  const out: string[][] = [];
  for (const [re, abbr] of ABBREVIATED) if (re.test(joined)) out.push(joined.replace(re, abbr).split(' '));
  return out;
}
