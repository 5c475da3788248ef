/**
 * `kommunalradar aggregate`: polls every source, keeps the items of the last N days in
 * DIR/.state/, and publishes RSS/Atom/JSON feeds, per-Land and per-theme feeds, index.html
 * and feeds.opml into DIR. Files are replaced atomically and only when their bytes change;
 * the state is written last, so a run killed at any point leaves the previous run's output.
 */
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE } from '../../feeds';
import type { LandCode, Source } from '../model';
import { scrapeDirect } from '../listing';
import { refreshSources, type SourceResult } from '../refresh';
import type { Tagger } from '../tag';
import { createTagger } from '../tag/builtin';
import { AGGREGATE_USAGE, parseAggregateArgs } from './aggregate/args';
import { createFileStore, emptyState, parseState, serializeState, type AggregateState } from './aggregate/file-store';
import { buildOutputs, listedItems } from './aggregate/outputs';
import { progressLine, progressName, succeeded, summaryLine } from './aggregate/progress';
import { selectLands } from './aggregate/select-lands';
import { loadSourcesFile } from './aggregate/sources-file';
import { removeStaleTemps, symlinkedFolders, writeIfChanged } from './aggregate/write-atomic';
import type { CliIo } from './io';

/** Identifies the aggregator to the feed servers it polls. */
export const USER_AGENT = 'Kommunalradar/0.1 (Feed-Aggregator; +https://kommunalradar.de/)';
export const STATE_FILE = join('.state', 'state.json');

/** What a test may replace; everything defaults to the real thing. */
export interface AggregateDeps {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  catalogue?: readonly Source[];
  tagger?: Tagger;
}

export async function runAggregate(args: string[], io: CliIo, deps: AggregateDeps = {}): Promise<number> {
  const parsed = parseAggregateArgs(args);
  if (!parsed.ok && parsed.help) {
    io.stdout.write(AGGREGATE_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.stderr.write(`aggregate: ${parsed.error}\n\n${AGGREGATE_USAGE}`);
    return 2;
  }
  const opts = parsed.opts;
  const say = (s: string) => void (opts.quiet || io.stderr.write(s));
  const fail = (s: string) => void io.stderr.write(`aggregate: ${s}\n`);

  // --out naming an existing file is a wrong invocation (2), not a failed source (1).
  const outStat = await stat(opts.out).catch(() => undefined);
  if (outStat && !outStat.isDirectory()) {
    fail(`--out muss ein Verzeichnis sein, ${opts.out} ist eine Datei`);
    return 2;
  }
  if (!opts.baseUrl) {
    say('aggregate: Hinweis: ohne --base-url sind die Adressen in feeds.opml und die Selbst-Links der Feeds relativ; veröffentlicht funktionieren sie erst mit --base-url https://…/\n');
  }

  // A publisher polls every catalogue source; "switched off until chosen" is the extension's default.
  const catalogue = (deps.catalogue ?? CATALOGUE).map(({ enabled: _off, ...s }) => s);
  let sources: readonly Source[] = catalogue;
  if (opts.sources) {
    const loaded = await loadSourcesFile(opts.sources, catalogue);
    if (!loaded.ok) {
      fail(loaded.error);
      return 2;
    }
    sources = loaded.sources;
  }
  if (opts.lands) sources = selectLands(sources, opts.lands);

  const out = opts.out;
  const statePath = join(out, STATE_FILE);
  let state: AggregateState;
  try {
    const linked = await symlinkedFolders([join(out, 'land'), join(out, 'thema'), join(out, '.state')]);
    if (linked.length > 0) {
      fail(`${linked.join(', ')} is a symbolic link: files would be written and deleted outside ${out}; refusing to run`);
      return 1;
    }
    await mkdir(join(out, '.state'), { recursive: true, mode: 0o700 });
    await chmod(join(out, '.state'), 0o700);
    await removeStaleTemps([out, join(out, 'land'), join(out, 'thema'), join(out, '.state')]);
    const text = await readFile(statePath, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    const read = text === undefined ? emptyState() : parseState(text);
    if (!read) {
      fail(`state: ${statePath} is not a state file of this version; move it away to start afresh`);
      return 1;
    }
    state = read;
  } catch (e) {
    fail(`${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }

  const now = deps.now ?? Date.now;
  const tagger = deps.tagger ?? createTagger();
  const store = createFileStore(state, { retentionDays: opts.days });
  const landOf = new Map(sources.map((s) => [s.id, s.land]));
  // Progress names sources by their title, not their internal id.
  const names = new Map(sources.map((s) => [s.id, progressName(s.name, s.id)]));
  const idWidth = Math.max(...[...names.values()].map((n) => n.length), 8);
  const baseFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);

  const summary = await refreshSources(
    sources,
    {
      store,
      fetch: withUserAgent(baseFetch),
      now,
      random: deps.random ?? Math.random,
      // refresh hands over the source's own `land`, which is a LandCode.
      tag: (i) => tagger.tag({ ...i, sourceLand: i.sourceLand as LandCode | undefined }),
      tagVersion: tagger.version,
      // Listing pages are read by the same code as in the extension.
      scrape: scrapeDirect,
      // Sources a person named in a file may be anywhere, their intranet and localhost included.
      allowPrivate: opts.sources !== undefined,
      // Node can see a redirect's target: every hop is checked before it is requested (H03).
      redirects: 'manual',
      // A cron job has no service worker's five-minute limit: every source gets its turn.
      budgetMs: Number.POSITIVE_INFINITY,
      onProgress: ({ result }) => result && say(progressLine(result, idWidth, names.get(result.sourceId), opts.days)),
    },
    // Retry-After and error backoff hold across runs (H06); --force overrides them.
    { force: opts.force },
  );

  // Items the feeds no longer carry keep their tags until the tagger changes; then re-tag them.
  store.replaceItems(
    store.items()
      .filter((i) => i.tagVersion !== tagger.version)
      .map((i) => ({ ...i, ...tagger.tag({ title: i.title, summary: i.summary, sourceLand: landOf.get(i.sourceId) }), tagVersion: tagger.version })),
  );
  store.prune(now());

  const listed = new Set(sources.map((s) => s.id));
  const files = buildOutputs({
    items: listedItems(store.items(), listed),
    sources,
    states: store.sourceStates(),
    days: opts.days,
    baseUrl: opts.baseUrl,
  });
  let written = 0;
  try {
    for (const [path, content] of files) {
      if ((await writeIfChanged(join(out, ...path.split('/')), content)) === 'written') written++;
    }
    // Last: a run killed before this point is simply repeated by the next one.
    // The state holds every source's URL and error: readable by its owner only.
    if ((await writeIfChanged(statePath, serializeState(store.snapshot()), 0o600)) === 'written') written++;
  } catch (e) {
    fail(`write: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }

  const results = orderLike(summary.results, sources);
  say(summaryLine(results, summary.added.length, written, summary.offline));
  return results.every(succeeded) && results.length === summary.total ? 0 : 1;
}

/** fetch with our User-Agent unless the request already names one. */
function withUserAgent(f: typeof fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', USER_AGENT);
    return f(input, { ...init, headers });
  };
}

function orderLike(results: SourceResult[], sources: readonly Source[]): SourceResult[] {
  const pos = new Map(sources.map((s, i) => [s.id, i]));
  return [...results].sort((a, b) => (pos.get(a.sourceId) ?? 0) - (pos.get(b.sourceId) ?? 0));
}
