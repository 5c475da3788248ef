/**
 * The page as a tree: htmlparser2 builds it, css-select queries it. Pure JavaScript, so the
 * same tree (and the same items) comes out in the Chrome build, the Firefox build and Node.
 * No script is ever run; scripts, styles and templates are skipped when reading text.
 */
import { selectAll, selectOne } from 'css-select';
import { type AnyNode, type Document, DomHandler, type Element, isTag, isText } from 'domhandler';
import { Parser } from 'htmlparser2';

export type { Document, Element } from 'domhandler';

/** Pages larger than this are cut: a listing's items sit well within it (the fetch caps at 5 MiB). */
export const HTML_CAP = 5 * 1024 * 1024;
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'td',
  'th', 'tr', 'ul',
]);

/** HTML text → document tree (entities decoded once, tags lower-cased). */
export function parseHtml(html: string): Document {
  const handler = new DomHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html.length > HTML_CAP ? html.slice(0, HTML_CAP) : html);
  return handler.root;
}

/** Elements matching `selector` under `root`; an invalid selector matches nothing. */
export function queryAll(selector: string, root: AnyNode | AnyNode[]): Element[] {
  try {
    return selectAll(selector, root);
  } catch {
    return [];
  }
}

/** The first element matching `selector` under `root`, or null. */
export function queryOne(selector: string, root: AnyNode | AnyNode[]): Element | null {
  try {
    return selectOne(selector, root);
  } catch {
    return null;
  }
}

/** The element's visible text, whitespace collapsed; blocks and <br> separate words. Iterative: deep trees do not overflow the stack. */
export function textOf(node: AnyNode, skip?: ReadonlySet<AnyNode>): string {
  const parts: string[] = [];
  const stack: (AnyNode | string)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
    } else if (skip?.has(n)) {
      continue;
    } else if (isText(n)) {
      parts.push(n.data);
    } else if (isTag(n)) {
      if (HIDDEN.has(n.name) || n.attribs.hidden !== undefined) continue;
      const block = BLOCK.has(n.name);
      if (block) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return collapse(parts.join(''));
}

/** Whitespace runs → one space, trimmed (one quantifier, linear). */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** An attribute's value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** The element's ancestors, nearest first. */
export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isTag(p); p = p.parent) out.push(p);
  return out;
}

/** Element children only. */
export function childElements(el: Element | Document): Element[] {
  return el.children.filter(isTag);
}

/** Class tokens of an element. */
export function classes(el: Element): string[] {
  const c = el.attribs.class;
  return c ? c.split(/[ \t\n\r\f]+/).filter((t) => t !== '') : [];
}

export { isTag, isText };
