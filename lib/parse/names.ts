/**
 * Element names by namespace, not by the prefix a feed happens to write: `<r:rss
 * xmlns:r="http://backend.userland.com/rss2">`, `<a:entry xmlns:a="http://www.w3.org/2005/Atom">`
 * and `<dc:date>` under any prefix bound to Dublin Core all read as the mappings expect.
 *
 * Like Python's feedparser, the namespaces of the feed formats themselves map to no prefix, and
 * the modules we read map to their usual prefix. Prefixes are taken from the root element's
 * declarations (where feeds declare them); an undeclared or unknown prefix is kept as written,
 * and unprefixed names stay unprefixed whatever the default namespace is.
 */

/** Namespace URI → the prefix the mappings use ('' for the feed formats' own namespaces). */
const KNOWN: ReadonlyMap<string, string> = new Map([
  ['http://backend.userland.com/rss', ''],
  ['http://backend.userland.com/rss2', ''],
  ['http://blogs.law.harvard.edu/tech/rss', ''],
  ['http://www.rssboard.org/rss-specification', ''],
  ['http://purl.org/rss/1.0/', ''],
  ['http://purl.org/net/rss1.1#', ''],
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://purl.org/rss/1.0/modules/rss091#', ''],
  ['http://purl.org/atom/ns#', ''],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
]);
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RSS 1.1's namespace: its root is `Channel` in it. */
export const RSS11_NS = 'http://purl.org/net/rss1.1#';

/** Root elements of the formats, by local name. */
const FORMAT_ROOTS: ReadonlySet<string> = new Set(['rss', 'feed', 'Channel']);

/** The prefix the mappings use for a namespace; Atom 1.0 is a format only inside an Atom feed. */
function prefixFor(uri: string, atomRoot: boolean): string | undefined {
  const u = uri.trim();
  if (u === ATOM_NS || u === `${ATOM_NS}/`) return atomRoot ? '' : 'atom';
  return KNOWN.get(u) ?? KNOWN.get(u.toLowerCase());
}

/** The local part of a qualified name. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The namespace URI a root element's name is in, from its own declarations ('' if none). */
export function rootNamespace(name: string, attrs: Record<string, unknown> | undefined): string {
  const colon = name.indexOf(':');
  const value = attrs?.[colon === -1 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The names of the document being mapped. Reset for every document (by the scanner or after
 * the library's parse) from its root element; mapping is synchronous, like the entity decoder.
 */
function createDocumentNames() {
  let renames: Map<string, string> | null = null;
  const cache = new Map<string, string>();
  return {
    reset(rootName: string, attrs: Record<string, unknown> | undefined): void {
      renames = null;
      cache.clear();
      const local = localName(rootName);
      const atomRoot = local === 'feed';
      // The root's own prefix is the format's, whatever namespace it names (`<r:rss xmlns:r="…">`).
      const rootPrefix = rootName.length > local.length && FORMAT_ROOTS.has(local) ? rootName.slice(0, -local.length - 1) : '';
      if (rootPrefix !== '') (renames = new Map()).set(rootPrefix, '');
      if (attrs === undefined) return;
      for (const key of Object.keys(attrs)) {
        if (!key.startsWith('xmlns:')) continue;
        const value = attrs[key];
        const prefix = typeof value === 'string' ? prefixFor(value, atomRoot) : undefined;
        if (prefix === undefined || prefix === key.slice(6) || key.slice(6) === rootPrefix) continue;
        (renames ??= new Map()).set(key.slice(6), prefix);
      }
    },
    /**
     * How the document writes each of `names` (mapping terms) under the prefixes it renames:
     * the library's stop nodes must be named as written.
     */
    writtenForms(names: readonly string[]): string[] {
      if (renames === null) return [];
      const out: string[] = [];
      for (const [written, prefix] of renames) {
        for (const name of names) {
          const colon = name.indexOf(':');
          if (prefix === '' ? colon === -1 : name.startsWith(`${prefix}:`)) out.push(`${written}:${name.slice(colon + 1)}`);
        }
      }
      return out;
    },
    /** `name` with its prefix replaced by the one the mappings use. */
    canon(name: string): string {
      if (renames === null) return name;
      const colon = name.indexOf(':');
      if (colon === -1) return name;
      const known = cache.get(name);
      if (known !== undefined) return known;
      const prefix = renames.get(name.slice(0, colon));
      const out = prefix === undefined ? name : prefix === '' ? name.slice(colon + 1) : `${prefix}${name.slice(colon)}`;
      if (cache.size < 1000) cache.set(name, out);
      return out;
    },
  };
}

export const documentNames = createDocumentNames();
