/** feeds.opml: the generated feeds as an OPML 2.0 subscription list for feed readers. */
import { cleanText } from '../../feedgen/xml-text';
import type { FeedSpec } from './feed-list';
import { publicUrl } from './feed-list';

function attr(s: string): string {
  return cleanText(s).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/**
 * The list, grouped into "Kommunalradar", "Länder" and "Themen". Feed URLs are absolute
 * under `baseUrl`; without one they are relative to the OPML file, which readers that
 * fetch the file by URL resolve, but a downloaded copy cannot.
 */
export function buildFeedsOpml(specs: FeedSpec[], baseUrl: string | undefined): string {
  const outline = (s: FeedSpec) =>
    `      <outline type="rss" text="${attr(s.title)}" title="${attr(s.title)}" xmlUrl="${attr(publicUrl(baseUrl, s.path) ?? s.path)}"${
      baseUrl ? ` htmlUrl="${attr(baseUrl)}"` : ''
    }/>`;
  const group = (text: string, list: FeedSpec[]) =>
    `    <outline text="${attr(text)}">\n${list.map(outline).join('\n')}\n    </outline>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Kommunalradar – Feeds</title>
    <docs>http://opml.org/spec2.opml</docs>
  </head>
  <body>
${group('Kommunalradar', specs.filter((s) => s.kind === 'all'))}
${group('Länder', specs.filter((s) => s.kind === 'land'))}
${group('Themen', specs.filter((s) => s.kind === 'theme'))}
  </body>
</opml>
`;
}
