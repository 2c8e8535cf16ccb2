/**
 * The search behind a type-ahead that adds picks to a list: the text typed and, once it has two
 * letters, a debounced search kept a minute. `combobox` is what `Combobox` takes of it; `results`
 * answer the text as last searched.
 */
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebounced } from './feedback.tsx';

interface TypeAhead<T> {
  /** The query key of a search for `q` (the words typed, trimmed). */
  key(q: string): QueryKey;
  search(q: string, signal: AbortSignal): Promise<T[]>;
}

export function useTypeAhead<T>({ key, search }: TypeAhead<T>) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const searching = q.length >= 2;
  const query = useQuery({
    queryKey: key(q),
    queryFn: ({ signal }) => search(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  return {
    results: searching ? (query.data ?? []) : [],
    combobox: {
      text,
      onTextChange: setText,
      ready: searching && query.isSuccess,
      busy: searching && query.isFetching,
    },
  };
}
