/**
 * The popup's keyboard: "/" to the search, ↑/↓ (j/k outside text fields) through the list, Enter
 * to open, and the item actions' letters. Decides only; the popup applies the result.
 */
import { actionForKey, type ItemActionName } from './item-actions';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where the key was pressed. */
export interface KeyTarget {
  tagName: string;
  /** An input's type. */
  type?: string;
  /** Whether it is the item list itself. */
  isList: boolean;
}

export type PopupKeyAction =
  | { kind: 'focus-search' }
  /** Select row `to`; `focusList` when the key came from a text field. */
  | { kind: 'move'; to: number; focusList: boolean }
  | { kind: 'open' }
  | { kind: 'item-action'; action: ItemActionName };

const NOT_TEXT = new Set(['checkbox', 'radio', 'button']);

/** Whether typing there enters text (then letters are text, not commands). */
export function isTextInput(target: KeyTarget): boolean {
  return (target.tagName === 'INPUT' && !NOT_TEXT.has(target.type ?? 'text')) || target.tagName === 'TEXTAREA';
}

/**
 * What a key does, given `count` rows and the `selected` one; null when the popup leaves the key
 * alone (a key the page should handle itself, or one pressed on another control).
 */
export function popupKeyAction(e: KeyPress, target: KeyTarget, count: number, selected: number): PopupKeyAction | null {
  const textInput = isTextInput(target);
  if (e.key === '/' && !textInput) return { kind: 'focus-search' };
  if (!textInput && target.tagName !== 'BODY' && !target.isList) return null;
  const down = e.key === 'ArrowDown' || (!textInput && e.key === 'j');
  const up = e.key === 'ArrowUp' || (!textInput && e.key === 'k');
  if (down || up) return { kind: 'move', to: Math.max(0, Math.min(count - 1, selected + (down ? 1 : -1))), focusList: textInput };
  if (textInput) return null;
  if (e.key === 'Enter') return { kind: 'open' };
  const action = !e.ctrlKey && !e.metaKey && !e.altKey ? actionForKey(e.key) : undefined;
  return action ? { kind: 'item-action', action } : null;
}
