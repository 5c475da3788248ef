/**
 * Adversarial shapes: short units that, repeated, made a former scan quadratic or worse (a
 * pattern retried from every position, a search restarted after every opener). Shared by the
 * 1 MiB guard in tests/hardening/stalls.test.ts and the fuzz property in shapes.fuzz.test.ts.
 */
import fc from 'fast-check';

export interface Shape {
  name: string;
  unit: string;
  /** Something after the repeats that makes a pattern fail at the very end. */
  tail?: string;
}

export const SHAPES: Shape[] = [
  { name: 'DOCTYPE [] pairs', unit: '[]', tail: '' },
  { name: 'spaces before a comment close', unit: ' ', tail: 'x)' },
  { name: 'tabs and newlines', unit: '\t\n ' },
  { name: '<a openers', unit: '<a' },
  { name: '<a with a space', unit: '<a ' },
  { name: 'comment openers', unit: '<!--' },
  { name: 'CDATA openers', unit: '<![CDATA[' },
  { name: 'PI openers', unit: '<?x' },
  { name: 'declaration openers', unit: '<!DOCTYPE ' },
  { name: 'parameter entities in a DOCTYPE subset', unit: '[<!ENTITY % a PUBLIC "x" "y">%a;%' },
  { name: '<base openers', unit: '<base ' },
  { name: '<link openers', unit: '<link ' },
  { name: 'feed links', unit: '<link rel="alternate" type="application/rss+xml" href="/f">' },
  { name: 'item openers', unit: '<item>' },
  { name: 'item and title openers', unit: '<item><title>' },
  { name: 'end tags', unit: '</item>' },
  { name: 'bare ampersands', unit: '&' },
  { name: 'entity starts', unit: '&a' },
  { name: 'numeric reference starts', unit: '&#' },
  { name: 'less-than signs', unit: '<' },
  { name: 'double quotes', unit: '"' },
  { name: 'single quotes', unit: "'" },
  { name: 'attribute names without values', unit: ' a' },
  { name: 'equals signs', unit: '=' },
  { name: 'parentheses', unit: '(' },
  { name: 'asterisks', unit: '*' },
  { name: 'separators', unit: '-._' },
  { name: 'img with slashes', unit: '<img/src=x/onerror=alert(1)>' },
  { name: 'escaped markup', unit: '&lt;b&gt;' },
  { name: 'bidi and zero-width', unit: '\u202E\u200B\u2066' },
  { name: 'place and event word', unit: 'Kongress in München ' },
  { name: 'place names', unit: 'Landkreis Nürnberger Land, ' },
  { name: 'one long word', unit: 'Digitalisierung' },
  { name: 'German date words', unit: 'Mo., 3. März ' },
  { name: 'digits and dots', unit: '1.' },
];

/** The shape repeated to about `bytes` UTF-16 units, with its tail. */
export function repeatShape(shape: Shape, bytes: number): string {
  return shape.unit.repeat(Math.max(1, Math.floor(bytes / shape.unit.length))) + (shape.tail ?? '');
}

/** Where a shape is put: the places in a document that different scans read. */
export const SHELLS: { name: string; wrap: (s: string) => string }[] = [
  { name: 'bare', wrap: (s) => s },
  { name: 'channel head of a broken feed', wrap: (s) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${s}<item><title>A & B</title><link>https://a.example/1</link></item></channel></rss>` },
  { name: 'item title', wrap: (s) => `<rss version="2.0"><channel><item><title>${s}</title><link>https://a.example/1</link></item></channel></rss>` },
  { name: 'CDATA description', wrap: (s) => `<rss version="2.0"><channel><item><title>T</title><description><![CDATA[${s}]]></description><pubDate>${s}</pubDate></item></channel></rss>` },
  { name: 'HTML head', wrap: (s) => `<!doctype html><html><head>${s}` },
  { name: 'after a DOCTYPE', wrap: (s) => `<!DOCTYPE rss ${s}` },
];

/** fast-check: a shape, a size up to `max` and a shell. */
export function shapeCase(max: number) {
  return fc.record({
    shape: fc.constantFrom(...SHAPES),
    bytes: fc.integer({ min: 1, max }),
    shell: fc.constantFrom(...SHELLS),
    mix: fc.option(fc.constantFrom(...SHAPES), { nil: undefined }),
  });
}
