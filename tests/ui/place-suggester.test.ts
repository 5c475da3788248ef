/** The shared place completion: the directory is read once per page, on the first question, and again after a failed read. */
import { describe, expect, it, vi } from 'vitest';
import { GAZETTEER_SOURCE } from '../../lib/tag/builtin';
import { createPlaceSuggester } from '../../lib/ui/place-suggester';

describe('createPlaceSuggester', () => {
  it('reads the directory on the first question only and completes Kreise and Gemeinden', async () => {
    const read = vi.fn(async () => GAZETTEER_SOURCE);
    const suggest = createPlaceSuggester(read);
    expect(read).not.toHaveBeenCalled();
    expect((await suggest('Zittau')).map((c) => c.label)).toEqual(['Zittau (Landkreis Görlitz)']);
    expect((await suggest('Landkreis Görl'))[0]).toMatchObject({ ags: '14626', label: 'Landkreis Görlitz' });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a failed read gives no choices and is tried again at the next question', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('gazetteer.json: HTTP 404')).mockResolvedValue(GAZETTEER_SOURCE);
    const suggest = createPlaceSuggester(read);
    expect(await suggest('Zittau')).toEqual([]);
    expect((await suggest('Zittau')).map((c) => c.ags)).toEqual(['14626610']);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
