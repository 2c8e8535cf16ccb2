/** A network's current members, grouped by role in the vocabulary's order (coordinators first). */
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Membership, NetworkDetail } from '../api/types.ts';
import { MEMBERSHIP_ROLES } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, RequestFailed } from '../ui/feedback.tsx';
import { listMemberships, membershipKeys } from './memberships.api.ts';
import { MemberRow } from './MemberRow.tsx';

interface Props {
  network: NetworkDetail;
  onChanged(): Promise<void>;
}

export function MembersSection({ network, onChanged }: Props) {
  const { t, number } = useI18n();
  const query = useInfiniteQuery({
    queryKey: membershipKeys.list(network.id),
    queryFn: ({ pageParam, signal }) => listMemberships(network.id, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const memberships = query.data?.pages.flatMap((page) => page.items) ?? [];
  const groups = MEMBERSHIP_ROLES.map((role) => ({
    role,
    members: memberships.filter((membership) => membership.role === role),
  })).filter((group) => group.members.length > 0);

  return (
    <section aria-labelledby="members-heading" className="members">
      <h2 id="members-heading">{t.members.title}</h2>
      {!network.permissions.viewPeople ? <p className="notice">{t.members.peopleHidden}</p> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <RequestFailed error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && memberships.length === 0 ? <p>{t.members.none}</p> : null}
      {groups.map(({ role, members }) => (
        <section key={role} aria-labelledby={`role-group-${role}`} className="role-group">
          <h3 id={`role-group-${role}`}>
            {t.vocab.roleGroup[role]}{' '}
            <span className="count">({number(network.memberCounts.byRole[role])})</span>
          </h3>
          <MemberList members={members} network={network} onChanged={onChanged} />
        </section>
      ))}
      {query.hasNextPage ? (
        <p className="load-more">
          <button
            type="button"
            className="button-secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? t.common.loadingMore : t.common.loadMore}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function MemberList({
  members,
  network,
  onChanged,
}: {
  members: Membership[];
  network: NetworkDetail;
  onChanged(): Promise<void>;
}) {
  return (
    <ul className="member-list">
      {members.map((membership) => (
        <MemberRow
          key={membership.id}
          membership={membership}
          permissions={network.permissions}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}
