/**
 * A page about one collection, at an address with its `:id`: loads it, shows loading, "not found"
 * (also for a malformed id, or a collection of a network the reader cannot see) or a failure,
 * then renders the page with the collection. The collection page and its editor start the same way.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { CollectionDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { collectionKeys, getCollection } from './collections.api.ts';

export function CollectionRoute({ children }: { children: (collection: CollectionDetail) => ReactNode }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: collectionKeys.detail(id),
    queryFn: ({ signal }) => getCollection(id, signal),
  });
  if (!query.isSuccess)
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.collections.notFound, body: t.collections.notFoundBody }}
        missing={isMissing}
      />
    );
  return <>{children(query.data)}</>;
}
