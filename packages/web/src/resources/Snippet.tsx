/** A search snippet with the matches in `<mark>`, as React text: no HTML is ever parsed. */
import type { ResourceSnippet } from '../api/types.ts';
import { snippetSegments } from './snippet.ts';

export function Snippet({ snippet }: { snippet: ResourceSnippet }) {
  return (
    <p className="snippet">
      {snippetSegments(snippet).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  );
}
