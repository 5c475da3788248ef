/**
 * The full page's keyboard, in the Google Reader tradition (Feedbro, Brief, Miniflux):
 * j/k next/previous, o or Enter open in the reading pane, v the original in a new tab,
 * m read/unread, s keep ("Merken"), / search, Shift+A all read (in the current filter), ? help. Never while
 * the user types in a field, and never with Ctrl, Alt or Meta (those belong to the browser).
 */
export type ReaderAction = 'next' | 'previous' | 'open' | 'original' | 'toggle-read' | 'star' | 'search' | 'mark-all-read' | 'help' | 'close';

/** The part of a KeyboardEvent the decision needs. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  target?: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

const ACTIVATES = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT']);
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'number', 'password', 'tel', '']);

/** Whether the key goes to a field the user types in. */
export function isTyping(target: KeyInput['target']): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
}

/** The action of a key press, or null when the page should leave it alone. */
export function readerAction(e: KeyInput): ReaderAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.key === 'Escape') return 'close';
  if (isTyping(e.target)) return null;
  // Enter on a button or link activates it (a tile of the map, an action): not "open".
  if (e.key === 'Enter' && ACTIVATES.has((e.target?.tagName ?? '').toUpperCase())) return null;
  switch (e.key) {
    case 'j': return 'next';
    case 'k': return 'previous';
    case 'o':
    case 'Enter': return 'open';
    case 'v': return 'original';
    case 'm': return 'toggle-read';
    case 's': return 'star';
    case '/': return 'search';
    case 'A': return e.shiftKey ? 'mark-all-read' : null;
    case '?': return 'help';
    default: return null;
  }
}

/** The shortcuts as the help overlay lists them (keys, message key of the description). */
export const READER_SHORTCUTS: readonly [string[], string][] = [
  [['j', 'k'], 'keyNextPrevious'],
  [['o', 'Enter'], 'keyOpen'],
  [['v'], 'keyOriginal'],
  [['m'], 'keyToggleRead'],
  [['s'], 'keyStar'],
  [['/'], 'keySearch'],
  [['Shift', 'A'], 'keyMarkAllRead'],
  [['?'], 'keyHelp'],
  [['Esc'], 'keyClose'],
];
