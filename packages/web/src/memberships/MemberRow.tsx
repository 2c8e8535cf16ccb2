/** One member: a link to them, what they are, and (if allowed) change their role or end the membership. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { Membership, NetworkPermissions } from '../api/types.ts';
import type { MembershipRole } from '../api/vocabulary.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAnnounce } from '../ui/status.tsx';
import { changeRole, endMembership } from './memberships.api.ts';
import { memberName, organisationLabel } from './member-name.ts';

interface Props {
  membership: Membership;
  permissions: NetworkPermissions;
  /** Refetch the network and its members after a change. */
  onChanged(): Promise<void>;
  /** Told before the refetch that this membership ended, so the list can place focus. */
  onEnded?(membershipId: string): void;
}

export function MemberRow({ membership, permissions, onChanged, onEnded }: Props) {
  const { t, fill, date } = useI18n();
  const name = memberName(membership);
  const { member } = membership;
  return (
    <li className="member">
      <div className="member-who">
        {member.type === 'person' ? (
          <>
            <Link to={`/people/${member.id}`} className="member-name">
              {name}
            </Link>
            <span className="member-detail">
              {[
                member.kinds.map((kind) => t.vocab.personKind[kind]).join(', '),
                member.organisations.map(organisationLabel).join(', '),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </>
        ) : (
          <>
            <Link to={`/organisations/${member.id}`} className="member-name">
              {name}
            </Link>
            <span className="member-detail">
              {[t.vocab.organisationKind[member.kind], member.municipality].filter(Boolean).join(' · ')}
            </span>
          </>
        )}
        {membership.startDate ? (
          <span className="member-detail">{fill(t.members.since, { date: date(membership.startDate) })}</span>
        ) : null}
      </div>
      {permissions.changeRoles || permissions.endMemberships ? (
        <MemberControls
          membership={membership}
          permissions={permissions}
          onChanged={onChanged}
          {...(onEnded ? { onEnded } : {})}
        />
      ) : null}
    </li>
  );
}

function MemberControls({ membership, permissions, onChanged, onEnded }: Props) {
  const { t, fill } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const name = memberName(membership);
  const [role, setRole] = useState<MembershipRole>(membership.role);
  const [confirming, setConfirming] = useState(false);
  const roles = permissions.grantableRoles.includes(membership.role)
    ? permissions.grantableRoles
    : [membership.role, ...permissions.grantableRoles];
  const failed = (error: unknown) =>
    announce(
      fill(t.common.error, {
        message: error instanceof ApiError || error instanceof Error ? error.message : String(error),
      }),
    );

  const roleChange = useMutation({
    mutationFn: () => changeRole(membership.networkId, membership.id, role),
    onSuccess: async () => {
      announce(fill(t.members.roleChanged, { name, role: t.vocab.role[role] }));
      await onChanged();
    },
    onError: failed,
  });
  const end = useMutation({
    mutationFn: () => endMembership(membership.networkId, membership.id),
    onSuccess: async () => {
      announce(fill(t.members.ended, { name }));
      onEnded?.(membership.id);
      await onChanged();
      await queryClient.invalidateQueries({ queryKey: ['person'] });
    },
    onError: failed,
  });
  const selectId = `role-${membership.id}`;
  // Cancelling removes the confirm buttons; focus goes back to the button that opened them.
  const endButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      endButton.current?.focus();
    }
  }, [confirming]);
  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  return (
    <div className="member-controls">
      {permissions.changeRoles ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            roleChange.mutate();
          }}
        >
          <label htmlFor={selectId} className="visually-hidden">
            {fill(t.members.roleOf, { name })}
          </label>
          <select
            id={selectId}
            value={role}
            onChange={(event) => setRole(event.target.value as MembershipRole)}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {t.vocab.role[option]}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button-secondary"
            disabled={role === membership.role || roleChange.isPending}
            aria-label={`${t.members.changeRole}: ${name}`}
          >
            {t.members.changeRole}
          </button>
        </form>
      ) : null}
      {permissions.endMemberships && !confirming ? (
        <button
          type="button"
          className="button-quiet"
          onClick={() => setConfirming(true)}
          aria-label={`${t.members.end}: ${name}`}
          ref={endButton}
        >
          {t.members.end}
        </button>
      ) : null}
      {confirming ? (
        <div className="confirm" role="group" aria-label={fill(t.members.confirmQuestion, { name })}>
          <span>{fill(t.members.confirmQuestion, { name })}</span>
          <button
            type="button"
            className="button-danger"
            disabled={end.isPending}
            onClick={() => end.mutate()}
            autoFocus
          >
            {t.members.confirmEnd}
          </button>
          <button type="button" className="button-quiet" onClick={cancel}>
            {t.common.cancel}
          </button>
        </div>
      ) : null}
    </div>
  );
}
