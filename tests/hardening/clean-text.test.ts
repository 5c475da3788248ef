/**
 * cleanText skips the ordinary stretches between the places where it has work; on text where
 * those places are dense, every search must still start where the last one left off: a
 * blow-up guard with a wide margin (not a speed target), and the same result as the plain loop.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextByScan } from '../../lib/normalize/text';

describe('cleanText on dense shapes', () => {
  it.each([
    ['double spaces, nothing unusual', 'a  '.repeat(300_000)],
    ['unusual characters, no double space', 'a\u200e'.repeat(300_000)],
    ['one unusual character at the end of long runs of double spaces', `${'ab  '.repeat(200_000)}\u0007`],
    ['both, alternating', 'a  b\nc\u0092'.repeat(150_000)],
  ])('%s: answered at once, as the loop answers', (_name, text) => {
    const start = performance.now();
    const out = cleanText(text);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(out).toBe(cleanTextByScan(text));
  });
});
