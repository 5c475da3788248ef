import type { LandCode, RegionCode, Source, SourceKind } from '../lib/model';
import catalogue from './catalogue.json';

/** One entry of feeds/catalogue.json, as written there. */
export interface CatalogueEntry {
  id: string;
  name: string;
  url: string;
  homepage: string;
  kind: SourceKind;
  /** The Land whose news the source carries, or `DE` for federal and nationwide sources. */
  land: RegionCode;
  category: string;
  broad: boolean;
  /** What shows the address serves news in that form, or a sentence beginning "Unconfirmed". */
  evidence: string;
  listingUrl?: string;
}

export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = catalogue as CatalogueEntry[];

/** Whether an evidence sentence says the address is unconfirmed ("Unconfirmed…", "ungeprüft…"). */
export function isUnconfirmed(evidence: string): boolean {
  const head = evidence.trim().toLowerCase();
  return head.startsWith('unconfirmed') || head.startsWith('ungeprüft');
}

/**
 * A catalogue entry as the pipeline's Source: `land` only for a Land's source (it is the
 * tagging prior), nationwide ones flagged instead; a Land's sources start switched off.
 */
export function toSource(e: CatalogueEntry): Source {
  const nationwide = e.land === 'DE';
  return {
    id: e.id, name: e.name, url: e.url, homepage: e.homepage, broad: e.broad, category: e.category,
    kind: e.kind, evidence: e.evidence, confirmed: !isUnconfirmed(e.evidence),
    ...(e.listingUrl ? { listingUrl: e.listingUrl } : {}),
    ...(nationwide ? { nationwide: true } : { land: e.land as LandCode, enabled: false }),
  };
}

/** The built-in source catalogue. */
export const CATALOGUE: readonly Source[] = CATALOGUE_ENTRIES.map(toSource);
