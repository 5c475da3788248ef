/**
 * What the popup's item actions do: each becomes a background command (the UI never writes),
 * and each answers with a sentence key and, where it can be undone, the command that undoes it.
 */
import type { Command } from '../messages';
import type { Item } from '../model';
import { safeHttpUrl } from '../safe-text';

export type ItemActionName = 'star' | 'toggle-read' | 'hide' | 'copy-link';

export interface ActionPlan {
  /** The command to send; absent for copying, which happens in the page. */
  command?: Command;
  /** The text to put on the clipboard (copy-link). */
  copy?: string;
  /** Message key of the sentence saying what happened. */
  done: string;
  /** The command that undoes it, when there is one. */
  undo?: Command;
}

/** The plan for `action` on `item`; undefined when it cannot apply (copying an item without an http(s) link). */
export function planItemAction(item: Item, action: ItemActionName): ActionPlan | undefined {
  switch (action) {
    case 'star': {
      const starred = item.starred !== 1;
      return {
        command: { type: 'star-items', ids: [item.id], starred },
        done: starred ? 'didStar' : 'didUnstar',
        undo: { type: 'star-items', ids: [item.id], starred: !starred },
      };
    }
    case 'toggle-read': {
      const read = item.unread === 1;
      return {
        command: { type: 'mark-read', ids: [item.id], read },
        done: read ? 'didMarkRead' : 'didMarkUnread',
        undo: { type: 'mark-read', ids: [item.id], read: !read },
      };
    }
    case 'hide':
      return { command: { type: 'delete-items', ids: [item.id] }, done: 'didHide', undo: { type: 'restore-items', items: [item] } };
    case 'copy-link': {
      const url = safeHttpUrl(item.link);
      return url ? { copy: url, done: 'didCopyLink' } : undefined;
    }
  }
}

/** The action a key stands for while the list has the focus. */
export function actionForKey(key: string): ItemActionName | undefined {
  switch (key) {
    case 's': return 'star';
    case 'u': return 'toggle-read';
    case 'c': return 'copy-link';
    case 'Delete': return 'hide';
    default: return undefined;
  }
}
