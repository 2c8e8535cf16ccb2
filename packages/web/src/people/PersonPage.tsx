/** A person: roles, affiliations, networks; their email only when the API shares it with the viewer. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { PersonDetail } from '../api/types.ts';
import { affiliationRoleLabel } from '../i18n/affiliation-roles.messages.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session-context.tsx';
import { ProfileTagsForm } from '../suggestions/ProfileTagsForm.tsx';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel.tsx';
import { isMissing, QueryState } from '../ui/page-states.tsx';
import { NetworkMemberships } from '../ui/network-list.tsx';
import { PageHeading, useDocumentTitle } from '../ui/page-heading.tsx';
import { getPerson, personKeys } from '../api/people.api.ts';
import { tagLabel } from '../topics/topics.api.ts';

export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useSession();
  const query = useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => getPerson(id, signal),
    enabled: Boolean(session),
  });
  useDocumentTitle(query.data?.displayName ?? t.common.loading);
  if (session === null) {
    return (
      <>
        <PageHeading title={t.session.signIn}>{t.session.signIn}</PageHeading>
        <p>{t.person.signInNeeded}</p>
        <p>
          <Link className="button-primary" to={`/sign-in?next=${encodeURIComponent(`/people/${id}`)}`}>
            {t.session.signIn}
          </Link>
        </p>
      </>
    );
  }
  if (!query.isSuccess) {
    return <QueryState queries={query} notFound={{ title: t.person.notFound }} missing={isMissing} />;
  }
  return <Person person={query.data} />;
}

function Person({ person }: { person: PersonDetail }) {
  const { t, fill, date, locale } = useI18n();
  const { session } = useSession();
  const self = session?.person.id === person.id;
  const labels = (tags: string[]) => tags.map((tag) => tagLabel(tag, locale)).join(', ');
  const facts: [string, string][] = [
    [t.person.kinds, person.kinds.map((kind) => t.vocab.personKind[kind]).join(', ')],
    [t.person.expertise, labels(person.expertise)],
    [t.suggestions.needs, labels(person.needs)],
    [t.person.languages, person.languages.join(', ')],
  ];
  return (
    <article>
      <header className="page-header">
        <PageHeading title={person.displayName}>{person.displayName}</PageHeading>
      </header>
      <dl className="facts panel">
        {person.email ? (
          <div>
            <dt>{t.person.email}</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
        ) : null}
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="affiliations-heading">
        <h2 id="affiliations-heading">{t.person.affiliations}</h2>
        {person.affiliations.length === 0 ? (
          <p>{t.person.noAffiliations}</p>
        ) : (
          <ul className="link-list">
            {person.affiliations.map((affiliation) => (
              <li key={affiliation.id}>
                <Link to={`/organisations/${affiliation.organisation.id}`}>
                  {affiliation.organisation.name}
                </Link>
                <span className="member-detail">
                  {' · '}
                  {affiliationRoleLabel(t.affiliationRole, affiliation.role)}
                  {affiliation.startDate
                    ? ` · ${fill(t.members.since, { date: date(affiliation.startDate) })}`
                    : ''}
                  {affiliation.endDate
                    ? ` · ${fill(t.person.ended, { date: date(affiliation.endDate) })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-networks-heading">
        <h2 id="person-networks-heading">{t.person.networks}</h2>
        <NetworkMemberships memberships={person.networks} empty={t.person.noNetworks} />
      </section>
      <SuggestionsPanel
        subject={{ person: person.id }}
        networks={person.networks.map((membership) => membership.network)}
        otherName={self ? undefined : person.displayName}
      />
      {person.permissions.edit ? (
        <section aria-labelledby="profile-tags-heading">
          <h2 id="profile-tags-heading">{self ? t.suggestions.edit : t.suggestions.editOther}</h2>
          <ProfileTagsForm key={person.id} person={person} />
        </section>
      ) : null}
    </article>
  );
}
