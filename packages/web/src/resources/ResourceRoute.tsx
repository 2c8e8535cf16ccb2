/** Loads the resource named in the address (`:id`) and renders its page, or its loading, missing or failed state. */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { ResourceDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { getResource, resourceKeys } from './resources.api.ts';

export function ResourceRoute({ children }: { children: (resource: ResourceDetail) => ReactNode }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: resourceKeys.detail(id),
    queryFn: ({ signal }) => getResource(id, signal),
  });
  if (!query.isSuccess)
    return (
      <QueryState
        queries={query}
        notFound={{ title: t.resources.notFound, body: t.resources.notFoundBody }}
        missing={isMissing}
      />
    );
  return <>{children(query.data)}</>;
}
