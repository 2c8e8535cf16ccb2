/**
 * A search snippet as segments: the server sends plain text and where the query matched (UTF-16
 * offsets, docs/knowledge-bank.md), and the page marks those stretches without parsing any HTML.
 */
import type { ResourceSnippet } from '../api/types.ts';

export interface SnippetSegment {
  text: string;
  marked: boolean;
}

/** The text cut at the matches, in order; overlapping, empty or out-of-range matches are skipped. */
export function snippetSegments(snippet: ResourceSnippet): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const { text } = snippet;
  let at = 0;
  for (const { start, length } of snippet.matches.toSorted((a, b) => a.start - b.start)) {
    if (length <= 0 || start < at || start >= text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, start + length), marked: true });
    at = Math.min(start + length, text.length);
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
