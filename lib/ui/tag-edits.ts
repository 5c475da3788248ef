/**
 * The user's corrections of an item's tags, as the popup and the full page send them: one
 * typed command per change (the background writes it and keeps it across re-tagging), and
 * the sentence said afterwards.
 */
import type { Command } from '../messages';
import type { TagEdit } from '../tag/user-tags';

/** The command for one correction of one item's tags. */
export function tagEditCommand(itemId: string, edit: TagEdit): Command {
  return { type: 'edit-tags', id: itemId, facet: edit.facet, value: edit.value, action: edit.action, ...(edit.name !== undefined ? { name: edit.name } : {}) };
}

/** Message key of the sentence saying what an edit did ("„Bayern“ entfernt"). */
export function tagEditDoneKey(edit: Pick<TagEdit, 'action'>): 'tagRemovedDone' | 'tagAddedDone' {
  return edit.action === 'remove' ? 'tagRemovedDone' : 'tagAddedDone';
}
