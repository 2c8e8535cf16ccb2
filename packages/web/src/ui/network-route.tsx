/**
 * A page about one network, at an address with its `:slug`: loads the network, shows loading,
 * "not found" (or a failure), and "not allowed" when the reader may not use this page, then
 * renders the page with the network. Every network page starts the same way, so it is said once.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { getNetwork, networkKeys } from '../api/networks.api.ts';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from './page-heading.tsx';
import { PageNotFound, QueryState } from './page-states.tsx';

interface NetworkRouteProps {
  children: (network: NetworkDetail) => ReactNode;
  /** The document's title, when the page names it after the network (its heading does otherwise). */
  title?: (network: NetworkDetail) => string;
  /** Whether the reader may use this page; when not, a page that says so (not found by default). */
  allowed?: (network: NetworkDetail) => boolean;
  forbidden?: { title?: string; body?: string };
}

export function NetworkRoute({ children, title, allowed, forbidden = {} }: NetworkRouteProps) {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery({
    queryKey: networkKeys.detail(slug),
    queryFn: ({ signal }) => getNetwork(slug, signal),
  });
  // Rendered after the page, so that its effect runs last and the title it sets wins.
  const documentTitle = title ? (
    <DocumentTitle title={query.data ? title(query.data) : t.common.loading} />
  ) : null;
  if (!query.isSuccess) {
    return (
      <>
        <QueryState queries={query} notFound={{ title: t.network.notFound, body: t.network.notFoundBody }} />
        {documentTitle}
      </>
    );
  }
  const page =
    allowed && !allowed(query.data) ? (
      <PageNotFound title={forbidden.title} body={forbidden.body} />
    ) : (
      children(query.data)
    );
  return (
    <>
      {page}
      {documentTitle}
    </>
  );
}

function DocumentTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}
