/**
 * Place completion for the pages (the popup's place filter, the tag editor on popup and full
 * page): the gazetteer and the completion module are loaded on the first question, once per
 * page, since both are large and most visits never ask.
 */
import type { GazetteerSource } from '../tag/gazetteer';
import type { PlaceChoice } from './place-search';

/** Answers a typed beginning with up to 12 Kreise and Gemeinden; `read` fetches the gazetteer data. */
export function createPlaceSuggester(read: () => Promise<GazetteerSource>): (query: string) => Promise<PlaceChoice[]> {
  let index: Promise<{ suggest(q: string): PlaceChoice[] }> | undefined;
  return async (query) => {
    index ??= Promise.all([import('./place-search'), read()]).then(([m, src]) => m.createPlaceIndex(src));
    try {
      return (await index).suggest(query);
    } catch {
      // A failed read is tried again at the next question.
      index = undefined;
      return [];
    }
  };
}
