/**
 * Text-level helpers for the feed parser: illegal XML characters, C1 controls, entity decoding.
 */
import { decodeHTML, DecodingMode } from 'entities';
import { WINDOWS_1252_HIGH } from '../fetch/windows-1252';

/**
 * Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
 * Real feeds carry them (copied from Word, broken CMS exports); miniflux strips them too.
 */
const ILLEGAL_XML =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A cheap first check for both jobs of cleanXmlText; surrogates are usually valid pairs (emoji),
 * the full pattern decides.
 */
const NEEDS_CLEANING = /[\x00-\x08\x0B\x0C\x0E-\x1F\x80-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;
const C1 = /[\x80-\x9F]/g;

/**
 * Decoded text as readers show it: characters illegal in XML 1.0 removed, and the C1 controls
 * U+0080–U+009F read as the windows-1252 characters they stand for (`don\u0092t` → `don’t`), as
 * feedparser and browsers do: they come from cp1252 text that was labelled or re-encoded as
 * Latin-1. Returns the input itself when there is nothing to do.
 */
export function cleanXmlText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  const legal = s.replace(ILLEGAL_XML, '');
  return legal.replace(C1, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/**
 * Decode one layer of entities: the five XML ones, numeric references and every HTML5 named
 * entity (feeds write `&auml;` and `&nbsp;` as if XML knew them). Strict mode: only references
 * ending in `;` count, as in XML, so `?a=1&copy=2` is not turned into `?a=1©=2`.
 */
export function decodeEntities(s: string): string {
  return s.indexOf('&') === -1 ? s : decodeHTML(s, DecodingMode.Strict);
}

const ENTITY_REF = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9._-]*);/g;

/** Limits for entities a DOCTYPE declares (the parser already caps their count and size). */
export interface EntityLimits {
  maxTotalExpansions: number;
  maxExpandedLength: number;
}

/**
 * The decoder fast-xml-parser calls for every text node and attribute value. It replaces the
 * library's own, which knows only a few HTML entities and would make us decode a second time
 * afterwards: that turned `&amp;auml;` into `ä` instead of the literal `&auml;` the feed meant.
 * Here the XML layer is decoded exactly once. Entities a DOCTYPE declares are expanded without
 * re-scanning their values (the parser keeps only values without `&`), and their total output
 * is capped, so neither billion laughs nor a quadratic blow-up can grow the text.
 */
export function createEntityDecoder(limits: EntityLimits) {
  let declared: Record<string, string> | null = null;
  let expanded = 0;
  let expansions = 0;
  const expand = (ref: string): string => {
    const name = ref.slice(1, -1);
    const value = declared !== null && name in declared ? declared[name] : undefined;
    if (value === undefined) return decodeHTML(ref, DecodingMode.Strict);
    expanded += value.length;
    expansions += 1;
    if (expanded > limits.maxExpandedLength || expansions > limits.maxTotalExpansions) {
      throw new Error('entity expansion limit exceeded');
    }
    return value;
  };
  return {
    setExternalEntities(): void {},
    setXmlVersion(): void {},
    addInputEntities(entities: Record<string, string>): void {
      const names = Object.keys(entities);
      if (names.length > 0) {
        declared = Object.create(null) as Record<string, string>;
        for (const name of names) declared[name] = String(entities[name]);
      }
    },
    reset(): void {
      declared = null;
      expanded = 0;
      expansions = 0;
    },
    decode(s: string): string {
      if (s.indexOf('&') === -1) return s;
      if (declared === null) return decodeHTML(s, DecodingMode.Strict);
      return s.replace(ENTITY_REF, expand);
    },
  };
}

/** Limits on DOCTYPE entities, shared by the parser's DOCTYPE reader and our decoder. */
export const ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 20,
  maxEntitySize: 1000,
  maxTotalExpansions: 1000,
  maxExpandedLength: 100_000,
};

/**
 * The decoder of the document being parsed. fast-xml-parser resets it at the start of every
 * document and fills in the DOCTYPE's entities; the mapping that follows the parse (all
 * synchronous) reads field contents with it, so those entities and limits apply there too.
 */
export const documentEntities = createEntityDecoder(ENTITY_LIMITS);
