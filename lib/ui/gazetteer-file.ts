/** The pages' reader of the packaged gazetteer (lib/tag/packaged-file.ts), for place completion. */
import { browser } from 'wxt/browser';
import { readPackagedGazetteer } from '../tag/packaged-file';
import type { GazetteerSource } from '../tag/gazetteer';

export const readGazetteerFile = (): Promise<GazetteerSource> =>
  readPackagedGazetteer(browser.runtime.getURL as (path: string) => string, globalThis.fetch.bind(globalThis));
