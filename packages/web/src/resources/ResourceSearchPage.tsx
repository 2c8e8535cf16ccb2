/**
 * The knowledge bank's search: a query and filters held in the address (shareable; Back restores
 * them), facets with the counts the server computes over all results, snippets with the matches
 * marked, and "load more" by cursor.
 */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listParentChoices, networkKeys } from '../api/networks.api.ts';
import type { ResourceSearchPage as SearchPage } from '../api/types.ts';
import {
  CONTENT_LANGUAGES,
  RESOURCE_LICENCES,
  RESOURCE_STAGES,
  RESOURCE_TYPES,
  type ContentLanguage,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Field, Fieldset } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { ResourceHitCard } from './ResourceHitCard.tsx';
import { resourceKeys, searchResources, type ResourceFilters } from './resources.api.ts';
import './resources.css';

const listFrom = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split(',').filter((part): part is T => (allowed as readonly string[]).includes(part));

export function filtersFrom(params: URLSearchParams): ResourceFilters {
  const language = params.get('language') ?? '';
  return {
    q: params.get('q') ?? '',
    type: listFrom(params.get('type'), RESOURCE_TYPES),
    stage: listFrom(params.get('stage'), RESOURCE_STAGES),
    licence: listFrom(params.get('licence'), RESOURCE_LICENCES),
    language: (CONTENT_LANGUAGES as readonly string[]).includes(language)
      ? (language as ContentLanguage)
      : '',
    subject: params.get('subject') ?? '',
    network: params.get('network') ?? '',
    mine: params.get('mine') === 'true',
  };
}

function paramsFrom(filters: ResourceFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q.trim()) search.set('q', filters.q.trim());
  for (const key of ['type', 'stage', 'licence'] as const)
    if (filters[key].length > 0) search.set(key, filters[key].join(','));
  if (filters.language) search.set('language', filters.language);
  if (filters.subject.trim()) search.set('subject', filters.subject.trim());
  if (filters.network) search.set('network', filters.network);
  if (filters.mine) search.set('mine', 'true');
  return search;
}

type Facets = SearchPage['facets'];
const countIn = (facets: Facets | undefined, facet: keyof Facets, value: string) =>
  facets?.[facet].find((entry) => entry.value === value)?.count ?? 0;

export function ResourceSearchPage() {
  const { t, plural, fill } = useI18n();
  const announce = useAnnounce();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const query = useInfiniteQuery({
    queryKey: resourceKeys.search(filters),
    queryFn: ({ pageParam, signal }) => searchResources(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const networks = useQuery({
    queryKey: networkKeys.parentChoices,
    queryFn: ({ signal }) => listParentChoices(signal),
    staleTime: 300_000,
  });

  const hits = query.data?.pages.flatMap((page) => page.items) ?? [];
  const first = query.data?.pages[0];
  const facets = first?.facets;
  const total = first ? plural(t.resources.total, first.total) : '';

  // The box holds what is being typed; the address holds what was searched for.
  // When the address changes (Back, a link), the boxes follow it: adjusted while rendering.
  const [q, setQ] = useState(filters.q);
  const [subject, setSubject] = useState(filters.subject);
  const [shown, setShown] = useState({ q: filters.q, subject: filters.subject });
  if (shown.q !== filters.q || shown.subject !== filters.subject) {
    setShown({ q: filters.q, subject: filters.subject });
    setQ(filters.q);
    setSubject(filters.subject);
  }

  // Each search is a step in the history, so Back returns to the previous one.
  const apply = (next: ResourceFilters) => setParams(paramsFrom(next));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ ...filters, q, subject });
  };
  const toggle = <K extends 'type' | 'stage' | 'licence'>(
    key: K,
    value: ResourceFilters[K][number],
    on: boolean,
  ) => {
    const current = filters[key] as string[];
    apply({ ...filters, [key]: on ? [...current, value] : current.filter((v) => v !== value) });
  };
  const active =
    filters.type.length + filters.stage.length + filters.licence.length > 0 ||
    Boolean(filters.language || filters.subject || filters.network || filters.mine);

  // Say the count when the results change (not on the first load: the heading does that).
  const announcedFor = useRef<string | null>(null);
  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    if (query.isPlaceholderData || !query.isSuccess) return;
    if (announcedFor.current !== null && announcedFor.current !== filterKey) announce(total);
    announcedFor.current = filterKey;
  }, [filterKey, query.isPlaceholderData, query.isSuccess, total, announce]);

  // After "load more", focus the first new result so the keyboard continues there.
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || query.isFetchingNextPage) return;
    firstNew.current = null;
    const loaded = hits.length - index;
    if (loaded > 0) {
      list.current?.querySelectorAll<HTMLAnchorElement>('.card-title a')[index]?.focus();
      announce(plural(t.resources.loadedMore, loaded));
    }
  }, [hits.length, query.isFetchingNextPage, announce, plural, t.resources.loadedMore]);
  const loadMore = () => {
    firstNew.current = hits.length;
    void query.fetchNextPage();
  };

  return (
    <>
      <PageHeading title={t.resources.title}>{t.resources.title}</PageHeading>
      <p className="lead">{t.resources.intro}</p>
      {session ? (
        <p>
          <Link className="button-secondary" to="/resources/new">
            {t.resources.newResource}
          </Link>
        </p>
      ) : null}
      <form role="search" aria-label={t.resources.search} className="resource-search" onSubmit={submit}>
        <Field id="resource-q" label={t.resources.search} hint={t.resources.searchHint}>
          {(control) => (
            <div className="search-row">
              <input
                {...control}
                type="search"
                value={q}
                onChange={(event) => setQ(event.target.value)}
                autoComplete="off"
              />
              <button type="submit" className="button-primary">
                {t.resources.searchButton}
              </button>
            </div>
          )}
        </Field>
      </form>
      <div className="resource-layout">
        <section aria-labelledby="facets-heading" className="facets">
          <h2 id="facets-heading">{t.resources.filters}</h2>
          <Fieldset id="facet-type" legend={t.resources.type}>
            {RESOURCE_TYPES.map((type) => (
              <label key={type} className="choice">
                <input
                  type="checkbox"
                  checked={filters.type.includes(type)}
                  onChange={(event) => toggle('type', type, event.target.checked)}
                />
                {t.resources.vocab.type[type]}{' '}
                <span className="facet-count">{countIn(facets, 'type', type)}</span>
              </label>
            ))}
          </Fieldset>
          <Fieldset id="facet-stage" legend={t.resources.stage}>
            {RESOURCE_STAGES.map((stage) => (
              <label key={stage} className="choice">
                <input
                  type="checkbox"
                  checked={filters.stage.includes(stage)}
                  onChange={(event) => toggle('stage', stage, event.target.checked)}
                />
                {t.resources.vocab.stage[stage]}{' '}
                <span className="facet-count">{countIn(facets, 'stage', stage)}</span>
              </label>
            ))}
          </Fieldset>
          <Fieldset id="facet-language" legend={t.resources.language}>
            {(['', ...CONTENT_LANGUAGES] as const).map((language) => (
              <label key={language || 'any'} className="choice">
                <input
                  type="radio"
                  name="facet-language"
                  checked={filters.language === language}
                  onChange={() => apply({ ...filters, language })}
                />
                {language ? (
                  <>
                    {t.resources.vocab.language[language]}{' '}
                    <span className="facet-count">{countIn(facets, 'language', language)}</span>
                  </>
                ) : (
                  t.resources.anyLanguage
                )}
              </label>
            ))}
          </Fieldset>
          <Fieldset id="facet-licence" legend={t.resources.licence}>
            {RESOURCE_LICENCES.map((licence) => (
              <label key={licence} className="choice">
                <input
                  type="checkbox"
                  checked={filters.licence.includes(licence)}
                  onChange={(event) => toggle('licence', licence, event.target.checked)}
                />
                {t.resources.vocab.licence[licence]}{' '}
                <span className="facet-count">{countIn(facets, 'licence', licence)}</span>
              </label>
            ))}
          </Fieldset>
          <form
            className="facet-subject"
            onSubmit={(event) => {
              event.preventDefault();
              apply({ ...filters, subject });
            }}
          >
            <Field id="facet-subject" label={t.resources.subject}>
              {(control) => (
                <div className="search-row">
                  <input
                    {...control}
                    type="text"
                    value={subject}
                    onChange={(event) => setSubject(event.target.value)}
                  />
                  <button type="submit" className="button-secondary">
                    {t.resources.searchButton}
                  </button>
                </div>
              )}
            </Field>
          </form>
          <Field id="facet-network" label={t.resources.network}>
            {(control) => (
              <select
                {...control}
                value={filters.network}
                onChange={(event) => apply({ ...filters, network: event.target.value })}
              >
                <option value="">{t.resources.anyNetwork}</option>
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
          {session ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={filters.mine}
                onChange={(event) => apply({ ...filters, mine: event.target.checked })}
              />
              {t.resources.mine}
            </label>
          ) : null}
          {active ? (
            <p>
              <button
                type="button"
                className="button-quiet"
                onClick={() => apply({ ...filtersFrom(new URLSearchParams()), q: filters.q })}
              >
                {t.resources.clear}
              </button>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="results-heading" className="results" aria-busy={query.isFetching}>
          <h2 id="results-heading" className="results-heading">
            {t.resources.results}
            {query.isSuccess ? <span className="results-count"> · {total}</span> : null}
          </h2>
          {first?.correctedQuery ? (
            <p className="corrected-query">
              {fill(t.resources.correctedQuery, { query: first.correctedQuery })}
            </p>
          ) : null}
          {query.isPending ? <Loading /> : null}
          {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.isSuccess && hits.length === 0 ? (
            <div className="empty-state">
              <p>{t.resources.noResults}</p>
              <p className="hint">{t.resources.noResultsHint}</p>
            </div>
          ) : null}
          {hits.length > 0 ? (
            <ol ref={list} className="resource-list">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <ResourceHitCard hit={hit} />
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
      </div>
    </>
  );
}
