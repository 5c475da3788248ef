/**
 * Adversarial shapes (tests/fuzz/shapes.ts) at random sizes, mixed and wrapped in the places of
 * a document that different scans read, through every entry point: parse, discover, normalise,
 * dates, salvage, tag. None may throw, and none may take seconds. `npm test` runs FUZZ_RUNS
 * cases (default 300) of up to 64 KiB; `npm run fuzz` runs 10,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../lib/parse/dates';
import { normalizeItems } from '../../lib/normalize';
import { discoverFeeds, parseFeed } from '../../lib/parse';
import { salvageItems } from '../../lib/parse/salvage';
import { createTagger } from '../../lib/tag/builtin';
import { repeatShape, shapeCase } from './shapes';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const CASE_LIMIT_MS = 2_000;
const BASE = 'https://www.example-kommune.de/feed/';
const tagger = createTagger();

describe('fuzzing adversarial shapes', () => {
  it(`repeated openers, quotes, references and words answer at once in every entry point (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(shapeCase(64 * 1024), ({ shape, bytes, shell, mix }) => {
        let text = repeatShape(shape, bytes);
        if (mix) text = [...text.slice(0, 4096)].join(mix.unit) + text.slice(4096);
        const doc = shell.wrap(text);
        const start = performance.now();
        const parsed = parseFeed(doc, BASE);
        expect(typeof parsed.ok).toBe('boolean');
        discoverFeeds(doc, BASE);
        normalizeItems([{ guid: text, guidIsPermaLink: true, title: text, link: text, summary: text, publishedAt: null, categories: [text] }], { sourceId: 'f' });
        parseDate(text);
        salvageItems(doc, 'item');
        tagger.tag({ title: text, summary: text });
        const ms = performance.now() - start;
        expect(ms, `${shape.name} × ${bytes} in ${shell.name}${mix ? ` mixed with ${mix.name}` : ''}`).toBeLessThan(CASE_LIMIT_MS);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, Math.max(120_000, RUNS * 100));
});
