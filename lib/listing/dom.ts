/**
 * The page as a tree: htmlparser2 builds it, css-select queries it. Pure JavaScript, so the
 * same tree (and the same items) comes out in the Chrome build, the Firefox build and Node.
 * No script is ever run; scripts, styles and templates are skipped when reading text.
 */
import { compile, selectAll, selectOne } from 'css-select';
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

/** Deeper nesting than this is cut off: real pages stay far below it. */
export const DEPTH_CAP = 256;

/** HTML text → document tree (entities decoded once, tags lower-cased). */
export function parseHtml(html: string): Document {
  const handler = new DomHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(capNesting(html.length > HTML_CAP ? html.slice(0, HTML_CAP) : html, DEPTH_CAP));
  return handler.root;
}

const VOID_OR_OPTIONAL = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rt', 'rp',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * The HTML up to where its elements nest deeper than `cap`, estimated by a linear scan of the
 * tags (void elements and those whose end tag may be left out are not counted). htmlparser2 and
 * css-select keep their open elements in arrays they shift and unshift, so each level costs a
 * step on every later tag: a page of 20,000 nested <div>s would take seconds.
 */
export function capNesting(html: string, cap: number): string {
  const n = html.length;
  let depth = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    let j = nameStart;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const end = html.indexOf('>', j);
    if (end === -1) break;
    if (closing) {
      if (!VOID_OR_OPTIONAL.has(name) && depth > 0) depth--;
      i = html.indexOf('<', end + 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = indexOfCloseTag(html, name, end + 1);
      i = close === -1 ? -1 : html.indexOf('<', close + 2);
      continue;
    }
    if (!VOID_OR_OPTIONAL.has(name) && html.charCodeAt(end - 1) !== 47) {
      depth++;
      if (depth > cap) return html.slice(0, i);
    }
    i = html.indexOf('<', end + 1);
  }
  return html;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Where `</name` starts after `from`, any case; -1 when never. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return -1;
}

/**
 * Compiled selectors, by text: a rule's few selectors run once per item, and compiling one
 * costs more than matching it within an item. null marks a selector css-select refuses.
 */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>> | null>();

function compiledQuery(selector: string): ReturnType<typeof compile<AnyNode, Element>> | null {
  let query = compiled.get(selector);
  if (query === undefined) {
    try {
      query = compile<AnyNode, Element>(selector);
    } catch {
      query = null;
    }
    if (compiled.size >= 200) compiled.clear();
    compiled.set(selector, query);
  }
  return query;
}

/** Elements matching `selector` under `root`; an invalid selector matches nothing. */
export function queryAll(selector: string, root: AnyNode | AnyNode[]): Element[] {
  const query = compiledQuery(selector);
  return query ? (selectAll(query, root) as Element[]) : [];
}

/** The first element matching `selector` under `root`, or null. */
export function queryOne(selector: string, root: AnyNode | AnyNode[]): Element | null {
  const query = compiledQuery(selector);
  return query ? (selectOne(query, root) as Element | null) : null;
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

/**
 * The start of the element's visible text, about `cap` characters, whitespace collapsed: the
 * walk stops once it has read enough, so asking a huge heading what it says costs little.
 */
export function textStart(node: AnyNode, cap: number): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && text.length < cap * 2) {
    const n = stack.pop()!;
    if (isText(n)) text += n.data.length > cap * 2 ? n.data.slice(0, cap * 2) : n.data;
    else if (isTag(n)) {
      if (HIDDEN.has(n.name) || n.attribs.hidden !== undefined) continue;
      if (BLOCK.has(n.name)) text += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return collapse(text).slice(0, cap);
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
