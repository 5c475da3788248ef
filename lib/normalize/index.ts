/**
 * ParsedItem → NormalizedItem: plain-text title and teaser, safe links, a stable key and id.
 *
 * Text rules (kept deliberately simple):
 * - summary: HTML. Markup is stripped, then the entity layer is decoded once.
 * - title: the parser already decoded XML entities. Only when the title still contains
 *   markup (`<b>Neu</b>`) is it treated as HTML: stripped and decoded once. A title
 *   without tags is taken as text, so a literal "&amp;" in it stays as written, and so is
 *   one the feed declares text (`titleIsText`, Atom `type="text"`), brackets and all.
 * - both: bidi controls and control characters removed, whitespace collapsed, capped at
 *   300 characters at a word boundary with "…".
 *
 * Identity (E01–E05): key = guid; if one feed repeats a guid with different links, each
 * becomes `guid|link` (E02); without guid the normalised link (E01a); without either a
 * hash of title, date and teaser (E01b). id = `${sourceId}|${key}` (E03). Every parsed item
 * comes out, even two alike: which of them to keep is the store's decision (it keeps the first
 * of an id in a batch), so that `kommunalradar parse` shows what the feed holds.
 */
import type { NormalizedItem, ParsedItem } from '../model';
import { hashString } from './hash';
import { cleanText, hasMarkup, htmlToText, RAW_INPUT_CAP, toText, truncateAtWord } from './text';
import { htmlToTeaser } from './teaser';
import { trimTeaser } from './teaser-trim';
import { hostAndPath, linkForms, parseHttpUrl } from './link';

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 300;
/** Length of a title made from the teaser's first words. */
export const FALLBACK_TITLE_MAX = 80;
export const UNTITLED = '(ohne Titel)';
/** Guids longer than this are hashed rather than used verbatim as key. */
const GUID_KEY_MAX = 512;
const CATEGORY_MAX = 100;
const CATEGORIES_MAX = 20;

interface Prepared {
  guid: string;
  title: string;
  link: string;
  linkKey: string;
  summary: string;
  categories: string[];
  publishedAt: number | null;
}

/** The raw cap, without copying the (usual) short string. */
function capRaw(raw: string): string {
  return raw.length > RAW_INPUT_CAP ? raw.slice(0, RAW_INPUT_CAP) : raw;
}

function cleanTitle(raw: string, isText = false): string {
  const capped = capRaw(raw);
  return !isText && hasMarkup(capped) ? htmlToText(capped) : cleanText(capped);
}

/**
 * A feed's own title (the channel title), cleaned like an item title: markup stripped, bidi
 * and zero-width characters removed, at most TITLE_MAX characters (H09). It becomes a source's
 * name in the UI and in exports, so it gets no less care than the items.
 */
export function normalizeFeedTitle(raw: unknown): string {
  return truncateAtWord(cleanTitle(toText(raw)), TITLE_MAX);
}

function cleanCategories(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  // At most CATEGORIES_MAX are kept, so a list is as good as a set for telling repeats.
  const out: string[] = [];
  for (const c of raw) {
    const text = truncateAtWord(cleanText(capRaw(toText(c))), CATEGORY_MAX);
    if (text !== '' && !out.includes(text)) out.push(text);
    if (out.length >= CATEGORIES_MAX) break;
  }
  return out;
}

function prepare(item: ParsedItem): Prepared {
  const guid = cleanText(capRaw(toText(item.guid)));
  let forms = linkForms(toText(item.link));
  // E05: a permalink guid stands in for a missing <link> only when it is itself an http(s) URL.
  if (forms.link === '' && item.guidIsPermaLink === true && parseHttpUrl(guid)) forms = linkForms(guid);
  // A leading "[DD.MM.YYYY]" dates an item whose feed gives no date; it and "mehr..." go.
  const { text: summary, date: teaserDate } = trimTeaser(htmlToTeaser(toText(item.summary), SUMMARY_MAX));
  const publishedAt =
    typeof item.publishedAt === 'number' && Number.isFinite(item.publishedAt) ? item.publishedAt : teaserDate;
  return {
    guid,
    title: truncateAtWord(cleanTitle(toText(item.title), item.titleIsText === true), TITLE_MAX),
    link: forms.link,
    linkKey: forms.key,
    summary,
    categories: cleanCategories(item.categories),
    publishedAt,
  };
}

function fallbackTitle(p: Prepared): string {
  if (p.title !== '') return p.title;
  if (p.summary !== '') return truncateAtWord(p.summary, FALLBACK_TITLE_MAX);
  const hp = hostAndPath(p.link);
  return hp !== '' ? truncateAtWord(cleanText(hp), TITLE_MAX) : UNTITLED;
}

function guidKey(guid: string): string {
  return guid.length > GUID_KEY_MAX ? `g:${hashString(guid)}` : guid;
}

/** The key of an item with neither guid nor link: stable as long as title, date and teaser are. */
function contentKey(p: Prepared): string {
  return `h:${hashString(`${p.title}\u241F${p.publishedAt ?? ''}\u241F${p.summary}`)}`;
}

/** Normalises one feed's parsed items for `sourceId`, one for each. Never throws on odd field types. */
export function normalizeItems(items: ParsedItem[], ctx: { sourceId: string }): NormalizedItem[] {
  // One pass makes the items (each prepared form dies young); the keys come in a second pass,
  // once E02 knows which guids carry more than one distinct link in this feed (the first link
  // of each guid is enough to tell).
  const out: NormalizedItem[] = [];
  const linkKeys: string[] = [];
  const firstLink = new Map<string, string>();
  const ambiguousGuids = new Set<string>();
  for (const item of items) {
    const p = prepare(item);
    if (p.guid !== '') {
      const first = firstLink.get(p.guid);
      if (first === undefined) firstLink.set(p.guid, p.linkKey);
      else if (first !== p.linkKey) ambiguousGuids.add(p.guid);
    }
    linkKeys.push(p.guid === '' && p.linkKey === '' ? contentKey(p) : p.linkKey);
    out.push({
      id: '',
      sourceId: ctx.sourceId,
      key: '',
      guid: p.guid,
      title: fallbackTitle(p),
      link: p.link,
      summary: p.summary,
      categories: p.categories,
      publishedAt: p.publishedAt,
    });
  }
  out.forEach((n, i) => {
    // Without guid, linkKeys holds the link's key, or the content key when there is no link.
    const key = n.guid === '' ? linkKeys[i]! : ambiguousGuids.has(n.guid) ? `${guidKey(n.guid)}|${linkKeys[i]}` : guidKey(n.guid);
    n.key = key;
    n.id = `${ctx.sourceId}|${key}`;
  });
  return out;
}
