/**
 * Multi-pattern keyword matcher (Aho–Corasick compiled to a dense DFA) for theme stems and
 * user rules: one pass over the lowercase text finds every stem, also inside compounds
 * ("Informationssicherheits-", "Bürgerämter").
 *
 * Pattern syntax: lowercase text; a leading "|" requires a word start, a trailing "|" a word
 * end ("|ki|" matches "KI" and "KI-Assistent" but not "Kita"). Hyphens between letters are
 * dropped from the text and count as word boundaries, so "onlinedienst" matches
 * "Online-Dienste" and "|ki|" still matches "KI-gestützt".
 */

export interface KeywordPattern {
  /** Pattern text (see module comment). */
  text: string;
  /** Which score slot the pattern feeds (a theme or a user rule). */
  slot: number;
  weight: number;
}

interface Compiled {
  text: string;
  len: number;
  start: boolean;
  end: boolean;
  slot: number;
  weight: number;
}

/** A counted match: its slot and its span in the scanned text. */
export type Hit = (slot: number, start: number, end: number, weight: number) => void;

export interface KeywordEngine {
  readonly slots: number;
  /**
   * Adds the weight of every pattern found in `text` (times `factor`) to `scores`; a pattern
   * counts once per item (its best factor) as long as `item` stays the same. `hit`, when given,
   * hears every match that counts: its slot, where it stands in `text` (start, end exclusive)
   * and the weight it added.
   */
  scan(text: string, factor: number, item: number, scores: Float64Array, hit?: Hit): void;
}

const LOWER = new Uint16Array(592);
for (let c = 0; c < 592; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
const VETO = -1e9;
const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 223 && c <= 591 && c !== 247) || (c > 591 && /\p{L}/u.test(String.fromCharCode(c)));

/** Compiles the patterns; call once per rule set. */
export function compileKeywords(patterns: KeywordPattern[], slots: number): KeywordEngine {
  const pats: Compiled[] = [];
  for (const p of patterns) {
    let t = p.text.toLowerCase().trim();
    const start = t.startsWith('|');
    const end = t.endsWith('|') && t.length > 1;
    t = t.replace(/^\|/, '').replace(/\|$/, '').replace(/(\p{L})-(?=\p{L})/gu, '$1').replace(/\s+/g, ' ');
    if (t) pats.push({ text: t, len: t.length, start, end, slot: p.slot, weight: p.weight });
  }
  // Alphabet: every code unit the patterns use; everything else maps to 0.
  const alpha = new Map<number, number>();
  for (const p of pats) for (let i = 0; i < p.len; i++) if (!alpha.has(p.text.charCodeAt(i))) alpha.set(p.text.charCodeAt(i), alpha.size + 1);
  const A = alpha.size + 1;
  const codeIndex = new Uint8Array(592);
  for (const [c, i] of alpha) if (c < 592) codeIndex[c] = i;
  const idx = (c: number) => (c < 592 ? codeIndex[c]! : alpha.get(c) ?? 0);

  // Trie, built straight into the transition table (-1: no edge yet); at most one state per
  // pattern character plus the root.
  let maxStates = 1;
  for (const p of pats) maxStates += p.len;
  let delta = new Int32Array(maxStates * A).fill(-1);
  const outs: number[][] = [[]];
  let S = 1;
  pats.forEach((p, pi) => {
    let s = 0;
    for (let i = 0; i < p.len; i++) {
      const a = idx(p.text.charCodeAt(i));
      if (delta[s * A + a]! < 0) {
        delta[s * A + a] = S++;
        outs.push([]);
      }
      s = delta[s * A + a]!;
    }
    outs[s]!.push(pi);
  });
  delta = delta.slice(0, S * A);
  // Failure links (BFS) folded into the table: a missing edge takes the failure state's.
  const fail = new Int32Array(S);
  const queue = new Int32Array(S);
  let qn = 0;
  for (let a = 0; a < A; a++) {
    const t = delta[a]!;
    if (t > 0) queue[qn++] = t;
    else delta[a] = 0;
  }
  const NONE: number[] = [];
  for (let qi = 0; qi < qn; qi++) {
    const s = queue[qi]!;
    const inherited = outs[fail[s]!]!;
    if (inherited.length) outs[s] = outs[s]!.length ? outs[s]!.concat(inherited) : inherited;
    else if (!outs[s]!.length) outs[s] = NONE;
    const base = s * A;
    const fbase = fail[s]! * A;
    for (let a = 0; a < A; a++) {
      const t = delta[base + a]!;
      if (t < 0) delta[base + a] = delta[fbase + a]!;
      else {
        fail[t] = delta[fbase + a]!;
        queue[qn++] = t;
      }
    }
  }
  const EMPTY = new Int32Array(0);
  const out = outs.map((o) => (o.length ? Int32Array.from(o) : EMPTY));
  const stamp = new Int32Array(pats.length).fill(-1);
  const best = new Float64Array(pats.length);
  // Per slot, the span and weight of the last counted match: stems overlapping in one word
  // ("schule", "|schul", "schulen" in "Schulen") count once, with the best weight.
  const spanStamp = new Int32Array(slots).fill(-1);
  const spanEnd = new Int32Array(slots);
  const spanWeight = new Float64Array(slots);
  const spanPat = new Int32Array(slots);
  let call = 0;
  let norm = new Uint16Array(1024);
  let soft = new Uint8Array(1024);
  // Position in the original text of each normalised code unit (for the evidence of a match).
  let orig = new Uint32Array(1024);

  return {
    slots,
    scan(text, factor, item, scores, hit) {
      call++;
      if (norm.length < text.length + 1) {
        norm = new Uint16Array(text.length * 2);
        soft = new Uint8Array(text.length * 2);
        orig = new Uint32Array(text.length * 2);
      }
      // Normalise: lowercase, collapse whitespace, drop hyphens inside words (remembered in `soft`).
      let n = 0;
      let pendingSoft = 0;
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c < 592) c = LOWER[c]!;
        if (c === 45 && n > 0 && isWordCode(norm[n - 1]!) && i + 1 < text.length && isWordCode(LOWER[text.charCodeAt(i + 1)] ?? 0)) {
          pendingSoft = 1;
          continue;
        }
        if (c === 9 || c === 10 || c === 13 || c === 160) c = 32;
        if (c === 32 && n > 0 && norm[n - 1] === 32) continue;
        norm[n] = c;
        orig[n] = i;
        soft[n] = pendingSoft;
        pendingSoft = 0;
        n++;
      }
      const boundaryBefore = (k: number) => k === 0 || k >= n || soft[k] === 1 || !isWordCode(norm[k - 1]!);
      let s = 0;
      for (let i = 0; i < n; i++) {
        s = delta[s * A + idx(norm[i]!)]!;
        const o = out[s]!;
        for (let k = 0; k < o.length; k++) {
          const pi = o[k]!;
          const p = pats[pi]!;
          if (p.start && !boundaryBefore(i - p.len + 1)) continue;
          if (p.end && !(i + 1 >= n || soft[i + 1] === 1 || !isWordCode(norm[i + 1]!))) continue;
          let w = p.weight * factor;
          const start = i - p.len + 1;
          const slot = p.slot;
          if (spanStamp[slot] === call && start <= spanEnd[slot]!) {
            // Overlaps the last match of this slot: only the better weight counts, and a
            // negative pattern ("schulung" against "|schul", "kandidaten" against "daten|")
            // cancels what the word had given and vetoes the rest of it.
            const prev = spanWeight[slot]!;
            spanEnd[slot] = i;
            if (prev === VETO) continue;
            if (w < 0) {
              if (prev > 0) {
                scores[slot] = scores[slot]! - prev;
                best[spanPat[slot]!] = best[spanPat[slot]!]! - prev;
              }
              spanWeight[slot] = VETO;
              continue;
            }
            if (w <= prev) continue;
            spanWeight[slot] = w;
            spanPat[slot] = pi;
            w -= prev;
          } else {
            spanStamp[slot] = call;
            spanEnd[slot] = i;
            spanWeight[slot] = w < 0 ? VETO : w;
            spanPat[slot] = pi;
          }
          if (stamp[pi] !== item) {
            stamp[pi] = item;
            best[pi] = w;
            scores[slot] = scores[slot]! + w;
            if (hit && w > 0) hit(slot, orig[start]!, orig[i]! + 1, w);
          } else if (w > best[pi]!) {
            scores[slot] = scores[slot]! + w - best[pi]!;
            best[pi] = w;
            if (hit) hit(slot, orig[start]!, orig[i]! + 1, w);
          }
        }
      }
    },
  };
}
