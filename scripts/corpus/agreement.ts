/**
 * Parse fidelity against public corpora, kept apart from the project (nothing here is read by
 * `npm test`, and no corpus file is copied into the repository):
 *
 *   npx tsx scripts/corpus/agreement.ts --feedparser DIR --w3c DIR [--python PATH] [--all]
 *
 * --feedparser  Python feedparser's test corpus (the folder holding `wellformed/`, or that folder;
 *               `encoding/` and `illformed/` beside it are compared too, for information)
 * --w3c         the W3C feed validator's test cases (the folder holding `testcases/`, or that folder)
 * --python      a Python 3 with feedparser installed (default: the first of python3,
 *               /usr/bin/python3 that imports it)
 * --all         list every failing file (default: up to 12 per cause)
 *
 * (a) Agreement with feedparser, per well-formed file: the same number of entries and, entry by
 *     entry, the same title and link. Every file is read as if served from
 *     http://127.0.0.1:8097/<path> (as feedparser's own tests serve it), on both sides, through
 *     the code path of `kommunalradar parse URL`: charset decoding, parseFeed, normalizeItems.
 *     Titles: whitespace collapsed on both sides; feedparser's HTML titles compared as text;
 *     where feedparser has no title (or an empty one), any display title of ours counts; a title
 *     of ours cut at 300 characters with "…" agrees with a longer one it begins. Links:
 *     feedparser's link resolved against the file's address and put through our own link
 *     normalisation (URL parser, tracking parameters removed), so that both sides are compared in
 *     one form; a link that is not http(s) must come out as null on our side (we drop
 *     javascript:, mailto: … on purpose). The first figure counts every difference; the second
 *     counts the deliberate ones (marked `deliberate:`) as agreement: such links, an id or guid
 *     that is not an absolute URL made a link (E05), links resolved against a Content-Location
 *     header instead of the address fetched, CDF documents. Files feedparser itself fails on
 *     are not counted.
 * (b) The W3C share: test cases whose expectation names no error (every term `!X`, a `Valid…`
 *     success, or a message the validator classes as a warning or information), whose root is a
 *     feed's (RSS 0.9x/2.0 under any prefix, RDF for RSS 0.90/1.0, RSS 1.1's Channel, Atom 1.0 and
 *     0.3), and that Python's XML parser reads. Each is accepted when `parse` reads it as a feed
 *     with as many items as the document holds by its format's rules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFeedBytes } from '../../lib/fetch';
import { normalizeItems } from '../../lib/normalize';
import { linkForms } from '../../lib/normalize/link';
import { parseFeed } from '../../lib/parse';
import { rootName } from '../../lib/parse/root';
import { NO_ERROR } from './validator-messages';

const here = dirname(fileURLToPath(import.meta.url));
const HELPER = join(here, 'feedparser_dump.py');
const ORIGIN = 'http://127.0.0.1:8097/';

interface Options { feedparser?: string; w3c?: string; python?: string; all: boolean }

function readOptions(argv: string[]): Options {
  const options: Options = { all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--all') options.all = true;
    else if (a === '--feedparser' || a === '--w3c' || a === '--python') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      options[a.slice(2) as 'feedparser' | 'w3c' | 'python'] = value;
    } else throw new Error(`unknown argument ${a}`);
  }
  if (options.feedparser === undefined && options.w3c === undefined) {
    throw new Error('usage: agreement.ts --feedparser DIR --w3c DIR [--python PATH] [--all]');
  }
  return options;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function findPython(given: string | undefined): string {
  const candidates = given !== undefined ? [given] : ['python3', '/usr/bin/python3'];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import feedparser'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  throw new Error(`no Python with feedparser among ${candidates.join(', ')} (--python PATH)`);
}

function runHelper(python: string, mode: string, request: unknown): Map<string, Record<string, unknown>> {
  const run = spawnSync(python, [HELPER, mode], {
    input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`${HELPER} ${mode} failed: ${run.stderr}`);
  const byFile = new Map<string, Record<string, unknown>>();
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    byFile.set(record.file as string, record);
  }
  return byFile;
}

/** The headers a feedparser test names in its comment (`Header: Content-type: …`). */
function testHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const head = text.slice(0, 2000);
  for (const line of head.split('\n')) {
    const at = line.indexOf('Header:');
    if (at < 0) continue;
    const rest = line.slice(at + 'Header:'.length).trim();
    const colon = rest.indexOf(':');
    if (colon > 0) headers[rest.slice(0, colon).trim()] = rest.slice(colon + 1).trim();
  }
  return headers;
}

function charsetOf(headers: Record<string, string>): string | undefined {
  const type = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const at = type.toLowerCase().indexOf('charset=');
  return at < 0 ? undefined : type.slice(at + 'charset='.length).split(';')[0]!.trim().replace(/"/g, '');
}

interface Ours { ok: boolean; error?: string; items: { title: string; link: string | null; guid: string }[] }

/** What `kommunalradar parse URL` prints for these bytes served from `url` (items only). */
function parseOurs(bytes: Uint8Array, url: string, charset: string | undefined): Ours {
  const { text } = decodeFeedBytes(bytes, charset);
  const result = parseFeed(text, url);
  if (!result.ok) return { ok: false, error: `${result.code}: ${result.error}`, items: [] };
  const items = normalizeItems(result.feed.items, { sourceId: 'cli' });
  return { ok: true, items: items.map((i) => ({ title: i.title, link: i.link === '' ? null : i.link, guid: i.guid })) };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function titleAgrees(ours: string, entry: Record<string, unknown>): boolean {
  const theirs = typeof entry.titleText === 'string' ? squash(entry.titleText) : '';
  if (theirs === '') return true;
  const mine = squash(ours);
  if (mine === theirs) return true;
  return mine.endsWith('…') && theirs.startsWith(mine.slice(0, -1).trimEnd());
}

/** feedparser's link in our form: resolved, http(s) only, normalised; null when none or not http(s). */
function theirLink(link: unknown, base: string): { link: string | null; foreign: boolean } {
  if (typeof link !== 'string' || link.trim() === '') return { link: null, foreign: false };
  let resolved: string;
  try {
    resolved = (base === '' ? new URL(link.trim()) : new URL(link.trim(), base)).href;
  } catch {
    return { link: null, foreign: true };
  }
  const normal = linkForms(resolved).link;
  return normal === '' ? { link: null, foreign: true } : { link: normal, foreign: false };
}

type Failures = Map<string, string[]>;

function fail(failures: Failures, cause: string, line: string): void {
  const list = failures.get(cause);
  if (list === undefined) failures.set(cause, [line]);
  else list.push(line);
}

function printFailures(failures: Failures, all: boolean): void {
  const causes = [...failures.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [cause, lines] of causes) {
    console.log(`  ${cause}: ${lines.length}`);
    for (const line of all ? lines : lines.slice(0, 12)) console.log(`    ${line}`);
    if (!all && lines.length > 12) console.log(`    … ${lines.length - 12} more (--all)`);
  }
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;

interface Job { file: string; bytes: Buffer; headers: Record<string, string>; url: string }
interface Verdict { cause: string; detail: string; deliberate: boolean }

/** undefined when the file agrees, else why not. */
function compareFile(job: Job, fp: Record<string, unknown>): Verdict | undefined {
  const entries = fp.entries as Record<string, unknown>[];
  const ours = parseOurs(job.bytes, job.url, charsetOf(job.headers));
  if (!ours.ok) {
    if (entries.length === 0 && fp.version === '') return undefined;
    if (rootName(job.bytes.toString('latin1')) === 'CHANNEL') {
      return { cause: 'deliberate: CDF (Microsoft\'s Channel Definition Format of 1997) is no format we read, nor do Miniflux or NetNewsWire', detail: '', deliberate: true };
    }
    return { cause: `rejected (feedparser: ${fp.version || 'no version'})`, detail: ours.error ?? '', deliberate: false };
  }
  if (ours.items.length !== entries.length) {
    return { cause: 'entry count', detail: `ours ${ours.items.length}, feedparser ${entries.length} (${fp.version})`, deliberate: false };
  }
  let foreign = false;
  const contentLocation = Object.keys(job.headers).some((k) => k.toLowerCase() === 'content-location');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const mine = ours.items[i]!;
    if (!titleAgrees(mine.title, entry)) {
      const html = String(entry.titleType).includes('html') ? ' (feedparser: HTML)' : '';
      return { cause: `title${html}`, detail: `ours ${JSON.stringify(mine.title)}, feedparser ${JSON.stringify(entry.titleText)}`, deliberate: false };
    }
    const theirs = theirLink(entry.link, job.url);
    if (theirs.foreign) foreign = true;
    if (theirs.link === mine.link) continue;
    const detail = `ours ${mine.link}, feedparser ${JSON.stringify(entry.link)}`;
    if (contentLocation) {
      return { cause: 'deliberate: links resolve against the address fetched, not a Content-Location header', detail, deliberate: true };
    }
    // feedparser resolves the id itself and then takes it for the link.
    if (mine.link === null && mine.guid !== '' && theirLink(mine.guid, '').link === null && theirLink(mine.guid, job.url).link === theirs.link) {
      return { cause: 'deliberate: an id or guid that is not an absolute URL is never made a link (E05)', detail, deliberate: true };
    }
    const cause = theirs.link === null ? 'link: ours has one, feedparser none' : mine.link === null ? 'link: feedparser has one, ours none' : 'link: different';
    return { cause, detail, deliberate: false };
  }
  if (foreign) return { cause: 'deliberate: a link that is not http(s) is dropped (null)', detail: '', deliberate: true };
  return undefined;
}

function measureFeedparser(root: string, title: string, python: string, all: boolean): void {
  const top = dirname(dirname(root));
  const files = filesUnder(root).filter((f) => /\.(xml|rss|rdf|atom)$/i.test(f));
  const jobs: Job[] = files.map((file) => {
    const bytes = readFileSync(file);
    const headers = testHeaders(bytes.toString('latin1'));
    return { file, bytes, headers, url: ORIGIN + relative(top, file).split('\\').join('/') };
  });
  const reference = runHelper(python, 'feedparser', jobs.map((j) => [j.file, j.url, j.headers]));
  const failures: Failures = new Map();
  let agree = 0;
  let deliberate = 0;
  let unread = 0;
  for (const job of jobs) {
    const name = relative(root, job.file);
    const fp = reference.get(job.file);
    if (fp === undefined || typeof fp.error === 'string') {
      unread++;
      fail(failures, 'not counted: feedparser itself fails on it', `${name} ${String(fp?.error ?? '')}`);
      continue;
    }
    const verdict = compareFile(job, fp);
    if (verdict === undefined) agree++;
    else {
      if (verdict.deliberate) deliberate++;
      fail(failures, verdict.cause, `${name}${verdict.detail ? `: ${verdict.detail}` : ''}`.slice(0, 240));
    }
  }
  const total = jobs.length - unread;
  console.log(`\n${title}: ${agree} of ${total} files, ${pct(agree, total)}`);
  console.log(`    counting the deliberate differences (marked below) as agreement: ${agree + deliberate} of ${total}, ${pct(agree + deliberate, total)}`);
  printFailures(failures, all);
}

const FEED_ROOTS = [
  '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF', '{http://purl.org/net/rss1.1#}Channel',
  '{http://www.w3.org/2005/Atom}feed', '{http://purl.org/atom/ns#}feed',
];

const FORMAT_NAMES: ReadonlyMap<string, string> = new Map([
  [FEED_ROOTS[0]!, 'RSS 0.90/1.0'], [FEED_ROOTS[1]!, 'RSS 1.1'], [FEED_ROOTS[2]!, 'Atom 1.0'], [FEED_ROOTS[3]!, 'Atom 0.3'],
]);

/** The terms of a test case's `Expect:` line, e.g. ['!Error'] or ['ValidURI', 'NonCanonicalURI']. */
function expectation(text: string): string[] | undefined {
  const at = text.indexOf('Expect:');
  if (at < 0) return undefined;
  const end = text.indexOf('\n', at);
  const line = text.slice(at + 'Expect:'.length, end < 0 ? undefined : end).replace('-->', '');
  const terms: string[] = [];
  let depth = 0;
  let term = '';
  for (const c of line) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      terms.push(term.trim());
      term = '';
    } else if (depth === 0) term += c;
  }
  terms.push(term.trim());
  return terms.filter((t) => t !== '');
}

/** Valid: no term expects an error (see the header). */
function expectsNoError(terms: string[]): boolean {
  return terms.length > 0 && terms.every((t) => t.startsWith('!') || NO_ERROR.has(t));
}

function measureW3c(dir: string, python: string, all: boolean): void {
  const root = existsSync(join(dir, 'testcases')) ? join(dir, 'testcases') : dir;
  const candidates: string[] = [];
  let invalid = 0;
  for (const file of filesUnder(root).filter((f) => f.endsWith('.xml'))) {
    const terms = expectation(readFileSync(file, 'latin1').slice(0, 4000));
    if (terms === undefined) continue;
    if (expectsNoError(terms)) candidates.push(file);
    else invalid++;
  }
  const roots = runHelper(python, 'roots', candidates);
  const failures: Failures = new Map();
  let feeds = 0;
  let accepted = 0;
  let unreadable = 0;
  let other = 0;
  const byKind = new Map<string, [number, number]>();
  for (const file of candidates) {
    const ref = roots.get(file);
    const name = relative(root, file);
    if (ref === undefined || typeof ref.error === 'string') {
      unreadable++;
      const ours = parseOurs(readFileSync(file), ORIGIN + relative(dirname(root), file), undefined);
      const outcome = ours.ok ? `ours: ${ours.items.length} items` : `ours: ${ours.error}`;
      fail(failures, 'not counted: Python\'s XML parser cannot read it', `${name}: ${String(ref?.error ?? '')}; ${outcome}`.slice(0, 240));
      continue;
    }
    const tag = ref.root as string;
    if (!(tag === 'rss' || tag.endsWith('}rss') || FEED_ROOTS.includes(tag)) || typeof ref.count !== 'number') {
      other++;
      continue;
    }
    feeds++;
    const ours = parseOurs(readFileSync(file), ORIGIN + relative(dirname(root), file), undefined);
    const kind = FORMAT_NAMES.get(tag) ?? 'RSS 0.9x/2.0';
    const tally = byKind.get(kind) ?? [0, 0];
    byKind.set(kind, tally);
    tally[1]++;
    if (!ours.ok) fail(failures, `rejected (${kind})`, `${name}: ${ours.error}`.slice(0, 240));
    else if (ours.items.length !== ref.count) fail(failures, `item count (${kind})`, `${name}: ours ${ours.items.length}, document ${ref.count}`);
    else {
      accepted++;
      tally[0]++;
    }
  }
  console.log(`\n(b) W3C valid feeds accepted with the right item count: ${accepted} of ${feeds}, ${pct(accepted, feeds)}`);
  console.log(`    ${[...byKind].map(([kind, [ok, all]]) => `${kind} ${ok} of ${all}`).join(', ')}`);
  console.log(`    (${candidates.length} test cases expect no error, ${invalid} expect one; of the former ${other} are other documents (entries, OPML, KML, OpenSearch, service documents), ${unreadable} not readable by Python's XML parser)`);
  printFailures(failures, all);
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const python = findPython(options.python);
  const fp = options.feedparser;
  if (fp !== undefined) {
    const wellformed = existsSync(join(fp, 'wellformed'));
    measureFeedparser(wellformed ? join(fp, 'wellformed') : fp, '(a) agreement with feedparser on its well-formed corpus', python, options.all);
    // Not part of the measure, for information: the same comparison on the other folders.
    for (const other of wellformed ? ['encoding', 'illformed'] : []) {
      if (existsSync(join(fp, other))) measureFeedparser(join(fp, other), `    for information, the same on ${other}/`, python, options.all);
    }
  }
  if (options.w3c !== undefined) measureW3c(options.w3c, python, options.all);
}

main();
