import { describe, expect, it, vi } from 'vitest';
import { LazyItemTagEditor } from '../../components/LazyTagEditor';
import type { EditableItem } from '../../components/TagEditor';
import { mount } from './dom';

const item: EditableItem = {
  id: 'k21|1', title: 'Nürnberg: KI-Assistent im Bürgeramt', regions: ['BY'], themes: ['ki'],
  places: [{ name: 'Nürnberg', ags: '09564000', land: 'BY' }],
};

describe('the tag editor loads its code on first use', () => {
  it('shows a busy note until the code is there, then the editor with the item\'s tags', async () => {
    const root = mount(<LazyItemTagEditor item={item} onCommand={vi.fn()} onClose={vi.fn()} />);
    expect(root.querySelector('[aria-busy="true"]')!.textContent).toBe('Wird geladen …');
    await vi.waitFor(() => expect(root.querySelector('.tag-editor')).not.toBeNull());
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();
    expect(root.textContent).toContain('Künstliche Intelligenz');
  });
});
