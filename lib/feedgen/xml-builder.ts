/**
 * The one XMLBuilder configuration both XML formats use. fast-xml-parser's builder
 * (≥ 5.7) escapes `&`, `<`, `>` and quotes in text and attributes, so no `]]>` or `-->`
 * survives as markup.
 */
import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // The default turns the attribute value "true" into a bare attribute name: not XML.
  suppressBooleanAttributes: false,
  processEntities: true,
});

const DECLARATION = { '@_version': '1.0', '@_encoding': 'UTF-8' };

/** Serialises `root` (one element name → its object tree) after an XML declaration. */
export function buildXml(root: Record<string, unknown>): string {
  return builder.build({ '?xml': DECLARATION, ...root }) as string;
}
