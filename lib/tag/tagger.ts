/**
 * The tagger: Länder, places and themes of a news item from its title and teaser, each with the
 * words that produced it.
 */
import { LAND_CODES, SOURCE_EVIDENCE, type LandCode, type RegionCode, type TagEvidence, type Tags } from '../model';
import type { Gazetteer } from './gazetteer';
import { findMentions, PREFIX_GEMEINDE, type Mention } from './mentions';
import { federalSignals } from './federal';
import { resolveMentions, type ItemMention } from './resolve';
import { applyContext } from './context';
import { THEMES, SENSES } from './themes';
import { createTokens, IN_TEASER, tokenize, tokenText, type Tokens } from './tokenize';
import { createThemeScorer, type KeywordRule } from './theme-scorer';
import { findOrgs, type OrgMention } from './orgs';
import { findDemonyms, namesInstitution, type DemonymMention } from './demonyms';
import { addEvidence } from './evidence';
import { findLandReference } from './land-reference';

export type { KeywordRule } from './theme-scorer';

export interface TagInput {
  title: string;
  summary: string;
  /**
   * The Land a regional source implies (a LandCode): a prior used when the text names no
   * region or refers to "the Land" without naming it, and to break ties between places of the
   * same name. Unknown codes are ignored.
   */
  sourceLand?: LandCode | (string & {});
}

export interface Tagger {
  /** Tags with their evidence. */
  tag(input: TagInput): Tags & { evidence: TagEvidence };
  /** tagVersion(gazetteer) plus the user rules. */
  readonly version: string;
}

const SURROUNDINGS = new Set(['land', 'umland', 'raum', 'region', 'speckgürtel']);

/** Bump when the matching or scoring code changes in a way that changes tags. */
const RULES_VERSION = 'rules-3';

function fnv(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

const RULES_KEY = `${RULES_VERSION}-${fnv(JSON.stringify([THEMES, SENSES]))}`;

/** The tag version without user rules: changes when the gazetteer, the theme data or the rules code change. */
export function tagVersion(gazetteerVersion: string): string {
  return `${gazetteerVersion}+${RULES_KEY}`;
}

/** The version a tagger over that gazetteer with these user rules writes on the items it tags. */
export function taggerVersion(gazetteerVersion: string, userRules: readonly KeywordRule[]): string {
  const base = tagVersion(gazetteerVersion);
  return userRules.length ? `${base}+u${fnv(JSON.stringify(userRules))}` : base;
}

function push(map: Partial<Record<string, string[]>>, key: string, word: string): void {
  const list = (map[key] ??= []);
  if (list.length < 4) addEvidence(list, word);
}

/** The text of a federal signal token ("IT-Planungsrat" for "planungsrat" after "it"). */
function federalText(t: Tokens, i: number): string {
  if (t.lower[i] === 'planungsrat' && i > 0 && t.lower[i - 1] === 'it' && t.zone[i - 1] === t.zone[i]) return tokenText(t, i - 1, i + 1);
  return tokenText(t, i, i + 1);
}

/** Creates a tagger over a gazetteer; compile once and reuse (the gazetteer may be shared). */
export function createTagger(opts: { gazetteer: Gazetteer; userRules?: KeywordRule[] }): Tagger {
  const g = opts.gazetteer;
  const rules = opts.userRules ?? [];
  const themesOf = createThemeScorer(rules);
  const tokens = createTokens();
  const mentions: Mention[] = [];
  const orgs: OrgMention[] = [];
  const demonyms: DemonymMention[] = [];
  const fedWords: number[] = [];
  let covered = new Uint8Array(256);

  return {
    version: taggerVersion(g.version, rules),
    tag({ title, summary, sourceLand: rawLand }) {
      const sourceLand = (LAND_CODES as readonly string[]).includes(rawLand ?? '') ? (rawLand as LandCode) : undefined;
      const t = tokenize(tokens, title ?? '', summary ?? '');
      findMentions(t, g, mentions);
      findOrgs(t, orgs);
      if (covered.length < t.n) covered = new Uint8Array(t.n * 2);
      covered.fill(0, 0, t.n);
      for (const m of mentions) {
        covered.fill(1, m.start, m.end);
        // "das Berliner Start-up", "Hamburger Abendblatt": a name, not the Land.
        if (m.phrase.landForm === 'demonym' && namesInstitution(t, m.end - 1)) m.institution = true;
      }
      for (const o of orgs) covered.fill(1, o.start, o.end);
      // Organisations hide the names inside them ("Regionalverband Ruhr", "Oldenburger Land").
      const all: ItemMention[] = orgs.length ? mentions.filter((m) => !orgs.some((o) => m.start < o.end && m.end > o.start)) : mentions;
      for (const d of findDemonyms(t, g, covered, demonyms)) {
        // "das Leipziger Land", "im Dresdner Umland": the region around the city, not the city;
        // like a venue, it still gives its Land when nothing else locates the item.
        const region = d.start + 1 < t.n && SURROUNDINGS.has(t.lower[d.start + 1]!);
        all.push({
          start: d.start, end: d.start + 1, phrase: d.phrase, prefix: PREFIX_GEMEINDE, prefixWord: '', placeContext: true,
          institution: false, person: false, venue: region, zone: t.zone[d.start]!,
        });
      }
      if (demonyms.length) all.sort((a, b) => a.start - b.start);
      applyContext(t, all, orgs);
      const r = resolveMentions(all, sourceLand);
      fedWords.length = 0;
      const fed = federalSignals(t, fedWords);

      const evidence: TagEvidence = { regions: {}, places: {}, themes: {} };
      const regions: RegionCode[] = [];
      const add = (land: RegionCode, word: string) => {
        if (!regions.includes(land)) regions.push(land);
        push(evidence.regions, land, word);
      };
      r.lands.forEach((l, k) => add(l, tokenText(t, r.landFrom[k]!.start, r.landFrom[k]!.end)));
      let titleHasLocation = r.titleHasLocation;
      for (const o of orgs) {
        add(o.land, tokenText(t, o.start, o.end));
        if (t.zone[o.start] !== IN_TEASER) titleHasLocation = true;
      }
      const named = regions.length > 0;
      r.places.forEach((p, k) => {
        const m = r.placeFrom[k]!;
        const word = tokenText(t, m.start, m.end);
        push(evidence.places, p.ags, word);
        if (r.placeLands.includes(p.land) && !p.ambiguous) add(p.land, word);
      });
      const located = regions.length > 0 || r.places.length > 0;
      const federal =
        fed.kicker ||
        (fed.title && !titleHasLocation) ||
        (fed.headline && fed.teaser > 0) ||
        (!located && (fed.teaser > 0 || fed.weak > 0));
      // A venue is not a place of the item; when nothing else locates it, its Land still does.
      if (!federal && regions.length === 0) r.venues.forEach((p, k) => add(p.land, tokenText(t, r.venueFrom[k]!.start, r.venueFrom[k]!.end)));
      if (federal) {
        regions.push('DE');
        evidence.regions.DE = [];
        for (const i of fedWords) addEvidence(evidence.regions.DE, federalText(t, i));
      }
      // The source's Land: when nothing else locates the item, or when the text speaks of
      // "the Land" ("im Land", "die Landesregierung") without naming one.
      if (sourceLand && (regions.length === 0 || !named)) {
        const ref = findLandReference(t);
        if (regions.length === 0 || ref >= 0) {
          add(sourceLand, SOURCE_EVIDENCE);
          if (ref >= 0) push(evidence.regions, sourceLand, tokenText(t, ref, ref + (t.lower[ref + 1] === 'land' ? 2 : 1)));
        }
      }
      const th = themesOf(title ?? '', summary ?? '');
      evidence.themes = th.evidence;
      return { regions, places: r.places, themes: th.themes, evidence };
    },
  };
}
