import type { BadgeMode } from '../settings';

/** The badge's tooltip: what its number counts, so nobody has to guess. */
export function badgeTitle(mode: BadgeMode, count: number, onlyRules: boolean, lang: 'de' | 'en'): string {
  const de = lang === 'de';
  if (mode === 'off') return 'Kommunalradar';
  const what = mode === 'new'
    ? de ? `${count} neue Meldungen seit dem letzten Öffnen` : `${count} new items since the popup was last opened`
    : de ? `${count} ungelesene Meldungen` : `${count} unread items`;
  const rules = onlyRules ? (de ? ', die zu einer Benachrichtigungsregel passen' : ' matching an alert rule') : '';
  return `Kommunalradar: ${what}${rules}`;
}
