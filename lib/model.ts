/**
 * The types every other module speaks. No runtime code here except small constants.
 */
import type { ListingRule } from './listing/rule';

/** ISO 3166-2:DE suffixes of the sixteen Länder. */
export const LAND_CODES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
export type LandCode = (typeof LAND_CODES)[number];
/** A Land, or `DE` for federal and nationwide news. */
export type RegionCode = LandCode | 'DE';

/** `feed`: an RSS/Atom address; `listing`: an HTML page that lists news without a feed. */
export type SourceKind = 'feed' | 'listing';

/** A feed or a news listing page the extension polls: an entry of the catalogue, or one the user added. */
export interface Source {
  id: string;
  name: string;
  /** Feed URL (http(s)); for `kind: 'listing'` the listing page's URL. */
  url: string;
  /** 'listing': an HTML news list read by lib/listing. Absent means 'feed'. */
  kind?: SourceKind;
  /** How to read the listing (what detection found, or the user's edit); absent: detect on every poll. */
  rule?: ListingRule;
  /** A feed's fallback: the listing page read when the feed is missing or not a feed. */
  listingUrl?: string;
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
  /** Catalogue entries: one sentence on what shows that the URL serves news in that form. */
  evidence?: string;
  /** Catalogue entries: federal or nationwide (trade press included) rather than one Land's. */
  nationwide?: boolean;
  /**
   * Switched on or off. User settings for the user's own sources; on catalogue entries only
   * `false`, for the sources of a Land, which start switched off until the user picks that Land.
   */
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
  /**
   * Plain text, entities decoded, may still contain markup the normaliser strips (an Atom XHTML
   * title is HTML: its markup, and its text escaped).
   */
  title: string;
  /**
   * The feed declares the title plain text (Atom `type="text"`, or a binary type decoded from
   * base64): a `<` in it is a character, and the normaliser strips no markup. Absent otherwise.
   */
  titleIsText?: boolean;
  /** Absolute URL after xml:base / final-URL resolution, or '' (scheme not yet checked). */
  link: string;
  /** Teaser or content as the feed gives it (HTML allowed; the normaliser strips it). */
  summary: string;
  /** Epoch milliseconds, or null when missing or unparseable. */
  publishedAt: number | null;
  categories: string[];
}

/** 'listing': items read from an HTML news list (lib/listing), not from a feed. */
export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'listing';

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

export type ParseErrorCode = 'not-a-feed' | 'malformed' | 'rejected' | 'empty';

export type ParseResult =
  | { ok: true; feed: ParsedFeed }
  | {
      ok: false;
      /** One line, prefixed with "parse: ": technical detail for logs and tests; people read the code's sentence. */
      error: string;
      code: ParseErrorCode;
      /** Parameters of the code's sentence (lib/errors.ts). */
      params?: Record<string, string | number>;
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
  /**
   * Set when several Gemeinden share the name and nothing in the text or the source tells
   * which one is meant ("Neustadt"): ags and land are then only the likeliest candidate, and
   * no Land is inferred from the place.
   */
  ambiguous?: true;
}

/**
 * The words that produced each tag, as written in title or teaser ("Münchner", "KI-Assistent").
 * Keys are Land codes, theme ids and AGS; the entry "@source" means the source's Land.
 */
export interface TagEvidence {
  regions: Partial<Record<RegionCode, string[]>>;
  places: Record<string, string[]>;
  themes: Record<string, string[]>;
}

/** Evidence entry for a Land that comes from the source, not from words of the text. */
export const SOURCE_EVIDENCE = '@source';

export interface Tags {
  regions: RegionCode[];
  places: Place[];
  themes: string[];
  /** Why each tag was given (optional: items stored before it was introduced lack it). */
  evidence?: TagEvidence;
}

/**
 * The user's corrections of an item's tags: Land codes and theme ids added or removed by hand.
 * Kept across re-tagging and applied over the tagger's result.
 */
export interface UserTags {
  /** `places`: Gemeinden and Kreise the user added (each implies its Land); absent when none. */
  added: { regions: RegionCode[]; themes: string[]; places?: Place[] };
  /** `places`: AGS of places the user removed; absent when none. */
  removed: { regions: RegionCode[]; themes: string[]; places?: string[] };
}

/**
 * Another source that carried the same article (same link without fragment, E08), recorded on
 * the item the first source brought instead of a second item.
 */
export interface AlsoIn {
  sourceId: string;
  /** The id the copy has in that source (`${sourceId}|${key}`): tombstoned with the item. */
  id: string;
  /** The copy's link, only when it differs from the item's (another fragment). */
  link?: string;
  /** When that source first carried it. */
  seenAt: number;
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
  /** The user's corrections (optional, not indexed); `regions`, `themes` and `places` already include them. */
  userTags?: UserTags;
  /** 1 when the user keeps it ("Merken"): listed under "Gemerkt" and kept beyond retention. Absent means 0. */
  starred?: 0 | 1;
  /** The other sources that carried the same article (optional, not indexed as such; see stored-item.ts). */
  alsoIn?: AlsoIn[];
}

/**
 * `permission`: the user revoked the host permission (Firefox); polling waits for a new grant.
 * `changed`: a listing that gave items gave none for two polls ("Seite verändert?"); its items are kept.
 */
export type SourceStatus = 'new' | 'ok' | 'error' | 'failing' | 'gone' | 'blocked' | 'deferred' | 'permission' | 'changed' | 'aborted';

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
  /** Technical detail of the last error, one line, code-prefixed ("fetch: …"); '' when fine. Shown only for data stored before `error` existed. */
  lastError: string;
  /** The last error as a code with parameters (lib/errors.ts); absent when fine. Optional, not indexed. */
  error?: ErrorInfo;
  status: SourceStatus;
  itemCount: number;
  ttlMin?: number;
  /** Listings: a hash of the page's text at the last poll, so that an unchanged page without validators is skipped. */
  contentHash?: string;
  /** Listings: polls in a row that found no items. */
  emptyPolls?: number;
  /** A catalogue feed with a listing fallback: whether the last poll read the listing. */
  viaListing?: boolean;
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
      /** Parameters of the code's sentence (lib/errors.ts). */
      params: Record<string, string | number>;
      /** One line, prefixed with "fetch: ": technical detail for logs and tests; people read the code's sentence. */
      message: string;
      status?: number;
      /** Milliseconds to wait, from Retry-After (already clamped). */
      retryAfterMs?: number;
      finalUrl?: string;
    };

/** Errors as codes with parameters; their sentences are in lib/errors.ts and public/_locales. */
export type ErrorCode =
  | `fetch.${FetchErrorCode}`
  /** The user revoked the host permission (G11). */
  | 'fetch.permission'
  | `parse.${ParseErrorCode}`
  /** A listing page gave no items (the first time, or with nothing stored yet). */
  | 'listing.empty'
  /** A listing page gave no items for several polls: its layout may have changed; earlier items are kept. */
  | 'listing.changed'
  /** The disk quota is used up (G08). */
  | 'store.quota'
  /** A newer version of the extension upgraded the database (G07). */
  | 'store.newer-db'
  | 'store.failed'
  /** Answers to commands from the pages (lib/worker/commands.ts) and the options page's inputs. */
  | 'input.not-http'
  | 'input.invalid'
  | 'input.opml'
  | 'item.missing'
  | 'item.no-link'
  | 'source.duplicate'
  | 'fetch.not-modified'
  | 'cmd.unknown'
  /** The worker stopped while this source was being processed; it is skipped once. */
  | 'refresh.aborted'
  | 'cmd.no-reply'
  | 'input.not-opml'
  | 'cmd.failed';

export type ErrorParams = Record<string, string | number>;

export interface ErrorInfo {
  code: ErrorCode;
  params?: ErrorParams;
}
