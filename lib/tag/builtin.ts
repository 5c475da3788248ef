/**
 * The committed gazetteer, imported: for Node (the command line, scripts and tests). The
 * extension does not import this module; it reads the same data as a packaged file
 * (lib/worker/state.ts), which keeps a third of the worker's code out of its bundle.
 */
import SOURCE from './gazetteer-data.json';
import { createGazetteer, type Gazetteer, type GazetteerSource } from './gazetteer';
import { createTagger as createTaggerOver, tagVersion, type KeywordRule, type Tagger } from './tagger';

export const GAZETTEER_SOURCE: GazetteerSource = SOURCE;
export const GAZETTEER_ATTRIBUTION = SOURCE.attribution;
/** The tag version of the committed data without user rules. */
export const TAG_VERSION = tagVersion(SOURCE.version);

let cached: Gazetteer | undefined;

/** The index over the committed data, built once per process. */
export function loadGazetteer(): Gazetteer {
  return (cached ??= createGazetteer(SOURCE));
}

/** A tagger over the committed data. */
export function createTagger(opts: { userRules?: KeywordRule[] } = {}): Tagger {
  return createTaggerOver({ gazetteer: loadGazetteer(), userRules: opts.userRules });
}
