import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FilterBar } from '../../components/FilterBar';
import { createPlaceIndex } from '../../lib/ui/place-search';
import { GAZETTEER_SOURCE } from '../../lib/tag/builtin';

const places = createPlaceIndex(GAZETTEER_SOURCE);
import { fire, mount } from './dom';

const counts = { regions: {}, themes: {} };

describe('FilterBar: source and place', () => {
  it('passes the chosen source on, and shows the hit count', () => {
    const onChange = vi.fn();
    const root = mount(<FilterBar filter={{}} counts={counts} ruleLabels={{}} hitCount={44} onChange={onChange}
      sources={[{ id: 'k21', name: 'Kommune21' }, { id: 'bs', name: 'Behörden Spiegel' }]} />);
    const source = root.querySelectorAll('select')[2] as HTMLSelectElement;
    expect([...source.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Alle Quellen', 'Behörden Spiegel', 'Kommune21']);
    source.querySelector('option[value="k21"]')!.setAttribute('selected', '');
    fire(source, 'change');
    expect(onChange).toHaveBeenLastCalledWith({ sourceIds: ['k21'] });
    expect(root.querySelector('.hits')!.textContent).toBe('44 Treffer');
  });

  it('"Landkreis Görlitz" completes from the gazetteer; choosing it filters by the Kreis', async () => {
    const onChange = vi.fn();
    const root = mount(<FilterBar filter={{}} counts={counts} ruleLabels={{}} onChange={onChange} suggestPlaces={async (q) => places.suggest(q)} />);
    const place = root.querySelector('.place input') as HTMLInputElement;
    place.value = 'Landkreis Görl';
    await act(async () => {
      fire(place, 'input');
      await Promise.resolve();
    });
    const options = [...root.querySelectorAll('#place-options option')].map((o) => o.getAttribute('value'));
    expect(options[0]).toBe('Landkreis Görlitz');
    place.value = 'Landkreis Görlitz';
    fire(place, 'input');
    expect(onChange).toHaveBeenLastCalledWith({ places: ['14626'] });
  });
});
