/** The tag corrections the popup and the full page send: the command the worker accepts, and what is said afterwards. */
import { describe, expect, it } from 'vitest';
import { tagEditCommand, tagEditDoneKey } from '../../lib/ui/tag-edits';
import { catalogTranslate } from '../../lib/ui/i18n';
import { parseCommand } from '../../lib/worker/validate-command';
import { readCatalog } from '../components/dom';

describe('tag corrections from the popup and the full page', () => {
  it.each([
    [{ facet: 'themes', value: 'soziales-migration', action: 'remove' }, '„Soziales & Migration“ entfernt'],
    [{ facet: 'regions', value: 'BY', action: 'add' }, '„Bayern“ hinzugefügt'],
    [{ facet: 'places', value: '14626610', action: 'add', name: 'Zittau (Landkreis Görlitz)' }, '„Zittau (Landkreis Görlitz)“ hinzugefügt'],
  ] as const)('%j is a command the worker accepts as sent', (edit, said) => {
    const cmd = tagEditCommand('k21|https://example.org/1', edit);
    expect(parseCommand(cmd)).toEqual({ type: 'edit-tags', id: 'k21|https://example.org/1', ...edit });
    const label = edit.facet === 'regions' ? 'Bayern' : edit.facet === 'places' ? edit.name : 'Soziales & Migration';
    expect(catalogTranslate(readCatalog('de'))(tagEditDoneKey(edit), [label])).toBe(said);
  });
});

describe('what the worker refuses', () => {
  it.each([
    [{ type: 'edit-tags', id: 'a', facet: 'places', value: '14626610', action: 'add', name: 7 }, 'a name that is no text'],
    [{ type: 'edit-tags', id: 'a', facet: 'places', value: '14626610', action: 'add', name: 'x'.repeat(301) }, 'a name over 300 characters'],
    [{ type: 'edit-tags', id: 'a', facet: 'orte', value: '14626610', action: 'add' }, 'an unknown facet'],
  ] as [unknown, string][])('%j (%s)', (msg) => {
    expect(parseCommand(msg)).toBeUndefined();
  });
});
