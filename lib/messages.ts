import type { RegionCode, Source } from './model';
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
  /** A storage problem the user should know about, '' when none. */
  storageError: string;
}

/** The filter the popup shows; also used for "mark all as read" and feed export. */
export interface ViewFilter {
  regions?: RegionCode[];
  themes?: string[];
  sourceIds?: string[];
  unreadOnly?: boolean;
  search?: string;
  /** Only items dated at or after this epoch ms (the full page's "Heute"). */
  since?: number;
}

/** Typed commands from the UI to the background, which alone writes the database. */
export type Command =
  | { type: 'refresh'; sourceIds?: string[] }
  | { type: 'popup-opened' }
  | { type: 'mark-read'; ids: string[]; read: boolean }
  | { type: 'mark-all-read'; filter: ViewFilter }
  | { type: 'open-item'; id: string }
  | { type: 'delete-items'; ids: string[] }
  | { type: 'add-source'; source: Omit<Source, 'id' | 'custom'> & { id?: string } }
  | { type: 'update-source'; id: string; enabled?: boolean; intervalMin?: number }
  | { type: 'remove-source'; id: string; deleteItems: boolean }
  | { type: 'save-settings'; settings: Partial<Settings> }
  | { type: 'import-sources'; sources: Source[] }
  /** Checks that a URL serves a feed, or lists the feeds a web page links (options page). */
  | { type: 'probe-source'; url: string };

/** What `probe-source` answers. */
export type ProbeResult =
  | { ok: true; url: string; title: string; format: string; items: number }
  | { ok: false; error: string; discovered: string[] };

export type CommandReply =
  | { ok: true; value?: unknown }
  | { ok: false; error: string };

/** Narrows an unknown runtime message to a command, so the background never trusts its shape. */
export function isCommand(msg: unknown): msg is Command {
  return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string';
}
