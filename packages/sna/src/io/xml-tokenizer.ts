/**
 * A small pull tokenizer for the XML that graph files use (GraphML, GEXF).
 *
 * It checks what a reader needs to trust a file — tags nest and close, attributes are quoted and
 * not repeated, entities are known — and skips what GraphML files carry but graphs do not need:
 * the XML declaration, processing instructions, comments and a DOCTYPE. It does not resolve
 * DTD-declared entities or namespaces: element and attribute names are returned as written.
 * Every token carries its 1-based line and column so readers can point at the problem.
 */
import { SnaFormatError } from './format-error.js';
import type { GraphFormat } from './format-error.js';

/** A start tag (possibly self-closing), an end tag, or decoded character data. */
export type XmlToken =
  | {
      kind: 'open';
      name: string;
      attributes: Map<string, string>;
      selfClosing: boolean;
      line: number;
      column: number;
    }
  | { kind: 'close'; name: string; line: number; column: number }
  | { kind: 'text'; text: string; line: number; column: number };

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[^\s/>=<"'!?]+/y;
const SPACE = /\s*/y;

/** Turns offsets into line and column; offsets are asked for in increasing order, so it only scans forward. */
class Locator {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.offset; i < offset; i++) {
      if (this.text.charCodeAt(i) === 10) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

/** Yields the tokens of an XML document; throws SnaFormatError (tagged with `format`) at the first malformed spot. */
export function* tokenizeXml(input: string, format: GraphFormat): Generator<XmlToken> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const locator = new Locator(text);
  const fail = (message: string, offset: number): never => {
    throw new SnaFormatError(format, message, locator.at(offset));
  };
  const open: { name: string; offset: number }[] = [];
  const n = text.length;
  let i = 0;

  const skipTo = (marker: string, from: number, what: string): number => {
    const end = text.indexOf(marker, from);
    if (end === -1) fail(`${what} is never closed`, from);
    return end + marker.length;
  };

  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = text.slice(i, textEnd);
      if (open.length === 0 && raw.trim() !== '') fail('text outside the root element', i);
      yield { kind: 'text', text: decodeEntities(raw, i, fail), ...locator.at(i) };
    }
    if (lt === -1) break;
    i = lt;

    if (text.startsWith('<!--', i)) {
      i = skipTo('-->', i + 4, 'comment');
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = skipTo(']]>', i + 9, 'CDATA section');
      yield { kind: 'text', text: text.slice(i + 9, end - 3), ...locator.at(i) };
      i = end;
    } else if (text.startsWith('<?', i)) {
      i = skipTo('?>', i + 2, 'processing instruction');
    } else if (text.startsWith('<!', i)) {
      i = skipDoctype(text, i, fail);
    } else if (text.startsWith('</', i)) {
      const start = i;
      NAME.lastIndex = i + 2;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) fail('expected an element name after "</"', i + 2);
      SPACE.lastIndex = i + 2 + (name as string).length;
      SPACE.exec(text);
      i = SPACE.lastIndex;
      if (text[i] !== '>') fail(`expected ">" to end </${name}`, i);
      i++;
      const top = open.pop();
      if (top === undefined) fail(`closing tag </${name}> has no matching opening tag`, start);
      if (top !== undefined && top.name !== name) {
        const opened = locator.at(top.offset);
        const here = locator.at(start);
        throw new SnaFormatError(
          format,
          `closing tag </${name}> does not match <${top.name}> opened at line ${opened.line}, column ${opened.column}`,
          here,
        );
      }
      yield { kind: 'close', name: name as string, ...locator.at(start) };
    } else {
      const start = i;
      NAME.lastIndex = i + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined)
        fail('expected an element name after "<" (write "&lt;" for a literal "<")', i + 1);
      i = i + 1 + (name as string).length;
      const attributes = new Map<string, string>();
      let selfClosing = false;
      for (;;) {
        SPACE.lastIndex = i;
        SPACE.exec(text);
        const spaced = SPACE.lastIndex > i;
        i = SPACE.lastIndex;
        if (i >= n) fail(`tag <${name}> is never closed`, start);
        if (text.startsWith('/>', i)) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (text[i] === '>') {
          i++;
          break;
        }
        if (!spaced) fail(`expected whitespace, ">" or "/>" in <${name}>`, i);
        NAME.lastIndex = i;
        const attribute = NAME.exec(text)?.[0];
        if (attribute === undefined) fail(`expected an attribute name in <${name}>`, i);
        const attributeAt = i;
        i += (attribute as string).length;
        SPACE.lastIndex = i;
        SPACE.exec(text);
        i = SPACE.lastIndex;
        if (text[i] !== '=') fail(`expected "=" after attribute ${attribute}`, i);
        SPACE.lastIndex = i + 1;
        SPACE.exec(text);
        i = SPACE.lastIndex;
        const quote = text[i];
        if (quote !== '"' && quote !== "'") fail(`the value of attribute ${attribute} must be quoted`, i);
        const close = text.indexOf(quote as string, i + 1);
        if (close === -1) fail(`the value of attribute ${attribute} is never closed`, i);
        const raw = text.slice(i + 1, close);
        const lessThan = raw.indexOf('<');
        if (lessThan !== -1)
          fail(`"<" is not allowed in an attribute value (write "&lt;")`, i + 1 + lessThan);
        if (attributes.has(attribute as string)) fail(`attribute ${attribute} appears twice`, attributeAt);
        // XML attribute-value normalisation: literal tabs and line breaks become spaces.
        attributes.set(attribute as string, decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '), i + 1, fail));
        i = close + 1;
      }
      if (!selfClosing) open.push({ name: name as string, offset: start });
      yield { kind: 'open', name: name as string, attributes, selfClosing, ...locator.at(start) };
      if (selfClosing) yield { kind: 'close', name: name as string, ...locator.at(start) };
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) fail(`element <${unclosed.name}> is never closed`, unclosed.offset);
}

function skipDoctype(text: string, from: number, fail: (message: string, offset: number) => never): number {
  // A DOCTYPE may carry an internal subset in [...] that itself contains '>'.
  let depth = 0;
  for (let i = from + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return fail('declaration is never closed', from);
}

function decodeEntities(
  raw: string,
  offset: number,
  fail: (message: string, offset: number) => never,
): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) fail('"&" must start an entity such as "&amp;"', offset + amp);
    const entity = raw.slice(amp + 1, semi);
    let value = NAMED_ENTITIES[entity];
    if (value === undefined && entity.startsWith('#')) {
      const code = entity.startsWith('#x')
        ? Number.parseInt(entity.slice(2), 16)
        : Number.parseInt(entity.slice(1), 10);
      const digits = entity.startsWith('#x') ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (digits.test(entity) && code <= 0x10ffff) value = String.fromCodePoint(code);
    }
    if (value === undefined) fail(`unknown entity "&${entity};"`, offset + amp);
    out += raw.slice(last, amp) + (value as string);
    last = semi + 1;
    amp = raw.indexOf('&', last);
  }
  return out + raw.slice(last);
}
