/** The network directory: search and filters, result cards, and "load more" by cursor. */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NETWORK_KINDS, type NetworkKind } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { MySurveysPanel } from '../surveys/MySurveysPanel.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { DirectoryFilters } from './DirectoryFilters.tsx';
import { NetworkCard } from './NetworkCard.tsx';
import { listNetworks, networkKeys, type DirectoryFilters as Filters } from '../api/networks.api.ts';

function filtersFrom(params: URLSearchParams): Filters {
  const kind = params.get('kind') ?? '';
  return {
    q: params.get('q') ?? '',
    kind: (NETWORK_KINDS as readonly string[]).includes(kind) ? (kind as NetworkKind) : '',
    level: /^[1-5]$/.test(params.get('level') ?? '') ? (params.get('level') ?? '') : '',
    region: params.get('region') ?? '',
  };
}

export function DirectoryPage() {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const query = useInfiniteQuery({
    queryKey: networkKeys.directory(filters),
    queryFn: ({ pageParam, signal }) => listNetworks(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

  const networks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = plural(t.directory.shown, networks.length);

  // Announce the result count when filters change (not on the first load: the heading does that).
  const announcedFor = useRef<string | null>(null);
  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    if (query.isPlaceholderData || !query.isSuccess) return;
    if (announcedFor.current !== null && announcedFor.current !== filterKey) announce(shown);
    announcedFor.current = filterKey;
  }, [filterKey, query.isPlaceholderData, query.isSuccess, shown, announce]);

  // After "load more", move focus to the first new network so the keyboard continues there.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || query.isFetchingNextPage) return;
    firstNew.current = null;
    const loaded = networks.length - index;
    if (loaded > 0) {
      list.current?.querySelectorAll<HTMLAnchorElement>('.card-title a')[index]?.focus();
      announce(plural(t.directory.loadedMore, loaded));
    }
  }, [networks.length, query.isFetchingNextPage, announce, plural, t.directory.loadedMore]);

  const loadMore = () => {
    firstNew.current = networks.length;
    void query.fetchNextPage();
  };

  const setFilters = (next: Filters) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageHeading title={t.directory.title}>{t.directory.title}</PageHeading>
      <p className="lead">{t.directory.intro}</p>
      <MySurveysPanel />
      {/* Only platform admins may create networks; the API checks again. */}
      {session?.person.isAdmin ? (
        <p>
          <Link className="button-secondary" to="/networks/new">
            {t.create.link}
          </Link>
        </p>
      ) : null}
      <DirectoryFilters filters={filters} onChange={setFilters} />
      <section aria-labelledby="results-heading" className="results" aria-busy={query.isFetching}>
        <h2 id="results-heading" className="results-heading">
          {t.directory.results}
          {query.isSuccess ? <span className="results-count"> · {shown}</span> : null}
        </h2>
        {query.isPending ? <Loading /> : null}
        {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess && networks.length === 0 ? <p>{t.directory.noResults}</p> : null}
        {networks.length > 0 ? (
          <ol ref={list} className="card-grid">
            {networks.map((network) => (
              <li key={network.id}>
                <NetworkCard network={network} />
              </li>
            ))}
          </ol>
        ) : null}
        {query.hasNextPage ? (
          <p className="load-more">
            <button
              type="button"
              className="button-secondary"
              onClick={loadMore}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? t.common.loadingMore : t.common.loadMore}
            </button>
          </p>
        ) : null}
      </section>
    </>
  );
}
