/** Generated feeds: stored items → RSS 2.0, Atom 1.0 and JSON Feed 1.1. */
export { buildRss } from './rss';
export { buildAtom } from './atom';
export { buildJsonFeed } from './json-feed';
export { filterItems, compareNewest, DEFAULT_FEED_LIMIT, type FeedFilter } from './filter';
export { LAND_DOMAIN, THEME_DOMAIN, type FeedMeta } from './entry';
