/** An organisation: what and where it is, its networks, and (signed in) its people. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { OrganisationDetail } from '../api/types.ts';
import { affiliationRoleLabel } from '../i18n/affiliation-roles.messages.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { NetworkMemberships } from '../ui/network-list.tsx';
import { PageHeading, useDocumentTitle } from '../ui/page-heading.tsx';
import { useSession } from '../session/session-context.tsx';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel.tsx';
import { getOrganisation, organisationKeys } from './organisations.api.ts';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });
  useDocumentTitle(query.data?.name ?? t.common.loading);
  if (!query.isSuccess) {
    return <QueryState queries={query} notFound={{ title: t.organisation.notFound }} missing={isMissing} />;
  }
  return <Organisation organisation={query.data} />;
}

function Organisation({ organisation }: { organisation: OrganisationDetail }) {
  const { t, plural } = useI18n();
  const { session } = useSession();
  const yesNo = (value: boolean | null) =>
    value === null ? null : value ? t.organisation.yes : t.organisation.no;
  const facts: [string, string | null][] = [
    [t.organisation.kind, t.vocab.organisationKind[organisation.kind]],
    [
      t.organisation.place,
      [organisation.municipality, organisation.region, organisation.country].filter(Boolean).join(', ') ||
        null,
    ],
    [t.organisation.sector, organisation.sector ? t.vocab.sector[organisation.sector] : null],
    [t.organisation.stages, organisation.stages.map((stage) => t.vocab.stage[stage]).join(', ') || null],
    [t.organisation.size, organisation.sizeBand ? t.vocab.sizeBand[organisation.sizeBand] : null],
    [t.organisation.rural, yesNo(organisation.rural)],
    [t.organisation.disadvantaged, yesNo(organisation.disadvantaged)],
    [t.organisation.code, organisation.nationalCode],
  ];
  return (
    <article>
      <header className="page-header">
        <p className="eyebrow">{t.vocab.organisationKind[organisation.kind]}</p>
        <PageHeading title={organisation.name}>{organisation.name}</PageHeading>
      </header>
      <dl className="facts panel">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="org-networks-heading">
        <h2 id="org-networks-heading">{t.organisation.networks}</h2>
        <NetworkMemberships memberships={organisation.networks} empty={t.organisation.noNetworks} />
      </section>
      <section aria-labelledby="org-people-heading">
        <h2 id="org-people-heading">
          {t.organisation.people}
          {organisation.peopleCount !== null ? (
            <span className="count"> ({plural(t.organisation.peopleCount, organisation.peopleCount)})</span>
          ) : null}
        </h2>
        {organisation.peopleCount === null ? (
          <p className="notice">{t.organisation.peopleHidden}</p>
        ) : (
          <ul className="link-list columns">
            {organisation.people.map((person) => (
              <li key={person.id}>
                <Link to={`/people/${person.id}`}>{person.displayName}</Link>
                <span className="member-detail">
                  {' '}
                  · {affiliationRoleLabel(t.affiliationRole, person.role)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {session ? (
        <SuggestionsPanel
          subject={{ organisation: organisation.id }}
          networks={organisation.networks.map((membership) => membership.network)}
        />
      ) : null}
    </article>
  );
}
