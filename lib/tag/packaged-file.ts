/**
 * The gazetteer as the extension ships it: lib/tag/gazetteer-data.json copied into the package
 * as a file (wxt.config.ts), read by the worker on its first tagging and by the popup when the
 * place field is first used. As code it would be a third of the worker's bundle, which Chrome
 * loads in full at every start (a service worker cannot import() on demand).
 */
import type { GazetteerSource } from './gazetteer';

/** Its path inside the package. */
export const GAZETTEER_FILE = 'gazetteer.json';

/** Whether a value read from the packaged file has the shape of a GazetteerSource. */
export function isGazetteerSource(v: unknown): v is GazetteerSource {
  const o = v as Partial<Record<keyof GazetteerSource, unknown>> | null;
  return !!o && typeof o.version === 'string' && typeof o.kreise === 'string' && typeof o.data === 'string' && typeof o.attribution === 'string';
}

/** Reads the packaged file; `getURL` is `runtime.getURL`. Rejects when it is missing or malformed. */
export async function readPackagedGazetteer(getURL: (path: string) => string, fetchFn: typeof fetch): Promise<GazetteerSource> {
  const res = await fetchFn(getURL(`/${GAZETTEER_FILE}`));
  if (!res.ok) throw new Error(`${GAZETTEER_FILE}: HTTP ${res.status}`);
  const v: unknown = await res.json();
  if (!isGazetteerSource(v)) throw new Error(`${GAZETTEER_FILE}: unexpected shape`);
  return v;
}
