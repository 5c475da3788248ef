/**
 * Alert rules in words: the sentence the options page shows under each rule, and the short
 * label a notification names when that rule matched.
 */
import { LAND_NAMES, THEME_LABELS } from '../labels';
import type { RegionCode } from '../model';
import { isActiveRule, type AlertRule } from './rules';

export type AlertLang = 'de' | 'en';

function themeName(id: string, lang: AlertLang): string {
  return THEME_LABELS[id]?.[lang] ?? id;
}

/** "A, B oder C" / "A, B or C". */
function orList(parts: string[], lang: AlertLang): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${lang === 'de' ? 'oder' : 'or'} ${parts[parts.length - 1]}`;
}

function quoted(k: string, lang: AlertLang): string {
  return lang === 'de' ? `„${k}“` : `“${k}”`;
}

function keywordsOf(rule: AlertRule): string[] {
  return rule.keywords.map((k) => k.trim()).filter((k) => k !== '');
}

/** "aus Sachsen oder bundesweit" / "from Sachsen or nationwide". */
function regionPhrase(regions: RegionCode[], lang: AlertLang): string {
  const lands = regions.filter((r) => r !== 'DE').map((r) => LAND_NAMES[r]);
  const parts: string[] = [];
  if (lands.length) parts.push(`${lang === 'de' ? 'aus' : 'from'} ${orList(lands, lang)}`);
  if (regions.includes('DE')) parts.push(lang === 'de' ? 'bundesweit' : 'nationwide');
  return parts.join(lang === 'de' ? ' oder ' : ' or ');
}

/**
 * One sentence saying what the rule announces, e.g. "Benachrichtigt bei jeder neuen Meldung aus
 * Sachsen mit dem Stichwort „Glasfaser“."
 */
export function describeRule(rule: AlertRule, lang: AlertLang = 'de'): string {
  if (!isActiveRule(rule)) {
    return lang === 'de' ? 'Diese Regel ist leer und benachrichtigt über nichts.' : 'This rule is empty and announces nothing.';
  }
  const parts: string[] = [];
  if (rule.regions.length) parts.push(regionPhrase(rule.regions, lang));
  if (rule.themes.length) {
    const names = orList(rule.themes.map((t) => themeName(t, lang)), lang);
    parts.push(lang === 'de' ? `${rule.themes.length > 1 ? 'zu den Themen' : 'zum Thema'} ${names}` : `about ${names}`);
  }
  const keywords = keywordsOf(rule);
  if (keywords.length) {
    const words = orList(keywords.map((k) => quoted(k, lang)), lang);
    parts.push(lang === 'de'
      ? `mit ${keywords.length > 1 ? 'einem der Stichwörter' : 'dem Stichwort'} ${words}`
      : `containing ${keywords.length > 1 ? 'one of the keywords' : 'the keyword'} ${words}`);
  }
  const lead = lang === 'de' ? 'Benachrichtigt bei jeder neuen Meldung' : 'Notifies of every new item';
  return `${lead} ${parts.join(' ')}.`;
}

/** A short name for the rule, e.g. "Sachsen", "Stichwort Glasfaser", "Sachsen + Stichwort Glasfaser". */
export function ruleLabel(rule: AlertRule, lang: AlertLang = 'de'): string {
  const parts: string[] = [];
  if (rule.regions.length) parts.push(rule.regions.map((r) => (r === 'DE' && lang === 'en' ? 'nationwide' : LAND_NAMES[r])).join(', '));
  if (rule.themes.length) parts.push(rule.themes.map((t) => themeName(t, lang)).join(', '));
  const keywords = keywordsOf(rule);
  if (keywords.length) {
    const word = lang === 'de' ? (keywords.length > 1 ? 'Stichwörter' : 'Stichwort') : keywords.length > 1 ? 'keywords' : 'keyword';
    parts.push(`${word} ${keywords.join(', ')}`);
  }
  return parts.join(' + ');
}
