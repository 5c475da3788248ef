/**
 * Themes of an item: scores the theme stems in title and teaser, decides the words whose
 * theme depends on their sense ("Migration" of e-mail systems or of people, a "Netzwerk" of
 * people or of switches), picks one to three themes, and keeps the words that produced each.
 */
import { compileKeywords, type KeywordEngine, type KeywordPattern } from './keyword-engine';
import { SENSES, THEMES, parseKeywords } from './themes';
import { addEvidence, wordAround } from './evidence';

/** A user's keyword rule: when a keyword matches, the item gets `theme` (or the rule's id) as a tag. */
export interface KeywordRule {
  id: string;
  label: string;
  keywords: string[];
  theme?: string;
}

export interface ThemeResult {
  themes: string[];
  /** The words that produced each theme, as written. */
  evidence: Record<string, string[]>;
}

// A theme counts when it reaches MIN_SCORE and RATIO of the best theme's score.
const MIN_SCORE = 2;
const MIN_BEST = 1;
const RATIO = 0.35;
const MAX_THEMES = 3;
const TITLE_FACTOR = 1.5;
const MAX_WORDS = 4;

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

export function createThemeScorer(rules: KeywordRule[]): (title: string, summary: string) => ThemeResult {
  const T = THEMES.length;
  const themeSlot = new Map(THEMES.map((t, i) => [t.id, i]));
  const patterns: KeywordPattern[] = [];
  // Cue words only decide senses: a second matcher, run only when a sense word occurs.
  const cuePatterns: KeywordPattern[] = [];
  THEMES.forEach((th, slot) => {
    for (const k of parseKeywords(th.keywords)) patterns.push({ text: k.text, slot, weight: k.weight });
  });
  // Slots after the themes: one per sense word, then one per sense option's cues, then the user rules.
  let next = T;
  const senses = SENSES.map((sd) => {
    const slot = next++;
    for (const k of parseKeywords(sd.keywords)) patterns.push({ text: k.text, slot, weight: k.weight });
    const options = sd.options.map((o) => {
      const cue = next++;
      for (const k of parseKeywords(o.cues)) cuePatterns.push({ text: k.text, slot: cue, weight: k.weight });
      const target = themeSlot.get(o.theme);
      if (target === undefined) throw new Error(`sense ${sd.id}: unknown theme ${o.theme}`);
      return { target, cue, themes: (o.themes ?? []).map((id) => themeSlot.get(id)!) };
    });
    return { slot, options };
  });
  const ruleBase = next;
  rules.forEach((r, i) => {
    for (const k of r.keywords) {
      const text = userPattern(k);
      if (text) patterns.push({ text, slot: ruleBase + i, weight: 1 });
    }
  });
  const slots = ruleBase + rules.length;
  const engine = compileKeywords(patterns, slots);
  // Compiled on first use: most items have no sense word, and the worker's start stays short.
  let cueEngine: KeywordEngine | undefined;
  const scores = new Float64Array(slots);
  // Evidence: the matches of this item (slot, field, span), turned into words only for the
  // themes that are picked.
  let hitSlot = new Int32Array(64);
  let hitStart = new Int32Array(64);
  let hitEnd = new Int32Array(64);
  let hitInTitle = new Uint8Array(64);
  let hits = 0;
  let item = 0;
  let inTitle = 1;
  const hit = (slot: number, start: number, end: number, weight: number) => {
    // Hints below 1 ("Kommunen", "IT") decide nothing alone: they are not shown as reasons.
    if (weight < 1 && slot < ruleBase) return;
    if (hits === hitSlot.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      hitSlot = grow(hitSlot, (n) => new Int32Array(n));
      hitStart = grow(hitStart, (n) => new Int32Array(n));
      hitEnd = grow(hitEnd, (n) => new Int32Array(n));
      hitInTitle = grow(hitInTitle, (n) => new Uint8Array(n));
    }
    hitSlot[hits] = slot;
    hitStart[hits] = start;
    hitEnd[hits] = end;
    hitInTitle[hits] = inTitle;
    hits++;
  };
  // Where a sense word's score went, per sense slot (-1: nowhere).
  const senseTarget = new Int32Array(slots).fill(-1);

  return (title, summary) => {
    scores.fill(0);
    hits = 0;
    item++;
    inTitle = 1;
    engine.scan(title, TITLE_FACTOR, item, scores, hit);
    inTitle = 0;
    engine.scan(summary, 1, item, scores, hit);
    // Senses: the option whose cues (and listed themes) weigh most takes the word's score.
    let anySense = false;
    for (const s of senses) if (scores[s.slot]! > 0) anySense = true;
    if (anySense) {
      cueEngine ??= compileKeywords(cuePatterns, slots);
      cueEngine.scan(title, TITLE_FACTOR, item, scores);
      cueEngine.scan(summary, 1, item, scores);
    }
    for (const s of senses) {
      const v = scores[s.slot]!;
      senseTarget[s.slot] = -1;
      if (v <= 0) continue;
      let best = s.options[0]!;
      let bestCue = -1;
      for (const o of s.options) {
        let cue = scores[o.cue]!;
        for (const th of o.themes) cue += scores[th]!;
        if (cue > bestCue) {
          bestCue = cue;
          best = o;
        }
      }
      scores[best.target] = scores[best.target]! + v;
      senseTarget[s.slot] = best.target;
    }
    const wordsOf = (slot: number): string[] => {
      const out: string[] = [];
      for (let h = 0; h < hits && out.length < MAX_WORDS; h++) {
        const hs = hitSlot[h]!;
        if (hs === slot || (hs >= T && hs < ruleBase && senseTarget[hs] === slot)) {
          addEvidence(out, wordAround(hitInTitle[h] ? title : summary, hitStart[h]!, hitEnd[h]!));
        }
      }
      return out;
    };
    let best = 0;
    for (let s = 0; s < T; s++) if (scores[s]! > best) best = scores[s]!;
    const picked: [number, number][] = [];
    // The best theme counts from a weak hint on (every item should get one when there is any);
    // others need MIN_SCORE and RATIO of the best.
    for (let s = 0; s < T; s++) {
      const v = scores[s]!;
      if ((v === best && v >= MIN_BEST) || (v >= MIN_SCORE && v >= RATIO * best)) picked.push([s, v]);
    }
    picked.sort((a, b) => b[1] - a[1]);
    const themes: string[] = [];
    const evidence: Record<string, string[]> = {};
    for (const [s] of picked.slice(0, MAX_THEMES)) {
      const id = THEMES[s]!.id;
      themes.push(id);
      evidence[id] = wordsOf(s);
    }
    rules.forEach((r, i) => {
      const tag = r.theme || r.id;
      if (scores[ruleBase + i]! > 0 && !themes.includes(tag)) {
        themes.push(tag);
        evidence[tag] = wordsOf(ruleBase + i);
      }
    });
    return { themes, evidence };
  };
}
