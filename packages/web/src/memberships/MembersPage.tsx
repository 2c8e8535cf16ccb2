/**
 * A network's members, for networks of any size: the role overview, a search with filters (role,
 * organisations or people, organisation, kind of organisation) kept in the address so that a
 * filtered list can be shared and Back works, pages of 25 by the API's cursors, and (for those
 * who add members) adding one member or many from a CSV file. Ending a membership moves focus to
 * the next member in the list (or the previous, or the list's heading), never to the page's top.
 */
import { NetworkRoute } from '../ui/network-route.tsx';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { networkKeys } from '../api/networks.api.ts';
import type { NetworkDetail } from '../api/types.ts';
import {
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  type MembershipRole,
  type OrganisationKind,
} from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { Field } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { ImportMembersForm } from './ImportMembersForm.tsx';
import { listMemberships, membershipKeys, type MemberFilters } from './memberships.api.ts';
import { MemberRow } from './MemberRow.tsx';
import { OrganisationFilter } from './OrganisationFilter.tsx';
import { RoleOverview } from './RoleOverview.tsx';

const PAGE_SIZE = 25;

export function MembersPage() {
  const { t, fill } = useI18n();
  return (
    <NetworkRoute title={(network) => fill(t.membersPage.title, { name: network.name })}>
      {(network) => <Members network={network} />}
    </NetworkRoute>
  );
}

const isRole = (value: string | null): value is MembershipRole =>
  (MEMBERSHIP_ROLES as readonly string[]).includes(value ?? '');
const isKind = (value: string | null): value is OrganisationKind =>
  (ORGANISATION_KINDS as readonly string[]).includes(value ?? '');

/** The filters the address holds; anything unknown in it is left out. */
function filtersOf(params: URLSearchParams): MemberFilters {
  const filters: MemberFilters = {};
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 100);
  const role = params.get('role');
  if (isRole(role)) filters.role = role;
  const type = params.get('type');
  if (type === 'organisation' || type === 'person') filters.type = type;
  const kind = params.get('kind');
  if (isKind(kind)) filters.organisationKind = kind;
  const organisation = params.get('organisation');
  if (organisation && /^[0-9a-f-]{36}$/i.test(organisation)) filters.organisation = organisation;
  return filters;
}

function Members({ network }: { network: NetworkDetail }) {
  const { t, fill } = useI18n();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const filterKey = JSON.stringify(filters);
  // The cursors of the pages before this one, so that "Previous page" needs no offset.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pagedFor, setPagedFor] = useState(filterKey);
  if (pagedFor !== filterKey) {
    setPagedFor(filterKey);
    setCursors([null]);
  }
  const cursor = cursors[cursors.length - 1] ?? null;
  const list = useQuery({
    queryKey: membershipKeys.filtered(network.id, filters, cursor),
    queryFn: ({ signal }) => listMemberships(network.id, cursor, signal, filters, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: membershipKeys.list(network.id) }),
      queryClient.invalidateQueries({ queryKey: networkKeys.detail(network.slug) }),
      queryClient.invalidateQueries({ queryKey: ['networks'] }),
    ]);
  };

  // Focus after ending a membership: the row that took its place, else the one before, else the heading.
  const listRef = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusIndex = useRef<number | null>(null);
  const onEnded = (membershipId: string) => {
    focusIndex.current = Math.max(
      0,
      items.findIndex((membership) => membership.id === membershipId),
    );
  };
  useEffect(() => {
    if (focusIndex.current === null || list.isFetching) return;
    const links = listRef.current?.querySelectorAll<HTMLElement>('.member-name') ?? [];
    const target = links[Math.min(focusIndex.current, links.length - 1)] ?? resultsHeading.current;
    focusIndex.current = null;
    target?.focus();
  }, [list.data, list.isFetching]);

  return (
    <article className="members-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/networks/${network.slug}`}>
            {fill(t.membersPage.backToNetwork, { name: network.name })}
          </Link>
        </p>
        <PageHeading title={fill(t.membersPage.title, { name: network.name })}>
          {fill(t.membersPage.title, { name: network.name })}
        </PageHeading>
      </header>
      {!network.permissions.viewPeople ? <p className="notice">{t.members.peopleHidden}</p> : null}
      <div className="members-layout">
        <div className="members-main">
          <MemberFiltersForm
            key={filterKey}
            filters={filters}
            peopleVisible={network.permissions.viewPeople}
            organisationName={params.get('organisationName') ?? ''}
            onApply={(next) => setParams(next)}
          />
          <section aria-labelledby="members-results-heading" className="members">
            <h2 id="members-results-heading" ref={resultsHeading} tabIndex={-1}>
              {t.membersPage.resultsTitle}
            </h2>
            {list.isPending ? <Loading /> : null}
            {list.isError ? <RequestFailed error={list.error} onRetry={() => void list.refetch()} /> : null}
            {list.isSuccess && items.length === 0 ? <p>{t.membersPage.noneFound}</p> : null}
            <div ref={listRef} aria-busy={list.isFetching}>
              {MEMBERSHIP_ROLES.map((role) => {
                const inRole = items.filter((membership) => membership.role === role);
                if (inRole.length === 0) return null;
                return (
                  <section key={role} aria-labelledby={`role-group-${role}`} className="role-group">
                    <h3 id={`role-group-${role}`}>{t.vocab.roleGroup[role]}</h3>
                    <ul className="member-list">
                      {inRole.map((membership) => (
                        <MemberRow
                          key={membership.id}
                          membership={membership}
                          permissions={network.permissions}
                          onChanged={refresh}
                          onEnded={onEnded}
                        />
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
            {cursors.length > 1 || list.data?.nextCursor ? (
              <nav aria-label={t.membersPage.pagingLabel} className="pager">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={cursors.length <= 1}
                  onClick={() => setCursors((stack) => stack.slice(0, -1))}
                >
                  {t.membersPage.previous}
                </button>
                <span>{fill(t.membersPage.pageOf, { page: String(cursors.length) })}</span>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={!list.data?.nextCursor || list.isFetching}
                  onClick={() => {
                    const next = list.data?.nextCursor;
                    if (next) setCursors((stack) => [...stack, next]);
                  }}
                >
                  {t.membersPage.next}
                </button>
              </nav>
            ) : null}
          </section>
          {network.permissions.addMembers ? (
            <>
              <AddMemberForm network={network} onAdded={refresh} />
              <ImportMembersForm network={network} onImported={refresh} />
            </>
          ) : null}
        </div>
        <aside className="members-aside" aria-label={t.membersPage.overviewTitle}>
          <RoleOverview network={network} />
        </aside>
      </div>
    </article>
  );
}

interface FiltersFormProps {
  filters: MemberFilters;
  peopleVisible: boolean;
  organisationName: string;
  onApply(params: Record<string, string>): void;
}

/** The search and its filters; applied on submit (a request per choice would be noisy to hear). */
function MemberFiltersForm({ filters, peopleVisible, organisationName, onApply }: FiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [role, setRole] = useState<string>(filters.role ?? '');
  const [type, setType] = useState<string>(filters.type ?? '');
  const [kind, setKind] = useState<string>(filters.organisationKind ?? '');
  const [organisation, setOrganisation] = useState(
    filters.organisation ? { id: filters.organisation, name: organisationName } : null,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (q.trim()) next.q = q.trim();
    if (role) next.role = role;
    if (type) next.type = type;
    if (kind) next.kind = kind;
    if (organisation) {
      next.organisation = organisation.id;
      next.organisationName = organisation.name;
    }
    onApply(next);
  };
  const filtered = Object.keys(filters).length > 0;
  return (
    <section aria-labelledby="member-filters-heading" className="panel member-filters">
      <h2 id="member-filters-heading">{t.membersPage.filtersTitle}</h2>
      <form className="form" role="search" aria-labelledby="member-filters-heading" onSubmit={submit}>
        <div className="form-columns">
          <Field id="members-q" label={t.membersPage.search}>
            {(control) => (
              <input {...control} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
            )}
          </Field>
          <Field id="members-role" label={t.membersPage.role}>
            {(control) => (
              <select {...control} value={role} onChange={(event) => setRole(event.target.value)}>
                <option value="">{t.membersPage.anyRole}</option>
                {MEMBERSHIP_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {t.vocab.role[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {peopleVisible ? (
            <Field id="members-type" label={t.membersPage.type}>
              {(control) => (
                <select {...control} value={type} onChange={(event) => setType(event.target.value)}>
                  <option value="">{t.membersPage.anyType}</option>
                  <option value="organisation">{t.membersPage.typeOrganisation}</option>
                  <option value="person">{t.membersPage.typePerson}</option>
                </select>
              )}
            </Field>
          ) : null}
          <Field id="members-kind" label={t.membersPage.organisationKind}>
            {(control) => (
              <select {...control} value={kind} onChange={(event) => setKind(event.target.value)}>
                <option value="">{t.membersPage.anyKind}</option>
                {ORGANISATION_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {t.vocab.organisationKind[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          id="members-organisation"
          label={t.membersPage.organisation}
          hint={t.membersPage.organisationHint}
        >
          {(control) => (
            <OrganisationFilter control={control} initialText={organisationName} onSelect={setOrganisation} />
          )}
        </Field>
        <p className="form-actions">
          <button type="submit" className="button-primary">
            {t.membersPage.apply}
          </button>{' '}
          {filtered ? (
            <button type="button" className="button-quiet" onClick={() => onApply({})}>
              {t.membersPage.clear}
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}
