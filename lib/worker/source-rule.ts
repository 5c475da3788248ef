/**
 * A listing source's rule as the user sets it on the options page: kept on the user's own
 * source, or as an override of a catalogue entry (the catalogue itself is data, never changed).
 */
import type { ListingRule } from '../listing/rule';
import type { WorkerState } from './state';

/**
 * Stores `rule` for the listing source `id`, or forgets it (`undefined`: examine the page on
 * the next poll). Returns false when there is no such listing source.
 */
export async function writeSourceRule(state: WorkerState, id: string, rule: ListingRule | undefined): Promise<boolean> {
  const source = (await state.sources()).find((s) => s.id === id);
  if (!source || source.kind !== 'listing') return false;
  const settings = await state.settings();
  if (settings.customSources.some((s) => s.id === id)) {
    const customSources = settings.customSources.map((s) => {
      if (s.id !== id) return s;
      const { rule: _old, ...rest } = s;
      return rule ? { ...rest, rule } : rest;
    });
    await state.saveSettings({ customSources });
    return true;
  }
  const { rule: _old, ...rest } = settings.sourceOverrides[id] ?? {};
  await state.saveSettings({ sourceOverrides: { ...settings.sourceOverrides, [id]: rule ? { ...rest, rule } : rest } });
  return true;
}
