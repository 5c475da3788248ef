import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ParsedFeed, ParseResult } from '../../lib/model';

/** A fixture under tests/fixtures/feeds as text. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

/** The feed of a successful result; fails the test otherwise. */
export function feedOf(result: ParseResult): ParsedFeed {
  if (!result.ok) expect.fail(`expected a feed, got ${result.code}: ${result.error}`);
  return result.feed;
}

/** A minimal RSS 2.0 document around some item XML. */
export function rss(items: string, channel = '<title>Testkanal</title>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>${channel}${items}</channel></rss>`;
}
