import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<p onclick="alert(1)">hi</p>',
  '<img src="x" onerror="alert(1)">',
  '<img src="https://example.org/a.png" onerror="alert(1)">',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '![x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body{display:none}</style>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name="a"></form>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<details open ontoggle="alert(1)">x</details>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '```html\n<script>alert(1)</script>\n```',
];

describe('renderMarkdown', () => {
  it('renders the allowed Markdown', () => {
    const html = renderMarkdown(
      '# Title\n\nSome *em* and **strong**, `code`.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>a<\/th>/);
  });

  it('keeps http, https and mailto links with rel, drops other and relative addresses', () => {
    expect(renderMarkdown('[a](https://example.org/x)')).toBe(
      '<p><a href="https://example.org/x" rel="noopener noreferrer nofollow">a</a></p>\n',
    );
    expect(renderMarkdown('[a](mailto:ana@example.org)')).toContain('href="mailto:ana@example.org"');
    expect(renderMarkdown('[a](http://example.org)')).toContain('href="http://example.org"');
    expect(renderMarkdown('[a](/relative)')).toBe('<p><a>a</a></p>\n');
    expect(renderMarkdown('[a](//evil.example)')).toBe('<p><a>a</a></p>\n');
  });

  it('keeps https images only', () => {
    expect(renderMarkdown('![alt](https://example.org/a.png)')).toBe(
      '<p><img src="https://example.org/a.png" alt="alt" /></p>\n',
    );
    expect(renderMarkdown('![alt](http://example.org/a.png)')).toBe('<p></p>\n');
  });

  it.each(PAYLOADS)('lets no script through: %s', (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`).toLowerCase();
    expect(html).not.toMatch(
      /<script|<iframe|<svg|<math|<style|<object|<embed|<form|<input|<base|<meta|<details/,
    );
    expect(html).not.toMatch(/\son[a-z]+\s*=/);
    expect(html).not.toMatch(/style=|javascript:|data:/);
    expect(html).toContain('after');
  });
});
