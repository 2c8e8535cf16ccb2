/** The network page's view of its members: how many, by role, and links to the members page. */
import { Link } from 'react-router';
import type { NetworkDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { RoleOverview } from './RoleOverview.tsx';

export function MembersSummary({ network }: { network: NetworkDetail }) {
  const { t, fill, plural } = useI18n();
  const { organisations, people } = network.memberCounts;
  const manages = network.permissions.addMembers || network.permissions.changeRoles;
  return (
    <section aria-labelledby="members-heading" className="members members-summary">
      <h2 id="members-heading">{t.members.title}</h2>
      {organisations + people === 0 ? (
        <p>{t.members.none}</p>
      ) : (
        <p>
          {fill(t.membersPage.summaryCounts, {
            organisations: plural(t.membersPage.organisations, organisations),
            people: plural(t.membersPage.people, people),
          })}
        </p>
      )}
      {!network.permissions.viewPeople ? <p className="notice">{t.members.peopleHidden}</p> : null}
      <RoleOverview network={network} headingLevel={3} />
      <p className="members-links">
        <Link to={`/networks/${network.slug}/members`}>
          {manages ? t.membersPage.seeAll : t.membersPage.seeAllReadOnly}
        </Link>
        {network.permissions.addMembers ? (
          <>
            {' · '}
            <Link to={`/networks/${network.slug}/members#add-member-heading`}>
              {t.membersPage.addMembers}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
