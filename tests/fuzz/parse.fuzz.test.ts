/**
 * Fuzzing the feed pipeline with fast-check: real German fixture feeds, mutated (bytes and
 * tags inserted, deleted, duplicated, random entities, truncation, re-encoded), then decoded,
 * parsed and normalised. Whatever comes in, the result keeps its types: strings are strings,
 * links are http(s) or '', errors are one "parse: " line, and no case takes seconds.
 *
 * `npm test` runs FUZZ_RUNS cases per property (default 300); `npm run fuzz` runs 10,000.
 * A failure prints fast-check's seed and path; replay with FUZZ_SEED=<seed>.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../lib/fetch';
import type { NormalizedItem, ParseResult } from '../../lib/model';
import { normalizeItems } from '../../lib/normalize';
import { parseFeed } from '../../lib/parse';
import { isHttpUrl } from '../../lib/fetch';
import { HOSTILE_FRAGMENTS, mutation, applyMutations, reencode, type Mutation } from './mutations';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Generous: a case normally takes a few milliseconds; seconds would mean a pathological path. */
const CASE_LIMIT_MS = 2_000;
/** The whole property gets time in proportion to its runs. */
const TEST_TIMEOUT = Math.max(60_000, RUNS * 40);

const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'feeds');
const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((f) => /\.(xml|rdf|html)$/.test(f))
  .map((f) => ({ name: f, text: readFileSync(join(FIXTURE_DIR, f), 'utf8') }));
const BASE = 'https://www.example-kommune.de/feed/';
const PARSE_CODES = new Set(['not-a-feed', 'malformed', 'rejected', 'empty']);
/** Bidi controls and C0 controls the normaliser must remove from titles and teasers. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/;

const httpOrEmpty = (s: unknown) => typeof s === 'string' && (s === '' || isHttpUrl(s));
const isStringArray = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === 'string');

/** Every way the result's types could break, as readable lines (empty when fine). */
function checkParseResult(r: ParseResult): string[] {
  const bad: string[] = [];
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') return ['result is not { ok }'];
  if (!r.ok) {
    if (typeof r.error !== 'string' || !r.error.startsWith('parse: ')) bad.push(`error text: ${String(r.error)}`);
    else if (/[\r\n]/.test(r.error)) bad.push('error spans lines');
    if (!PARSE_CODES.has(r.code)) bad.push(`code: ${String(r.code)}`);
    if (r.discovered !== undefined && !(isStringArray(r.discovered) && r.discovered.every(isHttpUrl))) bad.push('discovered');
    return bad;
  }
  const f = r.feed;
  if (!['rss2', 'rss1', 'atom'].includes(f.format)) bad.push(`format ${String(f.format)}`);
  if (typeof f.title !== 'string') bad.push('feed title');
  if (!httpOrEmpty(f.link)) bad.push(`feed link ${String(f.link)}`);
  if (typeof f.bozo !== 'boolean') bad.push('bozo');
  if (f.ttlMin !== undefined && !(Number.isFinite(f.ttlMin) && f.ttlMin > 0)) bad.push(`ttl ${String(f.ttlMin)}`);
  if (!Array.isArray(f.items)) return [...bad, 'items'];
  f.items.forEach((i, k) => {
    for (const field of ['guid', 'title', 'link', 'summary'] as const) {
      if (typeof i[field] !== 'string') bad.push(`item ${k} ${field}: ${typeof i[field]}`);
    }
    if (typeof i.guidIsPermaLink !== 'boolean') bad.push(`item ${k} guidIsPermaLink`);
    if (!httpOrEmpty(i.link)) bad.push(`item ${k} link ${String(i.link)}`);
    if (i.publishedAt !== null && !Number.isFinite(i.publishedAt)) bad.push(`item ${k} publishedAt ${String(i.publishedAt)}`);
    if (!isStringArray(i.categories)) bad.push(`item ${k} categories`);
  });
  return bad;
}

function checkNormalized(items: NormalizedItem[], sourceId: string, parsedCount: number): string[] {
  const bad: string[] = [];
  // One normalised item per parsed entry, repeats included: the store decides which to keep.
  if (items.length !== parsedCount) bad.push(`normalized ${items.length} items of ${parsedCount}`);
  items.forEach((i, k) => {
    for (const field of ['id', 'sourceId', 'key', 'guid', 'title', 'link', 'summary'] as const) {
      if (typeof i[field] !== 'string') bad.push(`normalized ${k} ${field}: ${typeof i[field]}`);
    }
    if (!httpOrEmpty(i.link)) bad.push(`normalized ${k} link ${String(i.link)}`);
    if (i.id !== `${sourceId}|${i.key}`) bad.push(`normalized ${k} id ${i.id}`);
    if (i.title === '') bad.push(`normalized ${k} empty title`);
    if (UNSAFE_TEXT.test(i.title) || UNSAFE_TEXT.test(i.summary)) bad.push(`normalized ${k} control or bidi character`);
    if (!isStringArray(i.categories)) bad.push(`normalized ${k} categories`);
    if (i.publishedAt !== null && !Number.isFinite(i.publishedAt)) bad.push(`normalized ${k} publishedAt`);
  });
  return bad;
}

/** Runs one case through decode → parse → normalise; returns the problems and the time taken. */
function runCase(bytes: Uint8Array, contentType: string | undefined): { problems: string[]; ms: number } {
  const t0 = performance.now();
  const problems: string[] = [];
  try {
    const { text } = decodeFeedBytes(bytes, contentType);
    if (typeof text !== 'string') problems.push('decoded text is not a string');
    const result = parseFeed(text, BASE);
    problems.push(...checkParseResult(result));
    if (result.ok && problems.length === 0) {
      problems.push(...checkNormalized(normalizeItems(result.feed.items, { sourceId: 'fuzz' }), 'fuzz', result.feed.items.length));
    }
  } catch (e) {
    problems.push(`threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
  return { problems, ms: performance.now() - t0 };
}

const utf8 = new TextEncoder();
const fixture = fc.constantFrom(...FIXTURES);
const mutations = fc.array(mutation(), { minLength: 1, maxLength: 8 });
const contentType = fc.option(
  fc.constantFrom('application/rss+xml', 'text/xml; charset=utf-8', 'text/xml; charset=ISO-8859-1',
    'application/atom+xml; charset=windows-1252', 'text/html; charset=utf-16', 'text/xml; charset=bogus'),
  { nil: undefined },
);

function assertCase(bytes: Uint8Array, ct: string | undefined, what: () => string): void {
  const { problems, ms } = runCase(bytes, ct);
  expect(problems, what()).toEqual([]);
  expect(ms, `${what()} took ${ms.toFixed(0)} ms`).toBeLessThan(CASE_LIMIT_MS);
}

describe('fuzzing decode → parse → normalise', () => {
  it(`mutated fixture feeds keep every field a string and every link http(s) (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fixture, mutations, contentType, (fx, ms: Mutation[], ct) => {
        const text = applyMutations(fx.text, ms);
        assertCase(utf8.encode(text), ct, () => `${fx.name} with ${JSON.stringify(ms).slice(0, 500)}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TEST_TIMEOUT);

  it(`re-encoded and byte-mangled fixtures decode and parse without breaking types (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fixture, reencode(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.option(fc.nat(), { nil: undefined }), contentType,
        (fx, enc, flips, cut, ct) => {
          const bytes = enc.encode(fx.text);
          for (const [pos, value] of flips) if (bytes.length > 0) bytes[pos % bytes.length] = value;
          const truncated = cut === undefined || bytes.length === 0 ? bytes : bytes.subarray(0, cut % bytes.length);
          assertCase(truncated, ct, () => `${fx.name} as ${enc.name}, flips ${JSON.stringify(flips)}, cut ${String(cut)}`);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, TEST_TIMEOUT);

  it(`feeds assembled from hostile fragments never yield a non-http(s) link or a control character (${RUNS} runs)`, () => {
    const fragment = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    );
    const body = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
    const shell = fc.constantFrom(
      (b: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>${b}</title><link>${b}</link><description>${b}</description></item></channel></rss>`,
      (b: string) => `<rss version="2.0"><channel><item>${b}</item><item><title>${b}</title><guid>${b}</guid></item></channel></rss>`,
      (b: string) => `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${b}"><entry><title type="html">${b}</title><link href="${b}"/><content type="xhtml">${b}</content></entry></feed>`,
      (b: string) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="${b}"><title>${b}</title><link>${b}</link></item></rdf:RDF>`,
      (b: string) => b,
    );
    fc.assert(
      fc.property(shell, body, (wrap, b) => {
        const text = wrap(b);
        assertCase(utf8.encode(text), undefined, () => JSON.stringify(text).slice(0, 600));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TEST_TIMEOUT);
});

describe('the fuzz checks themselves', () => {
  it('flag a javascript: link, a non-string title, a two-line error and a bidi override', () => {
    const item = { guid: 'g', guidIsPermaLink: false, title: 'T', link: 'https://a.de/', summary: '', publishedAt: null, categories: [] };
    const feed = { format: 'rss2' as const, title: 'F', link: '', bozo: false, items: [item] };
    expect(checkParseResult({ ok: true, feed })).toEqual([]);
    expect(checkParseResult({ ok: true, feed: { ...feed, items: [{ ...item, link: 'javascript:alert(1)' }] } })).toHaveLength(1);
    expect(checkParseResult({ ok: true, feed: { ...feed, items: [{ ...item, title: 5 as unknown as string }] } })).toHaveLength(1);
    expect(checkParseResult({ ok: false, code: 'malformed', error: 'parse: a\nb' })).toEqual(['error spans lines']);
    const n = { id: 's|k', sourceId: 's', key: 'k', guid: 'k', title: 'Neu\u202E', link: '', summary: '', categories: [], publishedAt: null };
    expect(checkNormalized([n], 's', 1)).toEqual(['normalized 0 control or bidi character']);
    expect(checkNormalized([], 's', 1)).toEqual(['normalized 0 items of 1']);
  });
});
