/** The networks someone or something belongs to, with the role held in each. */
import { Link } from 'react-router';
import type { NetworkMembershipRef } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function NetworkMemberships({
  memberships,
  empty,
}: {
  memberships: NetworkMembershipRef[];
  empty: string;
}) {
  const { t, fill, date } = useI18n();
  if (memberships.length === 0) return <p>{empty}</p>;
  return (
    <ul className="link-list">
      {memberships.map((membership) => (
        <li key={membership.membershipId}>
          <Link to={`/networks/${membership.network.slug}`}>{membership.network.name}</Link>
          <span className="member-detail">
            {' · '}
            {t.vocab.role[membership.role]}
            {membership.startDate ? ` · ${fill(t.members.since, { date: date(membership.startDate) })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
