/** How many current members each role has, each role a link to the members with that role. */
import { Link } from 'react-router';
import type { NetworkDetail } from '../api/types.ts';
import { MEMBERSHIP_ROLES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function RoleOverview({
  network,
  headingLevel = 2,
}: {
  network: NetworkDetail;
  headingLevel?: 2 | 3;
}) {
  const { t, fill, number } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const roles = MEMBERSHIP_ROLES.filter((role) => network.memberCounts.byRole[role] > 0);
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="role-overview-heading" className="role-overview">
      <Heading id="role-overview-heading">{t.membersPage.overviewTitle}</Heading>
      <table className="role-table">
        <caption className="visually-hidden">{t.membersPage.overviewCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.membersPage.roleColumn}</th>
            <th scope="col" className="numeric">
              {t.membersPage.countColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role}>
              <th scope="row">
                <Link
                  to={`/networks/${network.slug}/members?role=${role}`}
                  aria-label={fill(t.membersPage.showRole, { role: t.vocab.roleGroup[role] })}
                >
                  {t.vocab.roleGroup[role]}
                </Link>
              </th>
              <td className="numeric">{number(network.memberCounts.byRole[role])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
