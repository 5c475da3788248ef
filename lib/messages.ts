import type { ListingRule } from './listing/rule';
import type { ErrorCode, ErrorInfo, Item, RegionCode, Source } from './model';
import type { WelcomeAnswers } from './onboarding';
import type { Settings } from './settings';

/** What the popup shows about the refresh; written to `meta` so `liveQuery` sees it. */
export interface RefreshStatus {
  running: boolean;
  done: number;
  total: number;
  startedAt: number;
  finishedAt: number;
  offline: boolean;
  added: number;
  /** A storage problem the user should know about, as an error code ('store.quota'); '' when none. Older versions stored a sentence here. */
  storageError: ErrorCode | '' | (string & {});
}

/** The filter the popup shows; also used for "mark all as read" and feed export. */
export interface ViewFilter {
  regions?: RegionCode[];
  themes?: string[];
  sourceIds?: string[];
  /** AGS of Gemeinden or Kreise (a Kreis includes its Gemeinden). */
  places?: string[];
  unreadOnly?: boolean;
  /** The "Gemerkt" view: only items the user keeps. */
  starredOnly?: boolean;
  search?: string;
  /** Source names and rule labels the search also looks in (set only with a search). */
  searchNames?: { sourceNames?: Record<string, string>; ruleLabels?: Record<string, string> };
  /** Only items dated at or after this epoch ms (the full page's "Heute"). */
  since?: number;
}

/** Typed commands from the UI to the background, which alone writes the database. */
export type Command =
  | { type: 'refresh'; sourceIds?: string[] }
  | { type: 'popup-opened' }
  | { type: 'mark-read'; ids: string[]; read: boolean }
  /** Replies with the ids it marked, so the UI can undo. */
  | { type: 'mark-all-read'; filter: ViewFilter }
  /** Undo of delete-items ("Ausblenden"): the items as the UI read them. */
  | { type: 'restore-items'; items: Item[] }
  /** "Merken": keep items beyond retention and list them under "Gemerkt"; starred false releases them. */
  | { type: 'star-items'; ids: string[]; starred: boolean }
  | { type: 'open-item'; id: string }
  | { type: 'delete-items'; ids: string[] }
  | { type: 'add-source'; source: Omit<Source, 'id' | 'custom'> & { id?: string } }
  | { type: 'update-source'; id: string; enabled?: boolean; intervalMin?: number; name?: string }
  /** Switches several sources on or off at once (a whole Land on the options page). */
  | { type: 'switch-sources'; ids: string[]; enabled: boolean }
  /** The welcome page's answers: watch rule, notifications, the chosen Länder's sources; starts a refresh. */
  | { type: 'apply-welcome'; answers: WelcomeAnswers }
  | { type: 'remove-source'; id: string; deleteItems: boolean }
  /** A listing page: forget the stored rule, examine the page afresh and poll it now. */
  | { type: 'redetect-source'; id: string }
  /** A listing page: read it with this rule from now on (the user's edit) and poll it now. */
  | { type: 'set-source-rule'; id: string; rule: ListingRule }
  | { type: 'save-settings'; settings: Partial<Settings> }
  | { type: 'import-sources'; sources: Source[] }
  /**
   * Checks that a URL serves a feed, or lists the feeds a web page links (options page). With
   * `listing`, the URL is a listing page already added: it is read with `listing.rule` (or
   * examined afresh without one), and the answer carries the page even when nothing is found,
   * so that the rule can be edited against it.
   */
  | { type: 'probe-source'; url: string; listing?: { rule?: ListingRule } }
  /** The user removes a wrong tag from an item or adds a missing one; kept across re-tagging. */
  | {
      type: 'edit-tags'; id: string; facet: 'regions' | 'themes' | 'places'; value: string; action: 'add' | 'remove';
      /** The name of a place added (`facet: 'places'`, `value` its AGS). */
      name?: string;
    };

/** One item of a listing preview, as it would be stored (plain text, http(s) link or ''). */
export interface PreviewItem {
  title: string;
  link: string;
  summary: string;
  publishedAt: number | null;
}

/** What `probe-source` answers. */
export type ProbeResult =
  | { ok: true; kind: 'feed'; url: string; title: string; format: string; items: number }
  /** A page without a feed that holds a news listing: the rule found, a preview, and the page for editing the rule. */
  | { ok: true; kind: 'listing'; url: string; title: string; rule: ListingRule; items: number; preview: PreviewItem[]; html: string }
  | {
      ok: false;
      error: string;
      /** The error as a code with parameters, for the sentence people read. */
      errorInfo?: ErrorInfo;
      discovered: string[];
      /** Set when the URL is an HTML page in which no listing was found. */
      listing?: 'none' | 'script-rendered';
      /** Set for a `listing` probe whose page was fetched but read no items: the page, for editing the rule. */
      page?: { html: string; url: string };
    };

export type CommandReply =
  | { ok: true; value?: unknown }
  /** `error` is a technical line for logs; people read `errorInfo`'s sentence (lib/ui/error-text.ts replyText). */
  | { ok: false; error: string; errorInfo?: ErrorInfo };

