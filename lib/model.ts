/**
 * The types every other module speaks. No runtime code here except small constants.
 */

/** ISO 3166-2:DE suffixes of the sixteen Länder. */
export const LAND_CODES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
export type LandCode = (typeof LAND_CODES)[number];
/** A Land, or `DE` for federal and nationwide news. */
export type RegionCode = LandCode | 'DE';

/** A feed the extension polls: an entry of the catalogue, or one the user added. */
export interface Source {
  id: string;
  name: string;
  /** Feed URL (http(s)). */
  url: string;
  homepage?: string;
  /** A general news source: keep only items that pass the relevance filter. */
  broad: boolean;
  /** The Land the source implies (a Land portal, a regional newsroom), used as a tagging prior. */
  land?: LandCode;
  /**
   * Whether public evidence shows the URL serving a feed (a project or feed list that used it);
   * false for candidates inferred from a site's structure. Not a check made by this project.
   */
  confirmed: boolean;
  /** Category used for OPML export and the options page. */
  category?: string;
  /** User settings, absent on catalogue entries. */
  enabled?: boolean;
  /** Per-source poll interval in minutes (≥ 15). */
  intervalMin?: number;
  /** True for sources the user added. */
  custom?: boolean;
}

/** One item as the parser read it: every field a string (dates already parsed). */
export interface ParsedItem {
  guid: string;
  /** Whether the guid claims to be a permalink (RSS isPermaLink; Atom ids are never links). */
  guidIsPermaLink: boolean;
  /** Plain text, entities decoded, may still contain markup the normaliser strips. */
  title: string;
  /** Absolute URL after xml:base / final-URL resolution, or '' (scheme not yet checked). */
  link: string;
  /** Teaser or content as the feed gives it (HTML allowed; the normaliser strips it). */
  summary: string;
  /** Epoch milliseconds, or null when missing or unparseable. */
  publishedAt: number | null;
  categories: string[];
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom';

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  link: string;
  /** RSS <ttl> in minutes, when given. */
  ttlMin?: number;
  /** True when the XML was not well-formed and the items were salvaged. */
  bozo: boolean;
  items: ParsedItem[];
}

export type ParseResult =
  | { ok: true; feed: ParsedFeed }
  | {
      ok: false;
      /** One line, prefixed with "parse: ". */
      error: string;
      code: 'not-a-feed' | 'malformed' | 'rejected' | 'empty';
      /** Feed URLs an HTML page links with rel="alternate". */
      discovered?: string[];
    };

/** A normalised item, ready to be tagged and stored (no store-owned fields yet). */
export interface NormalizedItem {
  /** `${sourceId}|${key}`: the primary key. */
  id: string;
  sourceId: string;
  /** guid (disambiguated by link when the feed repeats it), else normalised link, else a hash. */
  key: string;
  guid: string;
  title: string;
  /** http(s) only, or ''. */
  link: string;
  /** Plain text, whitespace collapsed, capped. */
  summary: string;
  categories: string[];
  publishedAt: number | null;
}

export interface Place {
  name: string;
  /** Amtlicher Gemeindeschlüssel: 8 digits for a Gemeinde, 5 for a Kreis. */
  ags: string;
  land: LandCode;
}

export interface Tags {
  regions: RegionCode[];
  places: Place[];
  themes: string[];
}

/** What the refresh hands to the store: a normalised item with its tags and the tagger's version. */
export type TaggedItem = NormalizedItem & Tags & { tagVersion: string };

/** What the store keeps for each item. */
export interface Item extends NormalizedItem, Tags {
  /** When we first saw the item; stable across polls. */
  firstSeenAt: number;
  /** min(publishedAt ?? firstSeenAt, firstSeenAt): future dates do not stick to the top. */
  sortAt: number;
  updatedAt: number;
  /** 1 unread, 0 read (IndexedDB cannot index booleans). */
  unread: 0 | 1;
  /** When a notification announced it (or decided not to), 0 when not yet considered. */
  notifiedAt: number;
  /** Version of gazetteer + rules that produced the tags. */
  tagVersion: string;
}

/** `permission`: the user revoked the host permission (Firefox); polling waits for a new grant. */
export type SourceStatus = 'new' | 'ok' | 'error' | 'failing' | 'gone' | 'blocked' | 'deferred' | 'permission' | 'aborted';

/** What the store keeps per source between polls. */
export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  /** The URL the last fetch ended at (after redirects). */
  finalUrl?: string;
  lastCheckedAt: number;
  lastSuccessAt: number;
  nextCheckAt: number;
  errorCount: number;
  /** Readable, one line, German or English code-prefixed. '' when fine. */
  lastError: string;
  status: SourceStatus;
  itemCount: number;
  ttlMin?: number;
  /**
   * Set when the worker died while handling this source (status 'aborted'): the next refresh
   * that would poll it skips it once instead, so one source cannot stop the worker at every alarm.
   */
  skipOnce?: boolean;
}

export type FetchErrorCode =
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'empty'
  | 'http'
  | 'gone'
  | 'rate-limited'
  | 'blocked'
  | 'forbidden-url';

export type FetchResult =
  | {
      kind: 'ok';
      status: number;
      /** Decoded text. */
      text: string;
      finalUrl: string;
      redirected: boolean;
      contentType: string;
      /** Validators to keep; absent when the response says not to (Expires: 0). */
      etag?: string;
      lastModified?: string;
      /** Cache-Control max-age in seconds. */
      maxAgeSec?: number;
    }
  | { kind: 'not-modified'; finalUrl: string; etag?: string; lastModified?: string; maxAgeSec?: number }
  | {
      kind: 'error';
      code: FetchErrorCode;
      /** One line, prefixed with "fetch: ". */
      message: string;
      status?: number;
      /** Milliseconds to wait, from Retry-After (already clamped). */
      retryAfterMs?: number;
      finalUrl?: string;
    };
