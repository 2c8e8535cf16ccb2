/**
 * The items editor's type-ahead: resources matching the words typed, from the bank's search
 * (which offers only what the reader may read), on the shared `Combobox` (keyboard and ARIA
 * there). Picking one hands it to `onPick` and empties the box for the next; those already in the
 * collection say so, rather than vanishing from the list and leaving the coordinator wondering.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CollectionItem } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Combobox } from '../ui/combobox.tsx';
import { useDebounced } from '../ui/feedback.tsx';
import type { ControlProps } from '../ui/fields.tsx';
import { collectionKeys, searchResourceMatches } from './collections.api.ts';

const MIN_CHARS = 2;
const TYPING_DELAY_MS = 250;

interface Props {
  control: ControlProps;
  /** The ids already in the list, to mark them. */
  inList: ReadonlySet<string>;
  disabled: boolean;
  onPick(resource: CollectionItem): void;
}

export function ResourcePicker({ control, inList, disabled, onPick }: Props) {
  const { t, plural } = useI18n();
  const c = t.collections;
  const vocab = t.resources.vocab;
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), TYPING_DELAY_MS);
  const searching = q.length >= MIN_CHARS;
  const query = useQuery({
    queryKey: collectionKeys.resourceMatches(q),
    queryFn: ({ signal }) => searchResourceMatches(q, signal),
    enabled: searching,
    staleTime: 60_000,
  });
  // A hit carries more than a collection lists; keep the card's fields only.
  const items: CollectionItem[] = (searching && query.data ? query.data : []).map((hit) => ({
    id: hit.id,
    title: hit.title,
    summary: hit.summary,
    type: hit.type,
    language: hit.language,
    licence: hit.licence,
    visibility: hit.visibility,
  }));
  return (
    <Combobox
      control={control}
      items={items}
      // The list answers the text only once the debounced query has caught up with it.
      ready={searching && q === text.trim() && query.isSuccess}
      busy={searching && query.isFetching}
      text={text}
      onTextChange={setText}
      onSelect={(resource) => (resource ? onPick(resource) : undefined)}
      itemKey={(resource) => resource.id}
      itemText={(resource) => resource.title}
      renderItem={(resource) => (
        <>
          <span className="option-name" lang={resource.language}>
            {resource.title}
          </span>
          <span className="option-detail">
            {' '}
            · {vocab.type[resource.type]} · {vocab.language[resource.language]}
          </span>
          {inList.has(resource.id) ? <span className="option-tag"> · {c.alreadyIn}</span> : null}
        </>
      )}
      clearOnPick
      enterNeverSubmits
      disabled={disabled}
      texts={{
        list: c.matchesList,
        noMatches: c.noMatches,
        searching: c.searching,
        count: (count) => plural(c.matchCount, count),
      }}
    />
  );
}
