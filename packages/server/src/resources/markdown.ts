/**
 * A resource's body is Markdown written by anyone with an account; it is rendered with `marked`
 * and then cut down to an allowlist with `sanitize-html`, so that whatever HTML the author typed
 * or Markdown produced, no script, handler, style or frame reaches a reader.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The address if it is absolute and uses one of the schemes, else null (relative ones too). */
function absoluteUrl(value: string | undefined, schemes: ReadonlySet<string>): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return schemes.has(url.protocol) ? value : null;
  } catch {
    return null;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'ul',
    'ol',
    'li',
    'a',
    'em',
    'strong',
    'code',
    'pre',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const href = absoluteUrl(attribs.href, LINK_SCHEMES);
      const kept: Record<string, string> = href ? { href, rel: 'noopener noreferrer nofollow' } : {};
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => {
      const src = absoluteUrl(attribs.src, new Set(['https:']));
      const kept: Record<string, string> = src ? { src } : {};
      if (attribs.alt) kept.alt = attribs.alt;
      if (attribs.title) kept.title = attribs.title;
      return { tagName, attribs: kept };
    },
  },
  // An image whose address was refused is no image at all.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** The body as safe HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, OPTIONS);
}
