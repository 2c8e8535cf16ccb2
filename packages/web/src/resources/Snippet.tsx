/**
 * A search snippet: the server sends plain text and where the query matched (UTF-16 offsets, see
 * docs/knowledge-bank.md), so the matches are wrapped in `<mark>` here and no HTML is ever parsed.
 */
import type { ReactNode } from 'react';
import type { ResourceSnippet } from '../api/types.ts';

/** The snippet's text as parts: plain strings, and the matched stretches in `<mark>`. */
export function snippetParts(snippet: ResourceSnippet): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  const matches = snippet.matches.filter((match) => match.length > 0).toSorted((a, b) => a.start - b.start);
  for (const { start, length } of matches) {
    if (start < at || start >= snippet.text.length) continue; // overlapping or out of range
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return parts;
}

export function Snippet({ snippet }: { snippet: ResourceSnippet }) {
  return <p className="snippet">{snippetParts(snippet)}</p>;
}
