import { describe, expect, it, vi } from 'vitest';
import { TagChips } from '../../components/Chips';
import { TagEditor } from '../../components/TagEditor';
import type { TagEvidence, UserTags } from '../../lib/model';
import { fire, mount } from './dom';

const evidence: TagEvidence = {
  regions: { BY: ['Münchner'], NW: ['@source'] },
  places: { '09162000': ['Münchner'] },
  themes: { ki: ['KI-Assistenten'] },
};
const places = [
  { name: 'München', ags: '09162000', land: 'BY' as const },
  { name: 'Neustadt', ags: '07316000', land: 'RP' as const, ambiguous: true as const },
];
const userTags: UserTags = { added: { regions: [], themes: ['it-infrastruktur'] }, removed: { regions: ['DE'], themes: [] } };

describe('TagChips', () => {
  const root = mount(<TagChips regions={['BY', 'NW']} themes={['ki', 'it-infrastruktur']} evidence={evidence} places={places} userTags={userTags} />);
  const chip = (text: string) => [...root.querySelectorAll('.chip')].find((c) => c.textContent?.includes(text))!;

  it('explains a Land by the words that produced it and the places in it, on hover and to screen readers', () => {
    expect(chip('Bayern').getAttribute('title')).toBe('Bayern — wegen: Münchner · Orte: München');
    expect(chip('Bayern').getAttribute('aria-description')).toBe('Bayern — wegen: Münchner · Orte: München');
  });

  it("names the source's Land as the reason when the source implied it", () => {
    expect(chip('Nordrhein-Westfalen').getAttribute('title')).toBe('Nordrhein-Westfalen — wegen: Land der Quelle');
  });

  it('explains a theme and marks a tag the user added as theirs', () => {
    expect(chip('Künstliche Intelligenz').getAttribute('title')).toBe('Künstliche Intelligenz — wegen: KI-Assistenten');
    const mine = chip('IT-Infrastruktur');
    expect(mine.classList.contains('chip-user')).toBe(true);
    expect(mine.getAttribute('title')).toBe('IT-Infrastruktur & Open Source — von Ihnen hinzugefügt');
    expect(chip('Bayern').classList.contains('chip-user')).toBe(false);
  });

  it('has no title when nothing explains a tag (items stored before evidence existed)', () => {
    const bare = mount(<TagChips regions={['BY']} themes={[]} />);
    expect(bare.querySelector('.chip')!.hasAttribute('title')).toBe(false);
  });
});

describe('TagEditor', () => {
  const onEdit = vi.fn();
  const root = mount(
    <TagEditor title="Münchner Verwaltung testet KI" regions={['BY']} themes={['ki']} evidence={evidence} places={places} userTags={userTags} onEdit={onEdit} onClose={() => {}} />,
  );

  it('lists each tag with its reason in words and a named remove button', () => {
    expect(root.textContent).toContain('wegen: Münchner · Orte: München');
    const remove = root.querySelector('button[aria-label="Bayern entfernen"]')!;
    fire(remove, 'click');
    expect(onEdit).toHaveBeenCalledWith('regions', 'BY', 'remove');
  });

  it('adds a Land or theme chosen from the lists, which leave out the tags already there', () => {
    const [regions, themes] = [...root.querySelectorAll('select')] as unknown as HTMLSelectElement[];
    expect([...regions!.querySelectorAll('option')].map((o) => o.getAttribute('value'))).not.toContain('BY');
    themes!.querySelector('option[value="it-infrastruktur"]')!.setAttribute('selected', '');
    fire(themes!, 'change');
    expect(onEdit).toHaveBeenCalledWith('themes', 'it-infrastruktur', 'add');
  });

  it('says which tags the user removed and which places stay ambiguous', () => {
    expect(root.textContent).toContain('Von Ihnen entfernt: bundesweit');
    expect(root.textContent).toContain('Neustadt (mehrdeutig, kein Land abgeleitet)');
  });
});
