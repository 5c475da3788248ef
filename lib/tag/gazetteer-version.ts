/**
 * The version of the committed gazetteer, without its data: the bundler keeps only this field
 * of the JSON file, so the worker can tell whether stored items need re-tagging without reading
 * the 275 KB file (lib/worker/state.ts).
 */
import { version } from './gazetteer-data.json';

export const GAZETTEER_DATA_VERSION: string = version;
