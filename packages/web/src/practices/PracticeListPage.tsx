/**
 * The practices list: newest first, searchable by words of the title or claim and filtered by
 * network (both held in the address, so Back and links keep them), with "load more" by cursor.
 */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listParentChoices, networkKeys } from '../api/networks.api.ts';
import { getPerson, personKeys } from '../api/people.api.ts';
import { useSession } from '../session/session-context.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { recordableNetworks } from './practice-networks.ts';
import { listPractices, practiceKeys, type PracticeFilters } from './practices.api.ts';
import './practices.css';

export function PracticeListPage() {
  const { t, fill, plural } = useI18n();
  const p = t.practices;
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters: PracticeFilters = { q: params.get('q') ?? '', network: params.get('network') ?? '' };
  const query = useInfiniteQuery({
    queryKey: practiceKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listPractices(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const networks = useQuery({
    queryKey: networkKeys.parentChoices,
    queryFn: ({ signal }) => listParentChoices(signal),
    staleTime: 300_000,
  });
  const practices = query.data?.pages.flatMap((page) => page.items) ?? [];

  // The box holds what is being typed; the address what was searched for (Back moves the box too).
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q);
  }
  const apply = (next: PracticeFilters) => {
    const search = new URLSearchParams();
    if (next.q.trim()) search.set('q', next.q.trim());
    if (next.network) search.set('network', next.network);
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ ...filters, q });
  };

  // After "load more", focus the first new practice so the keyboard continues there.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || query.isFetchingNextPage) return;
    firstNew.current = null;
    const loaded = practices.length - index;
    if (loaded > 0) {
      list.current?.querySelectorAll<HTMLAnchorElement>('.card-title a')[index]?.focus();
      announce(plural(p.loadedMore, loaded));
    }
  }, [practices.length, query.isFetchingNextPage, announce, plural, p.loadedMore]);

  return (
    <>
      <PageHeading title={p.title}>{p.title}</PageHeading>
      <p className="lead">{p.intro}</p>
      <RecordPracticeLink network={filters.network} />
      <form role="search" aria-label={p.search} className="practice-search" onSubmit={submit}>
        <Field id="practice-q" label={p.search} hint={p.searchHint}>
          {(control) => (
            <div className="search-row">
              <input {...control} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
              <button type="submit" className="button-primary">
                {p.searchButton}
              </button>
            </div>
          )}
        </Field>
        <Field id="practice-network" label={p.network}>
          {(control) => (
            <select
              {...control}
              value={filters.network}
              onChange={(event) => apply({ ...filters, network: event.target.value })}
            >
              <option value="">{p.anyNetwork}</option>
              {(networks.data ?? []).map((network) => (
                <option key={network.id} value={network.slug}>
                  {network.name}
                </option>
              ))}
              {filters.network && !networks.data?.some((n) => n.slug === filters.network) ? (
                <option value={filters.network}>{filters.network}</option>
              ) : null}
            </select>
          )}
        </Field>
      </form>
      <section aria-labelledby="practice-results-heading">
        <h2 id="practice-results-heading">{p.results}</h2>
        {query.isPending ? <Loading /> : null}
        {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess && practices.length === 0 ? <p>{p.noResults}</p> : null}
        {practices.length > 0 ? (
          <ol ref={list} className="plain-list practice-list">
            {practices.map((practice) => (
              <li key={practice.id} className="card">
                <h3 className="card-title" lang={practice.language}>
                  <Link to={`/practices/${practice.id}`}>{practice.title}</Link>
                </h3>
                <p lang={practice.language} className="practice-claim">
                  {practice.claim}
                </p>
                <p className="hint">
                  {fill(p.counts, {
                    school: practice.school.name,
                    network: practice.network.name,
                    evidence: plural(p.evidenceCount, practice.evidenceCount),
                    adoptions: plural(p.adoptionCount, practice.adoptionCount),
                  })}
                </p>
              </li>
            ))}
          </ol>
        ) : null}
        {query.hasNextPage ? (
          <p className="load-more">
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                firstNew.current = practices.length;
                void query.fetchNextPage();
              }}
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

/**
 * "Record a practice", for those who take part in a network (the server's practice.create rule);
 * the list's network filter comes along, so the form starts in that network.
 */
function RecordPracticeLink({ network }: { network: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const personId = session?.person.id ?? '';
  const person = useQuery({
    queryKey: personKeys.detail(personId),
    queryFn: ({ signal }) => getPerson(personId, signal),
    enabled: Boolean(personId),
  });
  if (!session || recordableNetworks(person.data).length === 0) return null;
  const to = network ? `/practices/new?network=${encodeURIComponent(network)}` : '/practices/new';
  return (
    <p>
      <Link className="button-primary" to={to}>
        {t.practices.newPractice}
      </Link>
    </p>
  );
}
