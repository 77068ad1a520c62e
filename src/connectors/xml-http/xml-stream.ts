// Streaming XML reading over saxes for protocol replies: element events by path, and chosen subtrees (a MARC
// record) captured whole as namespace-complete XML strings — many-MB pages never become a DOM.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { errors } from '../../core/errors.ts';

export interface XmlElement {
  readonly local: string;
  readonly uri: string;
  /** Attribute values by qualified name as written (`status`, `xsi:schemaLocation`). */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface XmlHandlers {
  /** An element opened (`path`: local names from the root to it). Return true to receive its subtree via `captured`. */
  open?(element: XmlElement, path: readonly string[]): boolean | void;
  /** An element that was not captured closed; `text` is its own character data. */
  close?(element: XmlElement, text: string, path: readonly string[]): void;
  /** A captured subtree, serialized with every namespace it uses declared on its root. */
  captured?(element: XmlElement, xml: string, path: readonly string[]): void;
}

/** Deeper nesting than any protocol reply needs: a guard against hostile input. */
const MAX_DEPTH = 256;
const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

/** Parses `text` as it arrives; bad XML fails with `xml-malformed` naming the source, line and column. */
export async function readXml(source: string, text: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const path: string[] = [];
  const elements: XmlElement[] = [];
  const texts: string[] = [];
  let capture: SubtreeWriter | null = null;

  parser.on('error', (e) => {
    throw errors.xmlMalformed(`Source ${source} sent malformed XML: ${e.message}`, { source, line: parser.line, column: parser.column });
  });
  parser.on('opentag', (tag) => {
    if (capture !== null) return capture.open(tag);
    if (path.length >= MAX_DEPTH) throw errors.xmlMalformed(`Source ${source} sent XML nested deeper than ${MAX_DEPTH}`, { source });
    const element = toElement(tag);
    path.push(element.local);
    elements.push(element);
    texts.push('');
    if (handlers.open?.(element, path) === true) capture = new SubtreeWriter(tag);
  });
  const onText = (data: string): void => {
    if (capture !== null) capture.text(data);
    else if (texts.length > 0) texts[texts.length - 1] += data;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (capture !== null) {
      const xml = capture.close(tag, (prefix) => parser.resolve(prefix));
      if (xml === null) return;
      capture = null;
      handlers.captured?.(elements[elements.length - 1], xml, path);
    } else {
      handlers.close?.(elements[elements.length - 1], texts[texts.length - 1], path);
    }
    path.pop();
    elements.pop();
    texts.pop();
  });

  for await (const chunk of text) parser.write(chunk);
  parser.close();
}

function toElement(tag: SaxesTagNS): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
  return { local: tag.local, uri: tag.uri, attributes };
}

/** Re-serializes one subtree; the root's start tag is written last, once every prefix the subtree uses is known. */
class SubtreeWriter {
  private readonly parts: string[] = [''];
  private readonly prefixes = new Set<string>();
  private depth = 0;

  constructor(private readonly root: SaxesTagNS) {
    this.open(root);
  }

  open(tag: SaxesTagNS): void {
    this.depth++;
    this.prefixes.add(tag.prefix);
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== '' && attribute.uri !== XMLNS_URI) this.prefixes.add(attribute.prefix);
    }
    if (this.depth > 1) this.parts.push(startTag(tag, ''));
  }

  text(data: string): void {
    this.parts.push(escapeText(data));
  }

  /** The subtree's XML when its root closes, else null. `resolve` gives a prefix's namespace in the root's scope. */
  close(tag: SaxesTagNS, resolve: (prefix: string) => string | undefined): string | null {
    this.depth--;
    if (this.depth > 0) {
      if (!tag.isSelfClosing) this.parts.push(`</${tag.name}>`);
      return null;
    }
    let declarations = '';
    for (const prefix of this.prefixes) {
      if (prefix === 'xml' || declares(this.root, prefix)) continue;
      const uri = resolve(prefix);
      if (uri === undefined || uri === '') continue;
      declarations += ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(uri)}"`;
    }
    this.parts[0] = startTag(this.root, declarations);
    if (!this.root.isSelfClosing) this.parts.push(`</${this.root.name}>`);
    return this.parts.join('');
  }
}

function declares(tag: SaxesTagNS, prefix: string): boolean {
  return (prefix === '' ? 'xmlns' : `xmlns:${prefix}`) in tag.attributes;
}

function startTag(tag: SaxesTagNS, declarations: string): string {
  let out = `<${tag.name}${declarations}`;
  for (const attribute of Object.values(tag.attributes)) out += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return out + (tag.isSelfClosing ? '/>' : '>');
}

function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
