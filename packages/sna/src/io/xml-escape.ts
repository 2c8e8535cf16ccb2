/** Escaping for the XML that the GraphML and GEXF writers produce. */
import { SnaFormatError } from './format-error.js';
import type { GraphFormat } from './format-error.js';

// XML 1.0 cannot hold these characters at all, not even as character references.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes character data; throws SnaFormatError when the value holds a character XML cannot carry. */
export function escapeXmlText(value: string, format: GraphFormat): string {
  checkXmlChars(value, format);
  return value.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes an attribute value for double quotes, keeping tabs and line breaks through attribute normalisation. */
export function escapeXmlAttribute(value: string, format: GraphFormat): string {
  checkXmlChars(value, format);
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

function checkXmlChars(value: string, format: GraphFormat): void {
  const match = FORBIDDEN.exec(value);
  if (match !== null) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new SnaFormatError(
      format,
      `the value ${JSON.stringify(value)} holds U+${code}, which XML cannot represent`,
    );
  }
}
