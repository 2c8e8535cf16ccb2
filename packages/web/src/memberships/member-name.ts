import type { Membership } from '../api/types.ts';

/** The display name of a member, organisation or person. */
export const memberName = (membership: Membership) =>
  membership.member.type === 'person' ? membership.member.displayName : membership.member.name;
