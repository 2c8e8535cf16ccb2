/**
 * The inquiries the caller may see: searchable by words of the title or question, filtered by
 * network, status, outcome and "mine" (all held in the address, so Back and links keep them),
 * with "load more" by cursor.
 */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getPerson, personKeys } from '../api/people.api.ts';
import { listParentChoices, networkKeys } from '../api/networks.api.ts';
import { INQUIRY_STATUSES, OUTCOME_AREAS } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { recordableNetworks } from '../practices/practice-networks.ts';
import { useSession } from '../session/session-context.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { inquiryKeys, listInquiries, type InquiryFilters } from './inquiries.api.ts';
import './inquiries.css';

const filtersOf = (params: URLSearchParams): InquiryFilters => ({
  q: params.get('q') ?? '',
  network: params.get('network') ?? '',
  status: params.get('status') ?? '',
  outcome: params.get('outcome') ?? '',
  mine: params.get('mine') === 'true',
});

export function InquiryListPage() {
  const { t, fill, plural } = useI18n();
  const q = t.inquiries;
  const announce = useAnnounce();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const query = useInfiniteQuery({
    queryKey: inquiryKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listInquiries(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const networks = useQuery({
    queryKey: networkKeys.parentChoices,
    queryFn: ({ signal }) => listParentChoices(signal),
    staleTime: 300_000,
  });
  const inquiries = query.data?.pages.flatMap((page) => page.items) ?? [];

  const [text, setText] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setText(filters.q);
  }
  const apply = (next: InquiryFilters) => {
    const search = new URLSearchParams();
    if (next.q.trim()) search.set('q', next.q.trim());
    if (next.network) search.set('network', next.network);
    if (next.status) search.set('status', next.status);
    if (next.outcome) search.set('outcome', next.outcome);
    if (next.mine) search.set('mine', 'true');
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ ...filters, q: text });
  };

  // After "load more", focus the first new inquiry so the keyboard continues there.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || query.isFetchingNextPage) return;
    firstNew.current = null;
    const loaded = inquiries.length - index;
    if (loaded > 0) {
      list.current?.querySelectorAll<HTMLAnchorElement>('.card-title a')[index]?.focus();
      announce(plural(q.loadedMore, loaded));
    }
  }, [inquiries.length, query.isFetchingNextPage, announce, plural, q.loadedMore]);

  return (
    <>
      <PageHeading title={q.title}>{q.title}</PageHeading>
      <p className="lead">{q.intro}</p>
      <OpenInquiryLink network={filters.network} />
      <form role="search" aria-label={q.search} className="inquiry-search" onSubmit={submit}>
        <Field id="inquiry-q" label={q.search} hint={q.searchHint}>
          {(control) => (
            <div className="search-row">
              <input {...control} type="search" value={text} onChange={(e) => setText(e.target.value)} />
              <button type="submit" className="button-primary">
                {q.searchButton}
              </button>
            </div>
          )}
        </Field>
        <div className="inquiry-filters">
          <Field id="inquiry-network" label={q.network}>
            {(control) => (
              <select
                {...control}
                value={filters.network}
                onChange={(e) => apply({ ...filters, network: e.target.value })}
              >
                <option value="">{q.anyNetwork}</option>
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
          <Field id="inquiry-status" label={q.status}>
            {(control) => (
              <select
                {...control}
                value={filters.status}
                onChange={(e) => apply({ ...filters, status: e.target.value })}
              >
                <option value="">{q.anyStatus}</option>
                {INQUIRY_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {q.vocab.status[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="inquiry-outcome" label={q.outcome}>
            {(control) => (
              <select
                {...control}
                value={filters.outcome}
                onChange={(e) => apply({ ...filters, outcome: e.target.value })}
              >
                <option value="">{q.anyOutcome}</option>
                {OUTCOME_AREAS.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {q.vocab.outcome[outcome]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {session ? (
          <p className="checkbox">
            <input
              id="inquiry-mine"
              type="checkbox"
              checked={filters.mine}
              onChange={(e) => apply({ ...filters, mine: e.target.checked })}
            />
            <label htmlFor="inquiry-mine">{q.mine}</label>
          </p>
        ) : null}
      </form>
      <section aria-labelledby="inquiry-results-heading">
        <h2 id="inquiry-results-heading">{q.results}</h2>
        {query.isPending ? <Loading /> : null}
        {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess && inquiries.length === 0 ? <p>{q.noResults}</p> : null}
        {inquiries.length > 0 ? (
          <ol ref={list} className="plain-list inquiry-list">
            {inquiries.map((inquiry) => (
              <li key={inquiry.id} className="card">
                <h3 className="card-title" lang={inquiry.language}>
                  <Link to={`/inquiries/${inquiry.id}`}>{inquiry.title}</Link>
                </h3>
                <p lang={inquiry.language}>{inquiry.question}</p>
                <p className="hint">
                  {fill(q.counts, {
                    network: inquiry.network.name,
                    status: q.vocab.status[inquiry.status],
                    schools: plural(q.schoolCount, inquiry.schools.length),
                    cycles: plural(q.cycleCount, inquiry.cycleCount),
                  })}
                  {' · '}
                  {q.vocab.outcome[inquiry.outcome]} · {q.vocab.phase[inquiry.phase]}
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
                firstNew.current = inquiries.length;
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

/** "Open an inquiry", for those who take part in a network; the network filter comes along. */
function OpenInquiryLink({ network }: { network: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const personId = session?.person.id ?? '';
  const person = useQuery({
    queryKey: personKeys.detail(personId),
    queryFn: ({ signal }) => getPerson(personId, signal),
    enabled: Boolean(personId),
  });
  if (!session || recordableNetworks(person.data).length === 0) return null;
  const to = network ? `/inquiries/new?network=${encodeURIComponent(network)}` : '/inquiries/new';
  return (
    <p>
      <Link className="button-primary" to={to}>
        {t.inquiries.open}
      </Link>
    </p>
  );
}
