import { LAND_NAMES, THEME_LABELS } from '../../lib/labels';
import type { Item, RegionCode } from '../../lib/model';

/** What a published headline shows; the link is already checked (public http(s) or absent). */
export interface SiteHeadline {
  id: string;
  title: string;
  link?: string;
  summary: string;
  sourceName: string;
  sortAt: number;
  regions: RegionCode[];
  themes: string[];
}

const BERLIN = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });

/** A date as people in Germany read it, in Berlin time (a published page has no "vor 3 Std.": it would go stale). */
export function siteDate(ts: number): string {
  return BERLIN.format(ts);
}

/** The page of a Land or theme, relative to the site's root. */
export const landPath = (code: RegionCode) => `land/${code.toLowerCase()}.html`;
export const themePath = (id: string) => `thema/${id}.html`;

/** Land and theme chips as links to their pages; `root` leads back to the site's root ('' or '../'). */
export function SiteChips({ item, root }: { item: Pick<Item, 'regions' | 'themes'>; root: string }) {
  const themes = item.themes.filter((id) => THEME_LABELS[id]);
  if (item.regions.length === 0 && themes.length === 0) return null;
  return (
    <ul class="chips" aria-label="Land und Thema">
      {item.regions.map((r) => (
        <li key={r}><a class="chip chip-land" href={root + landPath(r)}>{LAND_NAMES[r] ?? r}</a></li>
      ))}
      {themes.map((id) => (
        <li key={id}><a class="chip chip-theme" href={root + themePath(id)}>{THEME_LABELS[id]!.de}</a></li>
      ))}
    </ul>
  );
}

/** The latest headlines, newest first, each with its source, date, teaser and chips. */
export function Headlines({ items, root, empty }: { items: SiteHeadline[]; root: string; empty: string }) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ol class="headlines">
      {items.map((i) => (
        <li key={i.id}>
          <article>
            <h3>{i.link ? <a href={i.link}>{i.title || 'Ohne Titel'}</a> : i.title || 'Ohne Titel'}</h3>
            <p class="meta">
              {i.sourceName} · <time dateTime={new Date(i.sortAt).toISOString()}>{siteDate(i.sortAt)}</time>
            </p>
            {i.summary ? <p class="teaser">{i.summary}</p> : null}
            <SiteChips item={i} root={root} />
          </article>
        </li>
      ))}
    </ol>
  );
}
