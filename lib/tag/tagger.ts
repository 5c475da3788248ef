/**
 * The tagger: Länder, places and themes of a news item from its title and teaser.
 */
import { LAND_CODES, type LandCode, type RegionCode, type Tags } from '../model';
import { GAZETTEER_VERSION, loadGazetteer } from './gazetteer';
import { compileKeywords, type KeywordPattern } from './keyword-engine';
import { findMentions, type Mention } from './mentions';
import { federalSignals } from './federal';
import { resolveMentions } from './resolve';
import { THEMES, parseKeywords } from './themes';
import { createTokens, tokenize } from './tokenize';

/** A user's keyword rule: when a keyword matches, the item gets `theme` (or the rule's id) as a tag. */
export interface KeywordRule {
  id: string;
  label: string;
  keywords: string[];
  theme?: string;
}

export interface TagInput {
  title: string;
  summary: string;
  /**
   * The Land a regional source implies (a LandCode): a prior used only when the text names no
   * region, and to break ties between places of the same name. Unknown codes are ignored.
   */
  sourceLand?: LandCode | (string & {});
}

export interface Tagger {
  tag(input: TagInput): Tags;
  /** TAG_VERSION plus the user rules. */
  readonly version: string;
}

/** Bump when the matching or scoring code changes in a way that changes tags. */
const RULES_VERSION = 'rules-1';
// Themes: a theme counts when it reaches MIN_SCORE and RATIO of the best theme's score.
const MIN_SCORE = 2;
const MIN_BEST = 1;
const RATIO = 0.35;
const MAX_THEMES = 3;
const TITLE_FACTOR = 1.5;

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Changes when the gazetteer, the theme data or the rules code change. */
export const TAG_VERSION = `${GAZETTEER_VERSION}+${RULES_VERSION}-${fnv(JSON.stringify(THEMES))}`;

/** Turns a user keyword into a pattern: word start, any ending; short words whole; "*" allows compounds. */
function userPattern(k: string): string {
  let t = k.trim().toLowerCase();
  const mid = t.startsWith('*');
  // eslint-disable-next-line regexp/no-super-linear-move -- a keyword the user typed, at most KEYWORD_MAX (100) characters (validated with the settings)
  t = t.replace(/^\*+|\*+$/g, '');
  if (!t) return '';
  const whole = t.length <= 3;
  return `${mid ? '' : '|'}${t}${whole ? '|' : ''}`;
}

/** Creates a tagger; compile once and reuse (the gazetteer is shared). */
export function createTagger(opts: { userRules?: KeywordRule[] } = {}): Tagger {
  const g = loadGazetteer();
  const rules = opts.userRules ?? [];
  const patterns: KeywordPattern[] = [];
  THEMES.forEach((th, slot) => {
    for (const k of parseKeywords(th.keywords)) patterns.push({ text: k.text, slot, weight: k.weight });
  });
  rules.forEach((r, i) => {
    for (const k of r.keywords) {
      const text = userPattern(k);
      if (text) patterns.push({ text, slot: THEMES.length + i, weight: 1 });
    }
  });
  const slots = THEMES.length + rules.length;
  const engine = compileKeywords(patterns, slots);
  const scores = new Float64Array(slots);
  const tokens = createTokens();
  const mentions: Mention[] = [];
  let item = 0;

  const themesOf = (title: string, summary: string): string[] => {
    scores.fill(0);
    item++;
    engine.scan(title, TITLE_FACTOR, item, scores);
    engine.scan(summary, 1, item, scores);
    let best = 0;
    for (let s = 0; s < THEMES.length; s++) if (scores[s]! > best) best = scores[s]!;
    const picked: [number, number][] = [];
    // The best theme counts from a weak hint on (every item should get one when there is any);
    // others need MIN_SCORE and RATIO of the best.
    for (let s = 0; s < THEMES.length; s++) {
      const v = scores[s]!;
      if ((v === best && v >= MIN_BEST) || (v >= MIN_SCORE && v >= RATIO * best)) picked.push([s, v]);
    }
    picked.sort((a, b) => b[1] - a[1]);
    const out = picked.slice(0, MAX_THEMES).map(([s]) => THEMES[s]!.id);
    rules.forEach((r, i) => {
      const tag = r.theme || r.id;
      if (scores[THEMES.length + i]! > 0 && !out.includes(tag)) out.push(tag);
    });
    return out;
  };

  return {
    version: rules.length ? `${TAG_VERSION}+u${fnv(JSON.stringify(rules))}` : TAG_VERSION,
    tag({ title, summary, sourceLand: rawLand }) {
      const sourceLand = (LAND_CODES as readonly string[]).includes(rawLand ?? '') ? (rawLand as LandCode) : undefined;
      const t = tokenize(tokens, title ?? '', summary ?? '');
      const r = resolveMentions(findMentions(t, g, mentions), sourceLand);
      const fed = federalSignals(t);
      const located = r.lands.length > 0 || r.places.length > 0;
      const federal =
        fed.kicker ||
        (fed.title && !r.titleHasLocation) ||
        (fed.headline && fed.teaser > 0) ||
        (!located && (fed.teaser > 0 || fed.weak > 0));
      const regions: RegionCode[] = [];
      for (const l of r.lands) if (!regions.includes(l)) regions.push(l);
      for (const l of r.placeLands) if (!regions.includes(l)) regions.push(l);
      const places = r.places;
      // A venue is not a place of the item; when nothing else locates it, its Land still does.
      if (!federal && regions.length === 0) for (const p of r.venues) if (!regions.includes(p.land)) regions.push(p.land);
      if (federal) regions.push('DE');
      if (regions.length === 0 && sourceLand) regions.push(sourceLand);
      return { regions, places, themes: themesOf(title ?? '', summary ?? '') };
    },
  };
}
